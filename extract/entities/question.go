package entities

import (
	"math"
	"strings"

	"github.com/claimex/claimex/document"
)

// question is something the finder asks the lexicon about a spelling:
// whether its text, or its lower-cased form, is in one of the lexicon's
// sets. A spelling answers each question once (see [spelling.is]).
type question uint8

// Questions about a token's text as written.
const (
	suffixWord       question = iota // an organization suffix: "Inc", "Group"
	headWord                         // an organization head: "Bank", "Ministry"
	placeSuffixWord                  // a place suffix: "River"
	placeHeadWord                    // a place head: "Gulf", "St"
	eventWord                        // an event suffix: "Open", "Cup"
	clubHeadWord                     // a club's prefix: "FC"
	productWord                      // a product's model word: "Pro", "Duo"
	gazWord                          // a whole gazetteer form
	ofWord                           // "of" and its kin
	forWord                          // "for" and its kin
	andWord                          // "and" and its kin
	particleWord                     // a name particle: "van", "de"
	possessiveWord                   // a possessive "'s"
	monthSurnameWord                 // a month that is also a surname: "May"
	moneyPrefixWord                  // the letters of a currency symbol: "HK"
	pluralWord                       // ends like a plural
	townWord                         // ends the names of towns ("Falls")
	nationalityWord                  // a gazetteer form of a nationality or people
)

// Questions about a token's lower-cased form.
const (
	commonListed    question = iota + nationalityWord + 1 // a listed common word
	commonLow                                             // a common word or a form of one (see lexicon.isCommon)
	neverLow                                              // never a name: "the", "we"
	roleLow                                               // a role noun: "company", "agency"
	definiteLow                                           // the definite article
	honorLow                                              // an honorific: "mr", "dr"
	modifierLow                                           // a title's modifier: "former", "deputy"
	titleLow                                              // a one-word title: "chairman"
	sportLow                                              // a sport word
	calendarLow                                           // a day or month name
	genericLow                                            // a word for bodies or directions in general
	articleLow                                            // an article
	ownerLow                                              // a possessive determiner
	clauseLow                                             // a word opening a clause or phrase before a name
	relativeLow                                           // a relative pronoun
	ofLow                                                 // "of" and its kin
	andLow                                                // "and" and its kin
	orLow                                                 // "or" and its kin
	inflectedLow                                          // ends like a verb form or adverb
	pluralLow                                             // ends like a plural
	beforeLow                                             // a one-word cue before a name
	afterLow                                              // a one-word cue after a name
	afterPersonLow                                        // a one-word cue after a person's name
	speechLow                                             // a verb of speech or business after a name (see work.speechAfter)
	neverStemLow                                          // never a name before its apostrophe: "we’re", "it's"
	calendarSpanLow                                       // joins day or month names with a hyphen: "jan-june"
	namePartWord                                          // a usual part of names (see lexicon.namePart)
	numQuestions
)

// answers answers each question for a spelling.
var answers = [numQuestions]func(lx *lexicon, sp *spelling) bool{
	suffixWord:       func(lx *lexicon, sp *spelling) bool { return lx.suffix[sp.text] },
	headWord:         func(lx *lexicon, sp *spelling) bool { return lx.head[sp.text] },
	placeSuffixWord:  func(lx *lexicon, sp *spelling) bool { return lx.plSuffix[sp.text] },
	placeHeadWord:    func(lx *lexicon, sp *spelling) bool { return lx.plHead[sp.text] },
	eventWord:        func(lx *lexicon, sp *spelling) bool { return lx.event[sp.text] },
	clubHeadWord:     func(lx *lexicon, sp *spelling) bool { return lx.clubHead[sp.text] },
	productWord:      func(lx *lexicon, sp *spelling) bool { return lx.product[sp.text] },
	gazWord:          func(lx *lexicon, sp *spelling) bool { return lx.gaz.has(sp.text) },
	ofWord:           func(lx *lexicon, sp *spelling) bool { return lx.fn.of[sp.text] },
	forWord:          func(lx *lexicon, sp *spelling) bool { return lx.fn.for_[sp.text] },
	andWord:          func(lx *lexicon, sp *spelling) bool { return lx.fn.and[sp.text] },
	particleWord:     func(lx *lexicon, sp *spelling) bool { return lx.fn.particle[sp.text] },
	possessiveWord:   func(lx *lexicon, sp *spelling) bool { return lx.fn.possessive[sp.text] },
	monthSurnameWord: func(lx *lexicon, sp *spelling) bool { return lx.fn.monthSurname[sp.text] },
	moneyPrefixWord: func(lx *lexicon, sp *spelling) bool {
		_, ok := lx.moneyPrefix[sp.text]
		return ok
	},
	townWord: func(lx *lexicon, sp *spelling) bool { return lx.town[sp.text] },
	nationalityWord: func(lx *lexicon, sp *spelling) bool {
		e, ok := lx.gaz.get(sp.text)
		return ok && e.typ == document.NORP
	},
	pluralWord:   func(lx *lexicon, sp *spelling) bool { return lx.fn.plural(sp.text) },
	commonListed: func(lx *lexicon, sp *spelling) bool { return lx.common.has(sp.low) },
	commonLow:    func(lx *lexicon, sp *spelling) bool { return lx.isCommon(sp.low) },
	neverLow:     func(lx *lexicon, sp *spelling) bool { return lx.never[sp.low] },
	roleLow:      func(lx *lexicon, sp *spelling) bool { return lx.role[sp.low] },
	definiteLow:  func(lx *lexicon, sp *spelling) bool { return lx.fn.definite[sp.low] },
	honorLow:     func(lx *lexicon, sp *spelling) bool { return lx.honor[sp.low] },
	modifierLow:  func(lx *lexicon, sp *spelling) bool { return lx.modifier[sp.low] },
	titleLow:     func(lx *lexicon, sp *spelling) bool { return lx.titles.set[sp.low] },
	sportLow:     func(lx *lexicon, sp *spelling) bool { return lx.sportWord[sp.low] },
	calendarLow:  func(lx *lexicon, sp *spelling) bool { return lx.calendar[sp.low] },
	genericLow:   func(lx *lexicon, sp *spelling) bool { return lx.generic[sp.low] },
	articleLow:   func(lx *lexicon, sp *spelling) bool { return lx.fn.article[sp.low] },
	ownerLow:     func(lx *lexicon, sp *spelling) bool { return lx.fn.owner[sp.low] },
	clauseLow:    func(lx *lexicon, sp *spelling) bool { return lx.fn.clause[sp.low] },
	relativeLow:  func(lx *lexicon, sp *spelling) bool { return lx.fn.relative[sp.low] },
	ofLow:        func(lx *lexicon, sp *spelling) bool { return lx.fn.of[sp.low] },
	andLow:       func(lx *lexicon, sp *spelling) bool { return lx.fn.and[sp.low] },
	orLow:        func(lx *lexicon, sp *spelling) bool { return lx.fn.or[sp.low] },
	inflectedLow: func(lx *lexicon, sp *spelling) bool { return lx.fn.inflected(sp.low) },
	pluralLow:    func(lx *lexicon, sp *spelling) bool { return lx.fn.plural(sp.low) },
	beforeLow: func(lx *lexicon, sp *spelling) bool {
		_, ok := lx.before[sp.low]
		return ok
	},
	afterLow: func(lx *lexicon, sp *spelling) bool {
		_, ok := lx.after[sp.low]
		return ok
	},
	afterPersonLow: func(lx *lexicon, sp *spelling) bool {
		c, ok := lx.after[sp.low]
		return ok && c.typ == document.Person
	},
	speechLow: func(lx *lexicon, sp *spelling) bool {
		c, ok := lx.after[sp.low]
		return ok && c.weak && (c.typ == document.Person || c.typ == document.Org) && !lx.fn.relative[sp.low]
	},
	neverStemLow: func(lx *lexicon, sp *spelling) bool {
		k := strings.IndexAny(sp.low, "'’")
		return k > 0 && lx.never[sp.low[:k]]
	},
	namePartWord:    func(lx *lexicon, sp *spelling) bool { return lx.namePart(sp.text, sp.low) },
	calendarSpanLow: func(lx *lexicon, sp *spelling) bool { return lx.calendarSpan(sp.low) },
}

