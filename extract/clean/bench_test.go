package clean

import (
	"os"
	"path/filepath"
	"testing"

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

// BenchmarkClean cleans the boiler-dev pages when the shared data is there;
// the pages/s figure is b.N*len(pages)/seconds.
func BenchmarkClean(b *testing.B) {
	files, _ := filepath.Glob("../../../shared/eval/data/boiler-dev/html/*.html")
	if len(files) == 0 {
		b.Skip("no ../shared/eval/data/boiler-dev/html")
	}
	pages := make([]string, len(files))
	size := 0
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages[i] = string(data)
		size += len(data)
	}
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
