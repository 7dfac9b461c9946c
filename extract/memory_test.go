package extract_test

import (
	"context"
	"runtime"
	"testing"
	"time"

	"github.com/claimex/claimex/extract"
)

// maxAllocPerByte bounds the bytes the pipeline allocates per input byte of
// plain text. It measured about 48 when set; garbage, not just the live heap,
// sets how far a large article's heap grows between collections.
const maxAllocPerByte = 56

// TestMemoryPerByte fails when the pipeline allocates more per input byte
// than maxAllocPerByte, on an article of about 256 KB: the seed articles
// repeated.
func TestMemoryPerByte(t *testing.T) {
	text := repeatedSeeds(t, 256<<10)
	x, err := extract.New(extract.Options{Published: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := x.Extract(context.Background(), text, extract.Input{Format: extract.Text}); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	perByte := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(text))
	t.Logf("%.1f bytes allocated per input byte", perByte)
	if perByte > maxAllocPerByte {
		t.Errorf("the pipeline allocated %.1f bytes per input byte, over %d", perByte, maxAllocPerByte)
	}
}
