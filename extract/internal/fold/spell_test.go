package fold

import (
	"strconv"
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestSpellNumbersInOrder spells more tokens than the first slots hold:
// each spelling is numbered where it first occurs, tokens written alike
// share the number, and each form is its spelling lower-cased.
func TestSpellNumbersInOrder(t *testing.T) {
	var toks []document.Token
	for i := range 3000 {
		toks = append(toks, document.Token{Text: "W" + strconv.Itoa(i%1000)}, document.Token{Text: "said"}, document.Token{Text: "ÉTAT"})
	}
	ids, forms := Spell(toks, nil)
	if len(ids) != len(toks) || len(forms) != 1002 {
		t.Fatalf("%d numbers and %d forms, want %d and 1002", len(ids), len(forms), len(toks))
	}
	next := int32(0)
	first := map[string]int32{}
	for i, tok := range toks {
		k, seen := first[tok.Text]
		if !seen {
			k, first[tok.Text] = next, next
			next++
		}
		if ids[i] != k {
			t.Fatalf("token %d (%q) is spelling %d, want %d", i, tok.Text, ids[i], k)
		}
		if forms[k] != strings.ToLower(tok.Text) {
			t.Fatalf("form %d = %q, want %q", k, forms[k], strings.ToLower(tok.Text))
		}
	}
}

// TestSpelled tells a document the segmenter spelled from one it did not.
func TestSpelled(t *testing.T) {
	d := &document.Document{Tokens: []document.Token{{Text: "a"}}}
	if Spelled(d) {
		t.Errorf("a document without spellings is spelled")
	}
	d.Spelling, d.Forms = Spell(d.Tokens, nil)
	if !Spelled(d) {
		t.Errorf("a spelled document is not")
	}
}
