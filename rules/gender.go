package rules

import (
	"errors"
	"fmt"
)

// Gender lists words that tell the gender of a person or the number of a
// group, so a pronoun ("he", "she", "they") is resolved only to a compatible
// antecedent.
type Gender struct {
	Header `yaml:",inline"`
	// Gender is male, female or plural.
	Gender string `yaml:"gender"`
	// Pronouns are lower-case words that refer to a person of this gender, or
	// to a group: "he", "his"; "they".
	Pronouns []string `yaml:"pronouns"`
	// Titles are lower-case forms of address that mark the person named right
	// after them: "mr", "mrs".
	Titles []string `yaml:"titles"`
	// Kin are lower-case nouns that, after a possessive, name a person of this
	// gender: "wife" in "his wife Jane".
	Kin []string `yaml:"kin"`
	// Names are first names mostly borne by persons of this gender, as
	// written: "Hillary".
	Names []string `yaml:"names"`
}

// Genders.
const (
	GenderMale   = "male"
	GenderFemale = "female"
	GenderPlural = "plural"
)

func (g *Gender) validate() error {
	switch g.Gender {
	case GenderMale, GenderFemale, GenderPlural:
	default:
		return fmt.Errorf("gender %q (want male, female or plural)", g.Gender)
	}
	if len(g.Pronouns)+len(g.Titles)+len(g.Kin)+len(g.Names) == 0 {
		return errors.New("pronouns, titles, kin and names are empty")
	}
	for _, ws := range [][]string{g.Pronouns, g.Titles, g.Kin} {
		if err := checkPhrases(ws); err != nil {
			return err
		}
	}
	return nil
}

func init() { register("gender", func() Rule { return new(Gender) }) }

// Genders returns the gender and number rules.
func (s *Set) Genders() []*Gender { return ofKind[*Gender](s, "gender") }
