package extract_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/net/html"

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
// reports pages per second. With withParse, each pass over the pages is
// followed, outside the timer, by html.Parse of the same raw bytes, and the
// benchmark reports the ratio of pipeline to parse-only time: both are
// measured side by side in one run, so the ratio holds on a noisy machine.
func benchPipeline(b *testing.B, pages [][]byte, withParse bool) {
	x, err := extract.New(extract.Options{Published: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, p := range pages {
		size += int64(len(p))
	}
	b.SetBytes(size)
	var pipeline, parse time.Duration
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		for _, p := range pages {
			if _, err := x.Extract(context.Background(), p, extract.Input{}); err != nil {
				b.Fatal(err)
			}
		}
		pipeline += time.Since(start)
		if withParse {
			b.StopTimer()
			parse += parsePages(b, pages)
			b.StartTimer()
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
	if withParse && parse > 0 {
		b.ReportMetric(float64(b.N*len(pages))/parse.Seconds(), "parse-pages/s")
		b.ReportMetric(pipeline.Seconds()/parse.Seconds(), "pipeline/parse")
	}
}

// parsePages parses every page with html.Parse and returns the time it took.
func parsePages(b *testing.B, pages [][]byte) time.Duration {
	start := time.Now()
	for _, p := range pages {
		if _, err := html.Parse(bytes.NewReader(p)); err != nil {
			b.Fatal(err)
		}
	}
	return time.Since(start)
}

// BenchmarkPipelineCorpus: the repository's article corpus.
func BenchmarkPipelineCorpus(b *testing.B) {
	pages := loadPages(b, "../testdata/articles/*.html")
	pages = append(pages, loadPages(b, "../testdata/articles/*.txt")...)
	benchPipeline(b, pages, false)
}

// BenchmarkPipelineBoilerDev: 181 real news pages (32 MB of HTML), with
// html.Parse of the same pages as the reference (metric pipeline/parse).
func BenchmarkPipelineBoilerDev(b *testing.B) {
	benchPipeline(b, loadPages(b, filepath.Join(boilerDev, "*.html")), true)
}

// BenchmarkPipelineBoilerDevParseOnly: html.Parse alone of the raw bytes of
// the pages BenchmarkPipelineBoilerDev extracts, the floor of any cleaner
// that builds the whole tree.
func BenchmarkPipelineBoilerDevParseOnly(b *testing.B) {
	pages := loadPages(b, filepath.Join(boilerDev, "*.html"))
	var size int64
	for _, p := range pages {
		size += int64(len(p))
	}
	b.SetBytes(size)
	for b.Loop() {
		parsePages(b, pages)
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkNew measures building an Extractor: loading and compiling every rule pack.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := extract.New(extract.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
