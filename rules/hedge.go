package rules

import "errors"

// Hedge lists words and phrases that make a claim tentative or second-hand:
// "reportedly", "allegedly", "is expected to", "could".
type Hedge struct {
	Header `yaml:",inline"`
	// Words are lower-case phrases matched word by word.
	Words []string `yaml:"words"`
}

func (h *Hedge) validate() error {
	if len(h.Words) == 0 {
		return errors.New("words is empty")
	}
	return checkPhrases(h.Words)
}

func init() { register("hedge", func() Rule { return new(Hedge) }) }

// Hedges returns the hedge rules.
func (s *Set) Hedges() []*Hedge { return ofKind[*Hedge](s, "hedge") }
