package extract_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/claimex/claimex/extract"
)

// seeds are short plain-text articles beside the repository.
const seeds = "../../shared/seeds/*.txt"

// repeatedSeeds is the seed articles repeated, paragraph apart, to at
// least size bytes.
func repeatedSeeds(tb testing.TB, size int) []byte {
	var sb strings.Builder
	parts := loadPages(tb, seeds)
	for sb.Len() < size {
		for _, p := range parts {
			sb.Write(p)
			sb.WriteString("\n\n")
		}
	}
	return []byte(sb.String())
}

// BenchmarkMemoryPerByte runs the pipeline over a plain-text article of
// about 1 MB, the seed articles repeated, and reports the bytes allocated
// per input byte.
func BenchmarkMemoryPerByte(b *testing.B) {
	text := repeatedSeeds(b, 1<<20)
	x, err := extract.New(extract.Options{Published: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for b.Loop() {
		if _, err := x.Extract(context.Background(), text, extract.Input{Format: extract.Text}); err != nil {
			b.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(len(text)), "alloc-B/B")
}

// BenchmarkStartup builds the command and times one process from start to
// its record for one seed article.
func BenchmarkStartup(b *testing.B) {
	articles, _ := filepath.Glob(seeds)
	if len(articles) == 0 {
		b.Skip("no seed articles")
	}
	bin := filepath.Join(b.TempDir(), "claimex")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/claimex").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	b.ResetTimer()
	for b.Loop() {
		cmd := exec.Command(bin, "extract", articles[0])
		cmd.Stdout, cmd.Stderr = nil, os.Stderr
		if err := cmd.Run(); err != nil {
			b.Fatal(err)
		}
	}
}
