package rules

import (
	"errors"
	"fmt"
)

// NameWord lists the function words and word parts the entity finder reads
// to join, split and type names, by the role each plays.
type NameWord struct {
	Header `yaml:",inline"`
	// Of joins a head to its complement: "Bank of England", "Gulf of Mexico".
	Of []string `yaml:"of"`
	// For joins a body's head to its purpose: "League for Democracy".
	For []string `yaml:"for"`
	// And coordinates words inside a name or two names: "Securities and Exchange Commission".
	And []string `yaml:"and"`
	// Or coordinates two names.
	Or []string `yaml:"or"`
	// Particles join the parts of a name wherever they stand: "van der", "bin", "&".
	Particles []string `yaml:"particles"`
	// HyphenParticles open hyphenated names: "al-Assad", "Saint-sur-Mer".
	HyphenParticles []string `yaml:"hyphen_particles"`
	// Possessives are the possessive endings written as tokens: "'s".
	Possessives []string `yaml:"possessives"`
	// Articles open noun phrases: "the", "a".
	Articles []string `yaml:"articles"`
	// Owners are possessive determiners: "its", "his".
	Owners []string `yaml:"owners"`
	// Definite articles open role references: "the company".
	Definite []string `yaml:"definite"`
	// Relatives are relative pronouns after a name: "who", "whose".
	Relatives []string `yaml:"relatives"`
	// ClauseWords end a subject before them: prepositions and conjunctions.
	ClauseWords []string `yaml:"clause_words"`
	// NamePrefixes open surnames: "Mc", "O'", "Van".
	NamePrefixes []string `yaml:"name_prefixes"`
	// MonthSurnames are month names that are also surnames: "Theresa May".
	MonthSurnames []string `yaml:"month_surnames"`
	// Syllables are short endings of hyphenated words that are ordinary
	// words, not names: "X-led", "X-era".
	Syllables []string `yaml:"syllables"`
	// InflectedEndings end verb forms and adverbs, which are no names:
	// "introducing", "revealed", "reportedly".
	InflectedEndings []string `yaml:"inflected_endings"`
	// GerundEndings end nouns in -ing that may close a title's field:
	// "minister for housing".
	GerundEndings []string `yaml:"gerund_endings"`
	// Stems say how to take an inflected ending off a word to find its
	// common stem: "reported" to "report", "introducing" to "introduce".
	Stems []Stem `yaml:"stems"`
	// PluralEndings end plural nouns and are added to make them:
	// "Managers", "Yankees", "Iraqis".
	PluralEndings []string `yaml:"plural_endings"`
	// SibilantPlurals are plural endings after a sibilant stem: "taxes".
	SibilantPlurals []string `yaml:"sibilant_plurals"`
	// SibilantStems end the stems that take a sibilant plural: "tax", "church".
	SibilantStems []string `yaml:"sibilant_stems"`
	// NationalityPlurals end the nationality words whose plural adds a
	// plural ending: "Palestinian", "Iraqi".
	NationalityPlurals []string `yaml:"nationality_plurals"`
	// PartyInitials open a party tag set off after a politician's name, its
	// initial, a hyphen and the state: "R" of "(R-TX)", "D" of ", D-N.Y.,".
	PartyInitials []string `yaml:"party_initials"`
}

// Stem takes End off a word and adds Add.
type Stem struct {
	// End is the ending taken off: "ing".
	End string `yaml:"end"`
	// Add is what is added after it, often nothing: "e".
	Add string `yaml:"add"`
}

func (n *NameWord) validate() error {
	if len(n.Of)+len(n.For)+len(n.And)+len(n.Or)+len(n.Particles)+len(n.HyphenParticles)+len(n.Possessives)+
		len(n.Articles)+len(n.Owners)+len(n.Definite)+len(n.Relatives)+len(n.ClauseWords)+len(n.NamePrefixes)+
		len(n.MonthSurnames)+len(n.Syllables)+len(n.InflectedEndings)+len(n.GerundEndings)+len(n.Stems)+
		len(n.PluralEndings)+len(n.SibilantPlurals)+len(n.SibilantStems)+len(n.NationalityPlurals)+len(n.PartyInitials) == 0 {
		return errors.New("no words")
	}
	for _, s := range n.Stems {
		if s.End == "" {
			return fmt.Errorf("stem adding %q: end is empty", s.Add)
		}
	}
	return nil
}

func init() { register("nameword", func() Rule { return new(NameWord) }) }

// NameWords returns the name word rules.
func (s *Set) NameWords() []*NameWord { return ofKind[*NameWord](s, "nameword") }
