// Package prose compares the pipeline's tokenizer with prose v2. It is a
// module of its own so that prose and what it pulls in (gonum, sentences)
// stay out of claimex's go.mod: run it with
//
//	cd bench/prose && go test -run '^$' -bench . -cpu 1
package prose

import (
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/segment"
)

// The pipeline tokenizes with its own rules instead of prose v2. These
// benchmarks keep the comparison measurable on the same text. prose's
// tokens carry no offsets, which every span of the output needs, and its
// tokenizer measured slower than Tokens; its part-of-speech tagger runs
// below half of the entity stage's required 100,000 tokens/s, and its
// model takes over 100 ms to load, so no stage depends on it.

var benchText = strings.Repeat("Huawei has unveiled plans to invest $2bn in cyber security over the next five years, Mr. Hu said. “We oppose those allegations,” he told journalists.\n\n", 200)

func reportTokens(b *testing.B, n int) {
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkOwnTokens(b *testing.B) {
	var toks []document.Token
	for b.Loop() {
		toks = segment.Tokens(benchText, document.Span{Start: 0, End: len(benchText)}, toks[:0])
	}
	reportTokens(b, len(toks))
}

func BenchmarkProseTokens(b *testing.B) {
	n := 0
	for b.Loop() {
		d, err := prose.NewDocument(benchText, prose.WithTagging(false), prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			b.Fatal(err)
		}
		n = len(d.Tokens())
	}
	reportTokens(b, n)
}

func BenchmarkProseTagger(b *testing.B) {
	if _, err := prose.NewDocument("Warm up the model.", prose.WithSegmentation(false), prose.WithExtraction(false)); err != nil {
		b.Fatal(err)
	}
	n := 0
	b.ResetTimer()
	for b.Loop() {
		d, err := prose.NewDocument(benchText, prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			b.Fatal(err)
		}
		n = len(d.Tokens())
	}
	reportTokens(b, n)
}
