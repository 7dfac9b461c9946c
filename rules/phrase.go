package rules

import (
	"errors"
	"fmt"
	"slices"
)

// Phrase word classes, the values of [Phrase.Class].
const (
	PhraseDeterminer   = "determiner"   // "the", "a", "his": open a noun phrase
	PhrasePronoun      = "pronoun"      // "he", "it": a noun phrase alone
	PhraseSubject      = "subject"      // "he", "we": a verb may follow with no auxiliary
	PhraseReflexive    = "reflexive"    // "himself": an object that names the subject again
	PhrasePreposition  = "preposition"  // "of", "in": end a noun phrase
	PhraseAuxiliary    = "auxiliary"    // "has", "did": open a verb group
	PhraseBe           = "be"           // "is", "was", "been": make a passive before a participle
	PhraseModal        = "modal"        // "will", "could"
	PhraseNegation     = "negation"     // "not", "never"
	PhraseAdverb       = "adverb"       // "repeatedly", "widely": inside a verb group
	PhraseSubordinator = "subordinator" // "that", "because": open a clause
	PhraseRelative     = "relative"     // "who", "which": open a relative clause
	PhraseCoordinator  = "coordinator"  // "and", "but": open a clause before a verb group
	PhraseInfinitive   = "infinitive"   // "to": joins a verb group to the verb after it
	PhraseVerb         = "verb"         // finite verbs that need no auxiliary to be seen: "says", "shows"
	PhraseParticiple   = "participle"   // past participles: "reported", "known"
	PhraseGerund       = "gerund"       // "-ing" forms: a main verb only after an auxiliary
	PhrasePunctuation  = "punctuation"  // marks that end a clause: ",", ";", "("
)

// phraseClasses lists the known values of [Phrase.Class].
var phraseClasses = []string{PhraseDeterminer, PhrasePronoun, PhraseSubject, PhraseReflexive, PhrasePreposition, PhraseAuxiliary,
	PhraseBe, PhraseModal, PhraseNegation, PhraseAdverb, PhraseSubordinator, PhraseRelative,
	PhraseCoordinator, PhraseInfinitive, PhraseVerb, PhraseParticiple, PhraseGerund, PhrasePunctuation}

// Phrase puts words into one word class of the phrase layer, which builds
// noun phrases, verb groups and clauses over tokens. A word may be in
// several classes ("that" opens a clause and is a determiner).
type Phrase struct {
	Header `yaml:",inline"`
	// Class is one of the Phrase* class names, e.g. "auxiliary".
	Class string `yaml:"class"`
	// Words are lower-case single words (or single marks for punctuation).
	Words []string `yaml:"words"`
	// Suffixes put every longer lower-case word ending in one of them in the
	// class: "ly" for adverbs, "ed" for participles.
	Suffixes []string `yaml:"suffixes"`
	// Except are words that end in a suffix yet are not in the class
	// ("only", "need").
	Except []string `yaml:"except"`
}

func (p *Phrase) validate() error {
	if !slices.Contains(phraseClasses, p.Class) {
		return fmt.Errorf("class %q is not one of %v", p.Class, phraseClasses)
	}
	if len(p.Words) == 0 && len(p.Suffixes) == 0 {
		return errors.New("words and suffixes are empty")
	}
	for _, list := range [][]string{p.Words, p.Suffixes, p.Except} {
		if err := checkPhrases(list); err != nil {
			return err
		}
		for _, w := range list {
			for _, r := range w {
				if r == ' ' {
					return fmt.Errorf("%q is not a single word", w)
				}
			}
		}
	}
	return nil
}

func init() { register("phrase", func() Rule { return new(Phrase) }) }

// Phrases returns the phrase word class rules.
func (s *Set) Phrases() []*Phrase { return ofKind[*Phrase](s, "phrase") }
