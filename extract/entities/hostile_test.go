package entities

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestRepeatedNamesAreLinear: a long run of capitalized names is grouped in
// time and memory linear in its length.
func TestRepeatedNamesAreLinear(t *testing.T) {
	names := []string{"Ken", "Hu", "Zhou", "Li", "Wang", "Chen"}
	words := make([]string, 12_000)
	for i := range words {
		words[i] = names[i%len(names)]
	}
	text := strings.Join(words, " ") + "."
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	runText(t, text)
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	if took > 2*time.Second {
		t.Errorf("%d names took %s", len(words), took)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 200<<20 {
		t.Errorf("%d names allocated %d MB", len(words), alloc>>20)
	}
}
