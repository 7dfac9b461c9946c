package cmd

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestGCPacerPercent(t *testing.T) {
	p := &gcPacer{base: 100, floor: 24 << 20, growth: 48 << 20}
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, 500},        // start-up: the least goal, 4 MB × 6, is the floor
		{6 << 20, 300},  // tables only: 6 MB live, goal 24 MB
		{12 << 20, 100}, // half the floor: GOGC as usual
		{48 << 20, 100}, // the growth is the live heap, as GOGC 100 gives
		{200 << 20, 24}, // a large article: 48 MB of growth, not 200
		{1 << 30, 10},   // a huge one: the least percent
	} {
		if got := p.percent(c.live); got != c.want {
			t.Errorf("percent(%d MB) = %d, want %d", c.live>>20, got, c.want)
		}
	}
	if got := (&gcPacer{base: 300, floor: 24 << 20, growth: 48 << 20}).percent(12 << 20); got != 300 {
		t.Errorf("with GOGC 300 set before pacing, percent = %d, want 300", got)
	}
	if got := (&gcPacer{base: -1, floor: 24 << 20, growth: 48 << 20}).percent(400 << 20); got != -1 {
		t.Errorf("with collection off, percent = %d, want -1", got)
	}
}

func TestPaceGCRepacesAfterEachCollection(t *testing.T) {
	t.Setenv("GOGC", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	p := paceGC()
	defer p.stop()
	for range 2 {
		n := p.cycles.Load()
		runtime.GC()
		deadline := time.Now().Add(10 * time.Second)
		for p.cycles.Load() == n {
			if time.Now().After(deadline) {
				t.Fatal("the collection did not re-pace GOGC")
			}
			time.Sleep(time.Millisecond)
		}
	}
	// The test binary's live heap is a few MB: far below the floor.
	if got := debug.SetGCPercent(100); got <= 100 {
		t.Fatalf("GOGC after a collection with a small live heap = %d, want over 100", got)
	}
}

func TestPaceGCLeavesGOGCSetting(t *testing.T) {
	t.Setenv("GOGC", "50")
	before := debug.SetGCPercent(50)
	defer debug.SetGCPercent(before)
	if p := paceGC(); p != nil {
		t.Fatal("paceGC paced with GOGC set")
	}
	if got := debug.SetGCPercent(50); got != 50 {
		t.Fatalf("GOGC = %d with GOGC=50 set, want 50", got)
	}
}
