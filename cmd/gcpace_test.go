package cmd

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestPaceStartupRestoresGOGC(t *testing.T) {
	t.Setenv("GOGC", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	restored := paceStartup()
	got := debug.SetGCPercent(startupGCPercent)
	select {
	case <-restored: // a collection already ran
		debug.SetGCPercent(got)
	default:
		if got != startupGCPercent {
			t.Fatalf("GOGC during start-up = %d, want %d", got, startupGCPercent)
		}
	}
	runtime.GC()
	select {
	case <-restored:
	case <-time.After(10 * time.Second):
		t.Fatal("the first collection did not restore GOGC")
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Fatalf("GOGC after the first collection = %d, want 100", got)
	}
}

func TestPaceStartupLeavesGOGCSetting(t *testing.T) {
	t.Setenv("GOGC", "50")
	before := debug.SetGCPercent(50)
	defer debug.SetGCPercent(before)
	<-paceStartup()
	if got := debug.SetGCPercent(50); got != 50 {
		t.Fatalf("GOGC = %d with GOGC=50 set, want 50", got)
	}
}
