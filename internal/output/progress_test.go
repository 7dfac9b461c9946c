package output

import (
	"bytes"
	"strings"
	"testing"
)

func TestProgress(t *testing.T) {
	var b bytes.Buffer
	p := NewProgress(&b)
	p.Done, p.Failed = 3, 1
	p.Tick()
	if got := b.String(); !strings.HasPrefix(got, "\r\033[K3 done, ") || !strings.HasSuffix(got, "/s, 1 failed") {
		t.Errorf("first tick drew %q", got)
	}
	b.Reset()
	p.Done = 4
	p.Tick() // within 100 ms of the last draw: nothing
	if b.Len() != 0 {
		t.Errorf("redrew too soon: %q", b.String())
	}
	p.Clear()
	if b.String() != "\r\033[K" {
		t.Errorf("Clear wrote %q", b.String())
	}
	b.Reset()
	p.Clear() // nothing drawn since: nothing to clear
	if b.Len() != 0 {
		t.Errorf("second Clear wrote %q", b.String())
	}
}
