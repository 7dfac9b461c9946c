package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

func newCleaner(tb testing.TB) *Cleaner {
	tb.Helper()
	set, err := rules.LoadDefault()
	if err != nil {
		tb.Fatal(err)
	}
	c, err := New(set)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// boilerPages reads the boiler-dev pages, skipping the benchmark when the
// shared data is not beside the repository.
func boilerPages(b *testing.B) (pages []string, size int) {
	files, _ := filepath.Glob("../../../shared/eval/data/boiler-dev/html/*.html")
	if len(files) == 0 {
		b.Skip("no ../shared/eval/data/boiler-dev/html")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, string(data))
		size += len(data)
	}
	return pages, size
}

// BenchmarkClean cleans the boiler-dev pages when the shared data is there;
// the pages/s figure is b.N*len(pages)/seconds.
func BenchmarkClean(b *testing.B) {
	pages, size := boilerPages(b)
	c := newCleaner(b)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			d := &document.Document{Format: document.FormatHTML, Raw: p}
			if err := c.Run(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkPrune prunes the boiler-dev pages before parsing.
func BenchmarkPrune(b *testing.B) {
	pages, size := boilerPages(b)
	keep := newCleaner(b).keepAttrs
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, p := range pages {
			pruneMarkup(p, keep)
		}
	}
}

// BenchmarkCleanSmall cleans one small news page.
func BenchmarkCleanSmall(b *testing.B) {
	data, err := os.ReadFile("testdata/news.html")
	if err != nil {
		b.Fatal(err)
	}
	c := newCleaner(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		d := &document.Document{Format: document.FormatHTML, Raw: string(data)}
		if err := c.Run(d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCleanText cleans the pasted seed article with its furniture.
func BenchmarkCleanText(b *testing.B) {
	data, err := os.ReadFile("testdata/huawei-cybersecurity-push.txt")
	if err != nil {
		b.Fatal(err)
	}
	c := newCleaner(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		d := &document.Document{Format: document.FormatText, Raw: string(data)}
		if err := c.Run(d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIndex walks the parsed boiler-dev pages as runHTML's index
// pass does, parsing left out: the classification and metadata costs alone.
func BenchmarkIndex(b *testing.B) {
	pages, size := boilerPages(b)
	c := newCleaner(b)
	docs := make([]*html.Node, len(pages))
	for i, p := range pages {
		doc, err := html.Parse(strings.NewReader(pruneMarkup(p, c.keepAttrs)))
		if err != nil {
			b.Fatal(err)
		}
		docs[i] = doc
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, doc := range docs {
			p := &page{c: c}
			p.index1(doc)
		}
	}
}
