package values

import (
	"strings"
	"testing"
	"time"

	"github.com/claimex/claimex/document"
)

// TestLongDigitGroupRunIsLinear: a run of thousands of comma groups is read
// in time linear in its length, and is not one number.
func TestLongDigitGroupRunIsLinear(t *testing.T) {
	f := newTestFinder(t)
	text := "It costs $" + strings.Repeat("100,", 2000) + "100."
	start := time.Now()
	vs := f.find(text, newClock(time.Time{}))
	if d := time.Since(start); d > time.Second {
		t.Fatalf("2000 groups took %s", d)
	}
	for _, v := range vs {
		if v.Type == document.Money && strings.Count(v.Text, ",") > 7 {
			t.Errorf("read %d groups as one amount: %.40q", strings.Count(v.Text, ","), v.Text)
		}
	}
	// A real number with the most groups still reads.
	vs = f.find("It costs $1,000,000,000,000,000,000,000.", newClock(time.Time{}))
	if len(vs) != 1 || vs[0].Type != document.Money {
		t.Fatalf("seven groups: got %+v", vs)
	}
}
