package entities

import (
	"hash/maphash"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// spelling is one spelling of the document's tokens with the facts the
// finder reads of it, worked out once for all the tokens written so.
type spelling struct {
	text string
	low  string // lower-cased
	// lx answers its questions, each once: asked marks those answered, yes
	// those answered yes (see question).
	lx         *lexicon
	asked, yes uint64
	// The longest phrases of the lexicon's tables that start with it, in
	// words, or -1 before they are first asked (see bound).
	bounds   [numBounds]int8
	runes    uint8 // its length in runes, at most 255
	cap      bool  // can be part of a name (see capitalized)
	allCaps  bool  // has letters, all upper case
	letters  bool  // has at least one letter
	num      bool  // starts with a digit
	curly    bool  // holds a curly apostrophe, which the lexicon's keys write straight
	spaced   bool  // holds a space, so that a key of it may span words
	compound bool  // a hyphenated word with a capitalized first part (see work.compoundHead)
}

// newSpelling returns the facts of text.
func newSpelling(lx *lexicon, text string) spelling {
	var sp spelling
	sp.init(lx, text)
	return sp
}

// init sets the facts of text, in place: a spelling is not copied. One
// pass over the bytes counts the cases, decoding only non-ASCII runes and
// looking up the case only of those that may have one.
func (sp *spelling) init(lx *lexicon, text string) {
	sp.text, sp.low, sp.lx = text, text, lx
	up, low, runes := 0, 0, 0
	cased, hyphen := false, false // cased: holds a non-ASCII rune that may have a case
	for i := 0; i < len(text); runes++ {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				up++
			case 'a' <= c && c <= 'z':
				low++
			case c == ' ':
				sp.spaced = true
			case c == '-':
				hyphen = true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if caseless(r) {
			sp.curly = sp.curly || r == '’'
			continue
		}
		cased = true
		if unicode.IsUpper(r) {
			up++
		} else if unicode.IsLower(r) {
			low++
		}
	}
	if up > 0 || cased {
		sp.low = strings.ToLower(text)
	}
	sp.runes = uint8(min(runes, 255))
	sp.letters = up+low > 0
	sp.allCaps = up > 0 && low == 0
	r, _ := utf8.DecodeRuneInString(text)
	sp.num = unicode.IsDigit(r)
	sp.cap = up > 0 && lx.capitalized(text) // a capital first needs one
	if hyphen {
		if h, rest, _ := strings.Cut(text, "-"); h != "" && rest != "" {
			r, _ := utf8.DecodeRuneInString(h)
			sp.compound = unicode.IsUpper(r)
		}
	}
	for i := range sp.bounds {
		sp.bounds[i] = -1
	}
}

// caseless reports whether r is in the General Punctuation block (dashes,
// quotation marks, the ellipsis), whose runes have no case and no case
// mapping, so that a word of them and of ASCII lower-case letters is its
// own lower-cased form (see TestCaselessRunes).
func caseless(r rune) bool { return 0x2000 <= r && r <= 0x206F }

// key returns the text, or with fold its lower-cased form, as the
// lexicon's keys write it: "O’Neill" is "O'Neill".
func (sp *spelling) key(fold bool) string {
	s := sp.text
	if fold {
		s = sp.low
	}
	if sp.curly {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// appendKey appends key(fold) to buf.
func (sp *spelling) appendKey(buf []byte, fold bool) []byte {
	if sp.curly {
		return append(buf, sp.key(fold)...)
	}
	if fold {
		return append(buf, sp.low...)
	}
	return append(buf, sp.text...)
}

// spellings numbers the spellings of one document: an open-addressing hash
// table of the spellings, held in blocks. A block never grows, so that
// tokens may point into it.
type spellings struct {
	lx     *lexicon
	slots  []spellingSlot // a power of two long, at most 3/4 full
	blocks [][]spelling
	block  int // how many spellings a block holds
	n      int
}

// spellingSeed seeds the hash of the spellings' table, which only this
// process reads: unlike the lexicon's tables, its layout need not be the
// same from one build to the next.
var spellingSeed = maphash.MakeSeed()

// spellingSlot is one slot of [spellings]: the spelling's number plus one,
// 0 when empty, and the high bits of its hash.
type spellingSlot struct {
	id  int32
	tag uint32
}

// newSpellings returns a table sized for a document of n tokens, of which
// about two in five are spellings of their own.
func newSpellings(lx *lexicon, n int) *spellings {
	size := 16
	for size*3 < n*2 {
		size *= 2
	}
	return &spellings{lx: lx, slots: make([]spellingSlot, size), block: n/2 + 16}
}

// at returns the spelling numbered id.
func (t *spellings) at(id int32) *spelling {
	i := int(id)
	for _, b := range t.blocks {
		if i < len(b) {
			return &b[i]
		}
		i -= len(b)
	}
	panic("entities: no spelling numbered " + strconv.Itoa(int(id)))
}

// of returns the spelling text, adding it when it is new.
func (t *spellings) of(text string) *spelling {
	h := maphash.String(spellingSeed, text)
	tag := uint32(h >> 32)
	mask := len(t.slots) - 1
	i := int(h) & mask
	for ; t.slots[i].id != 0; i = (i + 1) & mask {
		if sl := t.slots[i]; sl.tag == tag {
			if sp := t.at(sl.id - 1); sp.text == text {
				return sp
			}
		}
	}
	if (t.n+1)*4 > len(t.slots)*3 {
		t.grow()
		return t.of(text)
	}
	if len(t.blocks) == 0 || len(t.blocks[len(t.blocks)-1]) == t.block {
		t.blocks = append(t.blocks, make([]spelling, 0, t.block))
	}
	b := &t.blocks[len(t.blocks)-1]
	*b = (*b)[:len(*b)+1]
	sp := &(*b)[len(*b)-1]
	sp.init(t.lx, text)
	t.slots[i] = spellingSlot{id: int32(t.n) + 1, tag: tag}
	t.n++
	return sp
}

// grow doubles the slots.
func (t *spellings) grow() {
	old := t.slots
	t.slots = make([]spellingSlot, 2*len(old))
	mask := len(t.slots) - 1
	for _, sl := range old {
		if sl.id == 0 {
			continue
		}
		i := int(maphash.String(spellingSeed, t.at(sl.id-1).text)) & mask
		for t.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = sl
	}
}
