package rules

import "errors"

// Abbreviation lists words that end in a period without ending a sentence
// ("Mr.", "Jan.", "U.S."), for the sentence splitter.
type Abbreviation struct {
	Header `yaml:",inline"`
	// Words are the abbreviations without their final period, matched case-sensitively.
	Words []string `yaml:"words"`
	// Final marks abbreviations that may also end a sentence ("U.S.", "Inc.")
	// when the next word is capitalized and not a name.
	Final bool `yaml:"final"`
	// BeforeNumber marks abbreviations that only hold before a number ("No. 5", "pp. 12").
	BeforeNumber bool `yaml:"before_number"`
	// Openers are no abbreviations but the capitalized words that open a
	// sentence after a final abbreviation or an initialism: "in the U.S.
	// The ..." ends at "U.S.", "U.S. officials" and "J.M. Berger" do not.
	Openers bool `yaml:"openers"`
}

func (a *Abbreviation) validate() error {
	if len(a.Words) == 0 {
		return errors.New("words is empty")
	}
	return nil
}

func init() { register("abbreviation", func() Rule { return new(Abbreviation) }) }

// Abbreviations returns the abbreviation rules.
func (s *Set) Abbreviations() []*Abbreviation { return ofKind[*Abbreviation](s, "abbreviation") }
