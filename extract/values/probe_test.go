package values

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"
)

// TestProbe prints the values of the lines of $VALUES_PROBE (for development).
func TestProbe(t *testing.T) {
	fn := os.Getenv("VALUES_PROBE")
	if fn == "" {
		t.Skip("VALUES_PROBE not set")
	}
	fh, err := os.Open(fn)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	f := newTestFinder(t)
	ref := time.Date(2018, 12, 19, 0, 0, 0, 0, time.UTC)
	if r, err := time.Parse("2006-01-02", os.Getenv("VALUES_REF")); err == nil {
		ref = r
	}
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		line := sc.Text()
		t.Logf("%s", line)
		for _, v := range f.find(line, newClock(ref)) {
			j, _ := json.Marshal(v.Value)
			t.Logf("    %-8s %-30q %s", v.Type, v.Text, j)
		}
	}
}
