package fold

import (
	"hash/maphash"
	"strings"

	"github.com/claimex/claimex/document"
)

// Spell numbers the spellings of toks: ids[i] is the spelling of toks[i],
// the same for every token written alike, numbered in the order the
// spellings first occur, and forms[k] is spelling k lower-cased. It
// appends the numbers to ids; forms is new, so that a caller may keep
// pointers into the forms of an earlier document.
//
// The segmenter spells a document's tokens once, and every stage reads a
// token's lower-cased form from the result rather than lower-casing and
// interning its own.
func Spell(toks []document.Token, ids []int32) ([]int32, []string) {
	if cap(ids)-len(ids) < len(toks) {
		ids = append(make([]int32, 0, len(ids)+len(toks)), ids...)
	}
	t := newSpellTable(len(toks))
	forms := make([]string, 0, len(toks)/2+16)
	for _, tok := range toks {
		k, ok := t.find(tok.Text)
		if !ok {
			k = int32(len(forms))
			forms = append(forms, lowerOf(tok.Text))
			t.add(tok.Text, k)
		}
		ids = append(ids, k)
	}
	return ids, forms
}

// Spelled reports whether d holds the segmenter's spellings of its tokens.
func Spelled(d *document.Document) bool {
	return len(d.Spelling) == len(d.Tokens) && (len(d.Tokens) == 0 || len(d.Forms) > 0)
}

// Spellings returns d's spellings of its tokens and their lower-cased
// forms: the segmenter's when d holds them, else worked out here, so that
// a stage runs on a document the segmenter did not spell.
func Spellings(d *document.Document) ([]int32, []string) {
	if Spelled(d) {
		return d.Spelling, d.Forms
	}
	return Spell(d.Tokens, nil)
}

// lowerOf returns s lower-cased, s itself when it is lower-case ASCII.
func lowerOf(s string) string {
	if IsLowerASCII(s) {
		return s
	}
	return strings.ToLower(s)
}

// spellTable is an open-addressing hash table of spellings, a power of two
// slots long and at most 3/4 full.
type spellTable struct {
	slots []spellSlot
	texts []string // each spelling's text, by number
}

// spellSlot is one slot of [spellTable]: the spelling's number plus one, 0
// when empty, and the high bits of its hash.
type spellSlot struct {
	id  int32
	tag uint32
}

// spellSeed seeds the spellings' hash, which only this process reads.
var spellSeed = maphash.MakeSeed()

// newSpellTable returns a table sized for n tokens, of which about two in
// five are spellings of their own.
func newSpellTable(n int) *spellTable {
	size := 16
	for size*3 < n*2 {
		size *= 2
	}
	return &spellTable{slots: make([]spellSlot, size), texts: make([]string, 0, n/2+16)}
}

// find returns the number of the spelling text, and whether it is in t.
func (t *spellTable) find(text string) (int32, bool) {
	h := maphash.String(spellSeed, text)
	tag, mask := uint32(h>>32), len(t.slots)-1
	for i := int(h) & mask; t.slots[i].id != 0; i = (i + 1) & mask {
		if sl := t.slots[i]; sl.tag == tag && t.texts[sl.id-1] == text {
			return sl.id - 1, true
		}
	}
	return 0, false
}

// add puts text, numbered k (the next number), in t.
func (t *spellTable) add(text string, k int32) {
	if (len(t.texts)+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	t.texts = append(t.texts, text)
	t.put(text, spellSlot{id: k + 1})
}

// put stores sl, its tag unset, in the first free slot of text's probe.
func (t *spellTable) put(text string, sl spellSlot) {
	h := maphash.String(spellSeed, text)
	sl.tag = uint32(h >> 32)
	mask := len(t.slots) - 1
	i := int(h) & mask
	for t.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = sl
}

// grow doubles the slots.
func (t *spellTable) grow() {
	old := t.slots
	t.slots = make([]spellSlot, 2*len(old))
	for _, sl := range old {
		if sl.id != 0 {
			t.put(t.texts[sl.id-1], spellSlot{id: sl.id})
		}
	}
}
