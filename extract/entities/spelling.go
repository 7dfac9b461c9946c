package entities

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/extract/internal/fold"
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
	runes      int32 // its length in runes
	// compoundHead is the length of the capitalized first part of a
	// hyphenated word ("Shenzhen" of "Shenzhen-headquartered"), or 0.
	compoundHead int32
	// The longest phrases of the lexicon's tables that start with it, in
	// words, or -1 before they are first asked (see bound).
	bounds  [numBounds]int16
	cap     bool // can be part of a name (see capitalized)
	allCaps bool // has letters, all upper case
	letters bool // has at least one letter
	num     bool // starts with a digit
	curly   bool // holds a curly apostrophe, which the lexicon's keys write straight
	spaced  bool // holds a space, so that a key of it may span words
}

// newSpelling returns the facts of text.
func newSpelling(lx *lexicon, text string) spelling {
	sp := spelling{text: text, low: text, lx: lx}
	if !fold.IsLowerASCII(text) {
		sp.low = strings.ToLower(text)
	}
	sp.curly = strings.Contains(text, "’")
	sp.spaced = strings.IndexByte(text, ' ') >= 0
	up, low := 0, 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				up++
			case 'a' <= c && c <= 'z':
				low++
			}
			i++
		} else {
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsUpper(r) {
				up++
			} else if unicode.IsLower(r) {
				low++
			}
			i += n
		}
		sp.runes++
	}
	sp.letters = up+low > 0
	sp.allCaps = up > 0 && low == 0
	r, _ := utf8.DecodeRuneInString(text)
	sp.num = unicode.IsDigit(r)
	sp.cap = lx.capitalized(text)
	if h, rest, ok := strings.Cut(text, "-"); ok && h != "" && rest != "" {
		if r, _ := utf8.DecodeRuneInString(h); unicode.IsUpper(r) {
			sp.compoundHead = int32(len(h))
		}
	}
	for i := range sp.bounds {
		sp.bounds[i] = -1
	}
	return sp
}

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

// firstBlock is how many spellings the first block holds; each next block
// holds twice as many as the one before. A block never grows, so that
// tokens may point into it.
const firstBlock = 64

// spellings numbers the spellings of one document: an open-addressing hash
// table of the spellings, held in blocks.
type spellings struct {
	lx     *lexicon
	slots  []spellingSlot // a power of two long, at most 3/4 full
	blocks [][]spelling
	n      int
}

// spellingSlot is one slot of [spellings]: the spelling's number plus one,
// 0 when empty, and the high bits of its hash.
type spellingSlot struct {
	id  int32
	tag uint32
}

// newSpellings returns a table sized for a document of n tokens.
func newSpellings(lx *lexicon, n int) *spellings {
	size := 16
	for size < n/2 {
		size *= 2
	}
	return &spellings{lx: lx, slots: make([]spellingSlot, size)}
}

// at returns the spelling numbered id.
func (t *spellings) at(id int32) *spelling {
	k := bits.Len32(uint32(id/firstBlock+1)) - 1
	return &t.blocks[k][int(id)-firstBlock*(1<<k-1)]
}

// of returns the spelling text, adding it when it is new.
func (t *spellings) of(text string) *spelling {
	h := hashWord(text)
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
	if t.n == firstBlock*(1<<len(t.blocks)-1) {
		t.blocks = append(t.blocks, make([]spelling, 0, firstBlock<<len(t.blocks)))
	}
	b := &t.blocks[len(t.blocks)-1]
	*b = append(*b, newSpelling(t.lx, text))
	t.slots[i] = spellingSlot{id: int32(t.n) + 1, tag: tag}
	t.n++
	return &(*b)[len(*b)-1]
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
		i := int(hashWord(t.at(sl.id-1).text)) & mask
		for t.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = sl
	}
}
