package entities

import (
	"maps"
	"slices"
)

// The questions that only ask whether a word is in a set of the lexicon
// are answered together: the lexicon indexes each word of those sets with
// the questions it answers yes, so that a spelling's first such question
// looks it up once for all of them (see spelling.answer).

// textSets are the questions about a word's text that ask set membership.
var textSets = questions(suffixWord, headWord, placeSuffixWord, placeHeadWord, eventWord, clubHeadWord,
	productWord, ofWord, forWord, andWord, particleWord, possessiveWord, monthSurnameWord, moneyPrefixWord, townWord)

// lowSets are the questions about a word's lower-cased form that ask set
// membership. The index keeps their answers shifted down by lowShift.
var lowSets = questions(neverLow, roleLow, definiteLow, honorLow, modifierLow, titleLow, sportLow, calendarLow,
	genericLow, articleLow, ownerLow, clauseLow, relativeLow, ofLow, andLow, orLow, beforeLow, afterLow,
	afterPersonLow, speechLow)

// lowShift is how far down the index keeps the answers of lowSets.
const lowShift = commonListed

// questions returns the set of qs as bits.
func questions(qs ...question) uint64 {
	var m uint64
	for _, q := range qs {
		m |= 1 << q
	}
	return m
}

// textSetWords returns every word in a set a question of textSets asks of.
func (lx *lexicon) textSetWords() []map[string]bool {
	fn := &lx.fn
	money := map[string]bool{}
	for w := range lx.moneyPrefix {
		money[w] = true
	}
	return []map[string]bool{lx.suffix, lx.head, lx.plSuffix, lx.plHead, lx.event, lx.clubHead, lx.product,
		fn.of, fn.for_, fn.and, fn.particle, fn.possessive, fn.monthSurname, money, lx.town}
}

// lowSetWords returns every word in a set a question of lowSets asks of.
func (lx *lexicon) lowSetWords() []map[string]bool {
	fn := &lx.fn
	cues := map[string]bool{}
	for w := range lx.before {
		cues[w] = true
	}
	for w := range lx.after {
		cues[w] = true
	}
	return []map[string]bool{lx.never, lx.role, fn.definite, lx.honor, lx.modifier, lx.titles.set, lx.sportWord,
		lx.calendar, lx.generic, fn.article, fn.owner, fn.clause, fn.relative, fn.of, fn.and, fn.or, cues}
}

// indexSets builds the lexicon's index of the words of textSets and
// lowSets, asking each word the questions answers asks, so that the index
// answers as they do. Words are put in sorted order: a compiled index
// equals a built one.
func (lx *lexicon) indexSets() {
	lx.textSets = indexWords(lx, lx.textSetWords(), textSets, 0, func(w string) *spelling { return &spelling{text: w} })
	lx.lowSets = indexWords(lx, lx.lowSetWords(), lowSets, lowShift, func(w string) *spelling { return &spelling{low: w} })
}

// indexWords returns a table of the words of sets, each with the answers of
// the questions qs about the spelling of makes, shifted down by shift.
func indexWords(lx *lexicon, sets []map[string]bool, qs uint64, shift question, of func(string) *spelling) wordTable {
	all := map[string]bool{}
	for _, s := range sets {
		maps.Copy(all, s)
	}
	words := slices.Sorted(maps.Keys(all))
	t := newWordTable(len(words))
	for _, w := range words {
		sp := of(w)
		var yes uint64
		for q := question(0); q < numQuestions; q++ {
			if qs&(1<<q) != 0 && answers[q](lx, sp) {
				yes |= 1 << q
			}
		}
		if yes != 0 {
			t.put(w, int(yes>>shift))
		}
	}
	return t
}
