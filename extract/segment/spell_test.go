package segment

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestRunSpellsTokens checks that Run numbers the tokens' spellings, so
// that a token's lower-cased text is Forms[Spelling[i]], once for every
// document it segments.
func TestRunSpellsTokens(t *testing.T) {
	s := newSegmenter(t)
	d := &document.Document{Text: "The CEO said so. The board said no.\n\nÉTAT said it."}
	for range 2 { // a second run reuses the document's slices
		s.Run(d)
		if len(d.Spelling) != len(d.Tokens) {
			t.Fatalf("%d spellings for %d tokens", len(d.Spelling), len(d.Tokens))
		}
		for i, tok := range d.Tokens {
			if got, want := d.Forms[d.Spelling[i]], strings.ToLower(tok.Text); got != want {
				t.Errorf("token %d %q: form %q, want %q", i, tok.Text, got, want)
			}
		}
		if d.Spelling[0] != d.Spelling[5] || d.Spelling[2] != d.Spelling[7] {
			t.Errorf("tokens written alike have spellings %v", d.Spelling)
		}
	}
}
