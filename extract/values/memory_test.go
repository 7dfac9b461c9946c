package values

import (
	"runtime"
	"testing"
	"time"

	"github.com/claimex/claimex/document"
)

// maxAllocPerByte bounds the bytes the stage allocates per byte of news
// text. A token takes 56 bytes and news has about one every five and a half
// bytes; the rest is the answers kept for the scan and the values found.
const maxAllocPerByte = 24

// TestAllocPerByte checks that scanning news text allocates a bounded
// number of bytes per input byte, so that memory does not grow with
// garbage on long inputs.
func TestAllocPerByte(t *testing.T) {
	f := newTestFinder(t)
	text := benchText(t)
	run := func() {
		d := &document.Document{Text: text, Ref: time.Date(2018, 12, 19, 0, 0, 0, 0, time.UTC)}
		if err := f.Run(d); err != nil {
			t.Fatal(err)
		}
	}
	run() // warm up lazily built tables
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	run()
	runtime.ReadMemStats(&after)
	if perByte := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(text)); perByte > maxAllocPerByte {
		t.Errorf("%.1f bytes allocated per input byte, want at most %d", perByte, maxAllocPerByte)
	}
}
