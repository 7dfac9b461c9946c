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
// reports pages per second. With withParse, each page is also parsed with
// html.Parse right after it is extracted, outside the timer, and the
// benchmark reports the ratio of pipeline to parse-only time: measured page
// by page, side by side, the ratio holds on a noisy machine.
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
		for _, p := range pages {
			start := time.Now()
			if _, err := x.Extract(context.Background(), p, extract.Input{}); err != nil {
				b.Fatal(err)
			}
			if withParse {
				pipeline += time.Since(start)
				b.StopTimer()
				parse += parseTime(b, p)
				b.StartTimer()
			}
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
	if withParse && parse > 0 {
		b.ReportMetric(float64(b.N*len(pages))/parse.Seconds(), "parse-pages/s")
		b.ReportMetric(pipeline.Seconds()/parse.Seconds(), "pipeline/parse")
	}
}

// parseTime parses a page with html.Parse and returns the time it took.
func parseTime(b *testing.B, page []byte) time.Duration {
	start := time.Now()
	if _, err := html.Parse(bytes.NewReader(page)); err != nil {
		b.Fatal(err)
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
		for _, p := range pages {
			parseTime(b, p)
		}
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
