package phrase

import (
	"strings"
	"unicode/utf8"

	"github.com/claimex/claimex/rules"
)

// Class is a set of word classes, one bit per class of the phrase rules.
type Class uint32

// Word classes, one per [rules.Phrase] class name.
const (
	Determiner Class = 1 << iota
	Pronoun
	Subject
	Reflexive
	Preposition
	Auxiliary
	Be
	Modal
	Negation
	Adverb
	Subordinator
	Relative
	Coordinator
	Infinitive
	Verb
	Participle
	Gerund
	Punctuation
	// AbbreviationPeriod is the period of an abbreviation that stays inside
	// its phrase ("Mr." in "Mr. Trump"), set from the abbreviation rules.
	AbbreviationPeriod
)

// Has reports whether c holds any class of o.
func (c Class) Has(o Class) bool { return c&o != 0 }

// classOf maps a rule class name to its bit.
var classOf = map[string]Class{
	rules.PhraseDeterminer: Determiner, rules.PhrasePronoun: Pronoun, rules.PhraseSubject: Subject, rules.PhraseReflexive: Reflexive,
	rules.PhrasePreposition: Preposition, rules.PhraseAuxiliary: Auxiliary,
	rules.PhraseBe: Be, rules.PhraseModal: Modal, rules.PhraseNegation: Negation,
	rules.PhraseAdverb: Adverb, rules.PhraseSubordinator: Subordinator,
	rules.PhraseRelative: Relative, rules.PhraseCoordinator: Coordinator,
	rules.PhraseInfinitive: Infinitive, rules.PhraseVerb: Verb,
	rules.PhraseParticiple: Participle, rules.PhraseGerund: Gerund, rules.PhrasePunctuation: Punctuation,
}

// suffixRule puts words ending in suffix in class, except some.
type suffixRule struct {
	suffix string
	class  Class
	except map[string]bool
}

// Lexicon holds the word classes of the phrase rules.
type Lexicon struct {
	words    map[string]Class
	suffixes []suffixRule
	abbrev   map[string]bool // abbreviations whose period ends no phrase, case-sensitive
}

// New builds a Lexicon from the phrase and abbreviation rules in set.
func New(set *rules.Set) *Lexicon {
	l := &Lexicon{words: map[string]Class{}, abbrev: map[string]bool{}}
	for _, r := range set.Abbreviations() {
		if r.Final || r.BeforeNumber || r.Openers {
			continue
		}
		for _, w := range r.Words {
			l.abbrev[w] = true
		}
	}
	for _, r := range set.Phrases() {
		c := classOf[r.Class]
		for _, w := range r.Words {
			l.words[w] |= c
		}
		if len(r.Suffixes) == 0 {
			continue
		}
		except := make(map[string]bool, len(r.Except))
		for _, w := range r.Except {
			except[w] = true
		}
		for _, s := range r.Suffixes {
			l.suffixes = append(l.suffixes, suffixRule{suffix: s, class: c, except: except})
		}
	}
	return l
}

// AddVerbs puts words in the verb class, so that a caller's own verbs (the
// cues of the attribution rules, say) start verb groups too.
func (l *Lexicon) AddVerbs(words []string) {
	for _, w := range words {
		if !strings.Contains(w, " ") {
			l.words[strings.ToLower(w)] |= Verb
		}
	}
}

// maxWord is the longest word looked up without allocating.
const maxWord = 32

// Class returns the classes of word, matched lower case; 0 for an open-class
// word.
func (l *Lexicon) Class(word string) Class {
	var buf [maxWord]byte
	if len(word) <= maxWord {
		if n, ok := lowerASCII(buf[:], word); ok {
			return l.words[string(buf[:n])] | l.bySuffix(buf[:n])
		}
	}
	lower := []byte(strings.ToLower(word))
	return l.words[string(lower)] | l.bySuffix(lower)
}

// bySuffix returns the classes that word's ending gives it.
func (l *Lexicon) bySuffix(word []byte) Class {
	var c Class
	for _, s := range l.suffixes {
		if len(word) > len(s.suffix)+1 && string(word[len(word)-len(s.suffix):]) == s.suffix && !s.except[string(word)] {
			c |= s.class
		}
	}
	return c
}

// lowerASCII writes s lower-cased into buf, with a curly apostrophe made
// straight; false when s has another non-ASCII character.
func lowerASCII(buf []byte, s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= utf8.RuneSelf {
			if !strings.HasPrefix(s[i:], "’") {
				return 0, false
			}
			b = '\''
			i += len("’") - 1
		}
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		buf[n] = b
		n++
	}
	return n, true
}
