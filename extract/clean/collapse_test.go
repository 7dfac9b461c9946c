package clean

import "testing"

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