// is answers question q about the spelling.
func (sp *spelling) is(q question) bool {
	if sp.asked&(1<<q) != 0 {
		return sp.yes&(1<<q) != 0
	}
	return sp.answer(q)
}

// answer asks the lexicon question q about the spelling, for is. It stays
// out of line, so that is, which asks it once per spelling, inlines.
//
//go:noinline
func (sp *spelling) answer(q question) bool {
	switch bit := uint64(1) << q; {
	case bit&textSets != 0:
		sp.asked |= textSets
		sp.yes |= uint64(sp.lx.textSets.at(sp.text))
	case bit&lowSets != 0:
		sp.asked |= lowSets
		sp.yes |= uint64(sp.lx.lowSets.at(sp.low)) << lowShift
	default:
		sp.asked |= bit
		if answers[q](sp.lx, sp) {
			sp.yes |= bit
		}
	}
	return sp.yes&(1<<q) != 0
}

// determiner reports whether the token is an article or a possessive determiner.
func (t *tok) determiner() bool { return t.sp.is(articleLow) || t.sp.is(ownerLow) }

// joiner reports whether the token joins a head to what follows ("of", "for").
func (t *tok) joiner() bool { return t.sp.is(ofWord) || t.sp.is(forWord) }

// bound names a table of phrases by their first word, for [spelling.bound].
type bound uint8

// The tables bound reads.
const (
	gazBound      bound = iota // gazetteer forms, by the first word's text
	gazFoldBound               // lower-cased gazetteer forms, by the first word's lower-cased form
	titleBound                 // titles, by the first word's lower-cased form
	titleKeyBound              // titles, by the first word's key: none when it differs from the form
	beforeBound                // cues before a name, by the first word's key
	afterBound                 // cues after a name, by the first word's key
	numBounds
)

// bound returns the most words of a phrase of table b that starts with the
// spelling, 0 when none does.
func (sp *spelling) bound(b bound) int {
	if v := sp.bounds[b]; v >= 0 {
		return int(v)
	}
	lx := sp.lx
	var n int
	switch b {
	case gazBound:
		n = lx.gazMax.at(sp.text)
	case gazFoldBound:
		n = lx.gazMaxF.at(sp.low)
	case titleBound:
		n = lx.titles.maxLen[sp.low]
	case titleKeyBound:
		n = lx.titles.maxLen[sp.low]
		if sp.curly || sp.spaced {
			n = math.MaxInt
		}
	case beforeBound:
		n = lx.cueBound(lx.beforeMax, sp)
	case afterBound:
		n = lx.cueBound(lx.afterMax, sp)
	}
	if n < 1<<7-1 {
		sp.bounds[b] = int8(n) // else it is asked again: no phrase is so long
	}
	return n
}

// cueBound returns the most words of a cue of table that starts with the
// spelling. A key of a spelling holding a space may match a cue of more
// words than it starts: then it is the longest cue.
func (lx *lexicon) cueBound(table map[string]int, sp *spelling) int {
	if sp.spaced {
		return lx.cueMax
	}
	return table[sp.key(true)]
}
