package values

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/claimex/claimex/document"
)

// benchText is news-like prose: the seed articles of the corpus when present, else a built-in paragraph.
func benchText(tb testing.TB) string {
	var parts []string
	for _, fn := range []string{"../../testdata/articles/huawei-2bn-cybersecurity.txt", "../../testdata/articles/huawei-cybersecurity-push.txt"} {
		if raw, err := os.ReadFile(fn); err == nil {
			parts = append(parts, string(raw))
		}
	}
	if len(parts) == 0 {
		parts = append(parts, "Huawei has unveiled plans to invest $2bn in cyber security over the next five years. "+
			"In a press conference on Tuesday (18 December), the chairman said sales rose 12.5% to £300m in the third quarter. "+
			"The government is expected to publish a review early next year, cutting 30,000 staff by 2020.\n\n")
	}
	return strings.Repeat(strings.Join(parts, "\n\n"), 20)
}

// BenchmarkValues measures the stage's throughput in bytes of text per second.
func BenchmarkValues(b *testing.B) {
	f := newTestFinder(b)
	text := benchText(b)
	ref := time.Date(2018, 12, 19, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d := &document.Document{Text: text, Ref: ref}
		if err := f.Run(d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValuesAdversarial runs over long runs of digits, symbols and
// number words, where a careless pattern would backtrack.
func BenchmarkValuesAdversarial(b *testing.B) {
	f := newTestFinder(b)
	text := strings.Repeat("one two three four five six seven eight nine ten $ £ 1 2 3 4 5 - - from between 2018 to ", 1000) +
		strings.Repeat("1 day after ", 3000) + strings.Repeat("from 3 to ", 3000) + strings.Repeat("the first Monday of ", 3000) +
		strings.Repeat("between 2 and ", 3000) + strings.Repeat("twenty one hundred and ", 3000) +
		strings.Repeat("millions of ", 3000) + strings.Repeat(`10" `, 3000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d := &document.Document{Text: text, Ref: time.Date(2018, 12, 19, 0, 0, 0, 0, time.UTC)}
		if err := f.Run(d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValuesSegmented measures the stage as the pipeline runs it, on
// a document the segmenter has tokenized (the segmenter's time left out).
func BenchmarkValuesSegmented(b *testing.B) {
	f := newTestFinder(b)
	seg := newTestSegmenter(b)
	in := &document.Document{Text: benchText(b), Ref: time.Date(2018, 12, 19, 0, 0, 0, 0, time.UTC)}
	seg.Run(in)
	b.SetBytes(int64(len(in.Text)))
	b.ReportAllocs()
	for b.Loop() {
		d := *in
		if err := f.Run(&d); err != nil {
			b.Fatal(err)
		}
	}
}
