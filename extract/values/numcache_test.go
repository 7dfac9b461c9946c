package values

import (
	"strings"
	"testing"
)

// TestWindowSlot checks that a window answers a key it was given, not a key
// it was not, and not a key whose answer another key of the same slot
// pushed out.
func TestWindowSlot(t *testing.T) {
	var w window[int]
	if _, ok := w.slot(0); ok {
		t.Fatal("an empty window holds key 0")
	}
	s, _ := w.slot(5)
	s.put(5, 50)
	if s, ok := w.slot(5); !ok || s.v != 50 {
		t.Errorf("key 5: %v, %v", s.v, ok)
	}
	other := 5 + windowSize
	if _, ok := w.slot(other); ok {
		t.Errorf("key %d found in the slot of key 5", other)
	}
	s, _ = w.slot(other)
	s.put(other, 7)
	if _, ok := w.slot(5); ok {
		t.Error("key 5 still held after its slot was reused")
	}
}

// TestCountUnitWindow checks that countUnit answers as countUnitAt does at
// every token, asked in order and again in reverse, so that answers come
// both computed and kept.
func TestCountUnitWindow(t *testing.T) {
	f := newTestFinder(t)
	text := strings.Repeat("It took five years, then a week and 30 days, two quarters of a year, a 10-year plan. ", 8)
	ts := tokenize(text)
	f.lex.prepare(ts)
	sc := &scan{f: f, ts: ts, text: text}
	fresh := &scan{f: f, ts: ts, text: text}
	found := 0
	for pass := 0; pass < 2; pass++ {
		for k := range ts {
			i := k
			if pass == 1 {
				i = len(ts) - 1 - k
			}
			v, u, e, ok := sc.countUnit(i)
			v2, u2, e2, ok2 := fresh.countUnitAt(i)
			if v != v2 || u != u2 || e != e2 || ok != ok2 {
				t.Fatalf("token %d %q: %v %q %d %v, want %v %q %d %v", i, ts[i].raw, v, u, e, ok, v2, u2, e2, ok2)
			}
			if ok {
				found++
			}
		}
	}
	if found == 0 {
		t.Error("no count of a unit read")
	}
}
