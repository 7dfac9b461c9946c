package cmd

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// heapFloor is the heap size below which the garbage collector does not
// start a cycle. The live heap of a run over ordinary pages is the stages'
// tables, about 6 MB, plus the document in flight; with the default GOGC
// every 6 MB allocated started a collection that marked all the tables
// again, a sixth of the CPU time of a run over a folder of pages. Pacing to
// the floor while the live heap is small cuts those collections by three
// and costs at most the floor in memory. It also covers start-up, which
// allocates the tables, nearly all of them live: the first collection
// waits for the floor instead of finding no garbage at 4 MB. A large
// article, whose live heap passes half the floor, is paced by GOGC as
// before, up to heapGrowth.
const heapFloor = 24 << 20

// heapGrowth is the most the heap may grow past the live heap between two
// collections. GOGC 100 lets a heap grow by its live size, so the 180 MB
// live heap of a 10 MB article took 360 MB; past 32 MB live, the percent
// shrinks so that the growth stays 32 MB, and peak memory grows with the
// live heap, not with the garbage. It costs more collections on large
// articles only: on that article, 32 MB of growth rather than 48 MB peaks
// 20-25 MB lower in RSS (225-232 MB against 250-253 MB, three alternated
// runs) for 3-10% more wall time.
const heapGrowth = 32 << 20

// minPercent bounds the shrunken percent, so that a huge live heap does
// not collect after every few allocations.
const minPercent = 10

// liveHeapMetric is the runtime's measure of the heap the last collection
// found reachable.
const liveHeapMetric = "/gc/heap/live:bytes"

// minHeap is the runtime's least heap goal at GOGC 100.
const minHeap = 4 << 20

// gcPacer sets GOGC after each collection so that the next one waits for
// the heap floor, and comes before the heap grows by more than the growth.
type gcPacer struct {
	base   int           // the GOGC percent in force before pacing
	floor  uint64        // bytes
	growth uint64        // bytes
	cycles atomic.Uint64 // collections seen, for tests
	done   atomic.Bool   // set by stop
}

// stop ends the pacing at the next collection, leaving GOGC as it is.
func (p *gcPacer) stop() { p.done.Store(true) }

// paceGC starts pacing to [heapFloor], unless GOGC sets the pacing; it
// returns nil then.
func paceGC() *gcPacer {
	if os.Getenv("GOGC") != "" {
		return nil
	}
	p := &gcPacer{floor: heapFloor, growth: heapGrowth}
	p.base = debug.SetGCPercent(100)
	debug.SetGCPercent(p.percent(0))
	p.arm()
	return p
}

// percent is the GOGC whose goal, for a live heap of live bytes, is at
// least the floor and at most the growth past the live heap, never above
// the percent pacing started with unless the floor asks for it.
func (p *gcPacer) percent(live uint64) int {
	if p.base < 0 { // collection off stays off
		return p.base
	}
	// The runtime's least goal is 4 MB scaled by the percent: below 4 MB
	// live, a higher percent would raise the goal past the floor.
	live = max(live, minHeap)
	want := int(p.floor*100/live) - 100
	capped := max(int(p.growth*100/live), minPercent)
	return max(want, min(p.base, capped))
}

// arm sets a finalizer that runs after the next collection, which finds the
// sentinel unreachable, and re-paces from the live heap it measured.
func (p *gcPacer) arm() {
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		if p.done.Load() {
			return
		}
		sample := []metrics.Sample{{Name: liveHeapMetric}}
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 {
			debug.SetGCPercent(p.percent(sample[0].Value.Uint64()))
		}
		p.cycles.Add(1)
		p.arm()
	})
}

// gcSentinel holds a pointer so that it is never one of the tiny
// allocations that share a block, whose finalizers may never run.
type gcSentinel struct{ _ *byte }
