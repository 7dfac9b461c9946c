package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/internal/fold"
)

// tok is a token of the document with the facts the finder uses. Its span
// is that of the document's token of the same index, which is not copied:
// there is one tok for every five or so bytes of text (see TestTokSize).
// The sentence index and the flags share two words.
type tok struct {
	sp      *spelling // its text and the facts of its spelling, shared by the tokens spelled alike
	sent    int32     // sentence index
	cap     bool      // starts with an upper-case letter and may be part of a name
	allCaps bool      // has letters, all upper case
	letters bool      // has at least one letter
	num     bool      // starts with a digit
	initial bool      // first word of a sentence or of a quotation
	money   bool      // the letters of a currency symbol: "HK" of "HK$"
}

// sent is a sentence as a token range with its facts.
type sent struct {
	a, b   int  // token range
	caps   bool // an all-capitals headline or table line
	sports bool // on a sports page, or itself about sport
	// dateline marks a dateline ("CARLSBAD, California 1996-08-21"), whose
	// names are read as places and nothing else.
	dateline bool
}

// openers are punctuation marks after which a word starts a sentence-like unit.
func opener(s string) bool {
	switch s {
	case "\"", "“", "‘", "'", "(", "[", "-", "—", "–", ":", "«", "`", "``":
		return true
	}
	return false
}

// capitalized reports whether s can be part of a name: a capitalized word,
// or a hyphenated word whose parts are capitalized ("Daimler-Benz"), name
// particles ("al-Qaeda") or short given-name syllables ("Geun-hye").
func (lx *lexicon) capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	if !strings.ContainsRune(s, '-') {
		return true
	}
	for _, part := range strings.Split(s, "-") {
		if part == "" {
			continue
		}
		p, _ := utf8.DecodeRuneInString(part)
		if unicode.IsLower(p) {
			if lx.fn.hyphenParticle[part] {
				continue
			}
			// Korean and Chinese given names: "Park Geun-hye", "Kim Jong-un".
			if len(part) <= 3 && !lx.fn.syllable[part] {
				continue
			}
			return false
		}
	}
	return true
}

// clubHeadBreak reports whether a sentence break before token i follows a
// club's abbreviated prefix ("F.C.") on the same line, before a capital:
// the prefix opens the name that follows.
func clubHeadBreak(d *document.Document, lx *lexicon, i int) bool {
	if i == 0 {
		return false
	}
	prev, t := d.Tokens[i-1], d.Tokens[i]
	if !strings.HasSuffix(prev.Text, ".") || !lx.clubHead[prev.Text] || !lx.capitalized(t.Text) {
		return false
	}
	return strings.TrimLeft(d.Text[prev.End:t.Start], " ") == ""
}

// lower returns the token's text in lower case.
func (t *tok) lower() string { return t.sp.low }

// prepare builds the token and sentence tables of d, with the table of
// their spellings, one for each of the segmenter's (see fold.Spell).
func prepare(d *document.Document, lx *lexicon) ([]tok, []sent, []spelling) {
	toks := make([]tok, len(d.Tokens))
	sents := make([]sent, 0, len(d.Sentences)+1)
	spellOf, forms := fold.Spellings(d)
	// Each spelling's facts are worked out at its first token. The table
	// never grows, so that tokens may point into it.
	spells := make([]spelling, len(forms))
	si := 0
	cur := -1
	for i, t := range d.Tokens {
		for si < len(d.Sentences) && d.Sentences[si].End <= t.Start {
			si++
		}
		k := si
		if si >= len(d.Sentences) || t.Start < d.Sentences[si].Start {
			k = -1 - si // between sentences: its own unit
		}
		if len(sents) > 0 && k != cur && clubHeadBreak(d, lx, i) {
			cur = k // "F.C. Brasov": the period of a club's prefix ends no sentence
		}
		if len(sents) == 0 || k != cur {
			if len(sents) > 0 {
				sents[len(sents)-1].b = i
			}
			sents = append(sents, sent{a: i})
			cur = k
		}
		sp := &spells[spellOf[i]]
		if sp.lx == nil {
			sp.init(lx, t.Text, forms[spellOf[i]])
		}
		toks[i] = tok{sp: sp, sent: int32(len(sents) - 1), cap: sp.cap, allCaps: sp.allCaps, letters: sp.letters, num: sp.num}
	}
	if len(sents) > 0 {
		sents[len(sents)-1].b = len(toks)
	}
	for i := 0; i+1 < len(toks); i++ {
		if d.Tokens[i].End != d.Tokens[i+1].Start || !toks[i].sp.is(moneyPrefixWord) {
			continue
		}
		if sign := lx.moneyPrefix[toks[i].sp.text]; toks[i+1].sp.text == sign {
			toks[i].money, toks[i].cap = true, false
		}
	}
	for si := range sents {
		s := &sents[si]
		startUnit := true
		up, all := 0, 0
		for i := s.a; i < s.b; i++ {
			t := &toks[i]
			if t.letters {
				if startUnit {
					t.initial = true
				}
				startUnit = false
				if t.sp.runes > 1 || t.allCaps {
					all++
					if t.allCaps {
						up++
					}
				}
			} else if opener(t.sp.text) {
				startUnit = true
			}
		}
		s.caps = all > 0 && up*10 >= all*7
	}
	return toks, sents, spells
}
