package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"

	"github.com/claimex/claimex/extract"
)

// TestLargeTextCollectsBetweenStages: with automatic collection off, a
// text over the large-text length sees one collection before each of the
// four stages after cleaning, and a smaller text none.
func TestLargeTextCollectsBetweenStages(t *testing.T) {
	names, _ := filepath.Glob("../testdata/articles/*.txt")
	if len(names) == 0 {
		t.Fatal("no text articles under ../testdata/articles")
	}
	data, err := os.ReadFile(names[0])
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for _, c := range []struct {
		large int
		want  uint32
	}{{len(data) * 2, 0}, {len(data) / 4, 4}} {
		restore := extract.SetLargeText(c.large)
		before := numGC()
		if _, err := x.Extract(context.Background(), data, extract.Input{Source: "a.txt"}); err != nil {
			t.Fatal(err)
		}
		restore()
		if got := numGC() - before; got != c.want {
			t.Errorf("large text from %d bytes, text of %d: %d collections, want %d", c.large, len(data), got, c.want)
		}
	}
}

func numGC() uint32 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.NumGC
}
