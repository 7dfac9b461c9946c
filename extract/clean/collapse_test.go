package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestCollapseFastPath checks that the unchanged-input fast path agrees with
// the full fold: it may return s only when folding s gives s back.
func TestCollapseFastPath(t *testing.T) {
	for _, s := range []string{
		"", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u200bb",
		"caf\xe9 au lait", "Share this", "  ", "x \u2003y", "a\vb\fc", "\x85 a",
	} {
		slow := foldSpaces(s)
		if got := collapse(s); got != slow {
			t.Errorf("collapse(%q) = %q, want %q", s, got, slow)
		}
		if collapsed(s) != (slow == s) {
			t.Errorf("collapsed(%q) = %v, but the fold gives %q", s, collapsed(s), slow)
		}
	}
}

// TestCollapseAgreesWithFold compares collapse with the rune-by-rune fold
// on texts mixing ASCII words, runs of spaces, other spaces, multi-byte
// letters and invalid bytes, which the copy of whole ASCII runs must
// split where the fold does.
func TestCollapseAgreesWithFold(t *testing.T) {
	pieces := []string{"a", "word", "B.", "  ", " ", "\n", "\t", "\u00a0", "\u200b", "\u2003", "é", "日本", "\xff", "\xe9", "\r\n"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := collapse(s), foldSpaces(s); got != want {
			t.Fatalf("collapse(%q) = %q, want %q", s, got, want)
		}
	}
}

// foldSpaces is collapse without its fast path.
func foldSpaces(s string) string {
	out, space := []rune{}, false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' || r == '\u00a0' || r == '\u200b' || r == '\u2003' {
			space = len(out) > 0
			continue
		}
		if space {
			out, space = append(out, ' '), false
		}
		out = append(out, r)
	}
	return string(out)
}

// holdsCue lower-cases ASCII values once; it must agree with containsFold.
func TestHoldsCueAgreesWithContainsFold(t *testing.T) {
	cues := []string{"byline", "author"}
	for _, s := range []string{"", "post-byline", "Post-ByLine", "AUTHOR_box", "meta", "autho", "café-author", "ſtory byline"} {
		want := containsFold(s, cues[0]) || containsFold(s, cues[1])
		if got := holdsCue(s, cues); got != want {
			t.Errorf("holdsCue(%q) = %v, want %v", s, got, want)
		}
	}
}
