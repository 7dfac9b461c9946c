package cmd

import (
	"os"
	"runtime"
	"runtime/debug"
)

// startupGCPercent is the GOGC of a process until its first collection.
// Start-up allocates the stages' tables, about 4 MB and nearly all of it
// live, which with the default GOGC fills the 4 MB minimum heap and starts
// a collection that finds no garbage; for one small article that
// collection cost a fifth of the process's CPU time. At 400 the first
// collection waits for 16 MB, after which the default pacing resumes.
const startupGCPercent = 400

// paceStartup defers the first collection (see [startupGCPercent]), unless
// GOGC sets the pacing. It returns a channel closed once the usual GOGC is
// back.
func paceStartup() <-chan struct{} {
	restored := make(chan struct{})
	if os.Getenv("GOGC") != "" {
		close(restored)
		return restored
	}
	prev := debug.SetGCPercent(startupGCPercent)
	// A finalizer runs after the collection that finds its object
	// unreachable: the first one, as nothing refers to the sentinel.
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		debug.SetGCPercent(prev)
		close(restored)
	})
	return restored
}

// gcSentinel holds a pointer so that it is never one of the tiny
// allocations that share a block, whose finalizers may never run.
type gcSentinel struct{ _ *byte }
