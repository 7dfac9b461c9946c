package extract_test

import (
	"context"
	"encoding/json"
	"errors"
	"github.com/claimex/claimex/document"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/claimex/claimex/extract"
)

// TestNestedAttributionsOverBudget: a run-on of nested "A said that B said
// that …" fails fast with ErrOverBudget instead of copying the rest of the
// sentence into every claim.
func TestNestedAttributionsOverBudget(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("Hu said that Li said that ", 4000) + "yes."
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, err = x.Extract(context.Background(), []byte(text), extract.Input{})
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, extract.ErrOverBudget) {
		t.Fatalf("err = %v, want ErrOverBudget", err)
	}
	if took > 3*time.Second {
		t.Errorf("took %s", took)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 300<<20 {
		t.Errorf("allocated %d MB for %d bytes", alloc>>20, len(text))
	}

	// A few levels of nesting are ordinary and stay within the budget.
	d, err := x.Extract(context.Background(), []byte(strings.Repeat("Hu said that Li said that ", 3)+"yes."), extract.Input{})
	if err != nil || len(d.Claims) == 0 {
		t.Fatalf("short nesting: %v, %d claims", err, len(d.Claims))
	}
}

// TestInfiniteAmountDropped: an amount that overflows float64 is dropped
// from the values with a warning; the document and its record stay good.
func TestInfiniteAmountDropped(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "The minister said the plan would cost $" + strings.Repeat("9", 300) + " trillion. It costs $3m."
	d, err := x.Extract(context.Background(), []byte(text), extract.Input{})
	if err != nil {
		t.Fatal(err)
	}
	var dropped []document.Warning
	for _, w := range d.Warnings {
		if w.Code == document.WarnValueDropped {
			dropped = append(dropped, w)
		}
	}
	if len(dropped) != 1 || !strings.Contains(dropped[0].Message, "too large") {
		t.Errorf("warnings = %q, want one about the amount", d.Warnings)
	}
	for _, v := range d.Values {
		if strings.Contains(v.Text, "999") {
			t.Errorf("kept %q", v.Text)
		}
	}
	if len(d.Values) == 0 {
		t.Error("dropped the finite $3m too")
	}
	if _, err := json.Marshal(extract.NewRecord(d)); err != nil {
		t.Errorf("record does not encode: %v", err)
	}
}

// TestTimeoutStopsTheWork: after the timeout, Extract returns an error and
// the document's goroutine has stopped, instead of running on beside the
// next document.
func TestTimeoutStopsTheWork(t *testing.T) {
	x, err := extract.New(extract.Options{Timeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	para := "The council said on Tuesday it would spend £2m on roads in 2024, and Mayor Jane Doe said the plan would fail.\n\n"
	text := []byte(strings.Repeat(para, 8<<20/len(para)))
	base := runtime.NumGoroutine()
	start := time.Now()
	_, err = x.Extract(context.Background(), text, extract.Input{})
	took := time.Since(start)
	if !errors.Is(err, extract.ErrTimeout) {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
	if took > 2500*time.Millisecond {
		t.Errorf("returned after %s", took)
	}
	time.Sleep(50 * time.Millisecond)
	if n := runtime.NumGoroutine(); n > base {
		t.Errorf("%d goroutines still running after the timeout (%d before)", n, base)
	}
}
