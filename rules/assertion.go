package rules

import "errors"

// Assertion says which of the article's own sentences are checkable claims:
// sentences naming an entity together with a number, a date or an event.
type Assertion struct {
	Header `yaml:",inline"`
	// Events are lower-case event words ("detained", "signed", "launched").
	Events []string `yaml:"events"`
	// Auxiliaries before a past participle make an event too ("has started",
	// "was charged").
	Auxiliaries []string `yaml:"auxiliaries"`
	// MinWords is the fewest words an assertion may have; default 5.
	MinWords int `yaml:"min_words"`
}

func (a *Assertion) validate() error {
	if len(a.Events) == 0 && len(a.Auxiliaries) == 0 {
		return errors.New("events and auxiliaries are empty")
	}
	if a.MinWords < 0 {
		return errors.New("min_words is negative")
	}
	if err := checkPhrases(a.Events); err != nil {
		return err
	}
	return checkPhrases(a.Auxiliaries)
}

func init() { register("assertion", func() Rule { return new(Assertion) }) }

// Assertions returns the assertion rules.
func (s *Set) Assertions() []*Assertion { return ofKind[*Assertion](s, "assertion") }
