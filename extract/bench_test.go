package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimex/claimex/extract"
)

// boilerDev is the public page set the speed figures in the README use; the
// benchmarks that need it skip when it is not beside the repository.
const boilerDev = "../../shared/eval/data/boiler-dev/html"

func loadPages(b testing.TB, pattern string) [][]byte {
	b.Helper()
	names, _ := filepath.Glob(pattern)
	if len(names) == 0 {
		b.Skipf("no pages match %s", pattern)
	}
	pages := make([][]byte, 0, len(names))
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	return pages
}

// benchPipeline runs the whole pipeline over pages on one goroutine and
// reports pages per second.
func benchPipeline(b *testing.B, pages [][]byte) {
	x, err := extract.New(extract.Options{Published: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, p := range pages {
		size += int64(len(p))
	}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			if _, err := x.Extract(context.Background(), p, extract.Input{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkPipelineCorpus: the repository's article corpus.
func BenchmarkPipelineCorpus(b *testing.B) {
	pages := loadPages(b, "../testdata/articles/*.html")
	pages = append(pages, loadPages(b, "../testdata/articles/*.txt")...)
	benchPipeline(b, pages)
}

// BenchmarkPipelineBoilerDev: 181 real news pages (32 MB of HTML).
func BenchmarkPipelineBoilerDev(b *testing.B) {
	benchPipeline(b, loadPages(b, filepath.Join(boilerDev, "*.html")))
}

// BenchmarkNew measures building an Extractor: loading and compiling every rule pack.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := extract.New(extract.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
