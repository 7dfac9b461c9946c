package rules

import "errors"

// Commitment is a group of cues by which someone commits to a future action:
// "promised to", "unveiled plans to", "revealed ... plan", "will".
type Commitment struct {
	Header `yaml:",inline"`
	// Cues are lower-case phrases ("promised", "has unveiled").
	Cues []string `yaml:"cues"`
	// Nouns, when given, must follow the cue within Window words
	// ("revealed a multi-billion dollar spending plan").
	Nouns []string `yaml:"nouns"`
	// Window is how many words may separate the cue from a noun; default 6.
	Window int `yaml:"window"`
	// To requires "to" and an action right after the cue (or the noun).
	To bool `yaml:"to"`
	// Objects are the cues of the rule that also commit with a noun phrase
	// as their object ("promised a veto", "vowed a crackdown"), unlike
	// "offered some advice".
	Objects []string `yaml:"objects"`
	// Clauses, when given, are the cues of the rule that also commit with a
	// "that" clause ("vowed that the wall would be built"); the others do
	// not, as "agreed that the plan was sound" reports a view.
	Clauses []string `yaml:"clauses"`
	// Modal marks cues that are modal verbs after a named subject ("Huawei will invest").
	Modal bool `yaml:"modal"`
}

func (c *Commitment) validate() error {
	if len(c.Cues) == 0 {
		return errors.New("cues is empty")
	}
	if c.Window < 0 {
		return errors.New("window is negative")
	}
	if err := checkPhrases(c.Cues); err != nil {
		return err
	}
	if err := checkPhrases(c.Objects); err != nil {
		return err
	}
	if err := checkPhrases(c.Clauses); err != nil {
		return err
	}
	return checkPhrases(c.Nouns)
}

func init() { register("commitment", func() Rule { return new(Commitment) }) }

// Commitments returns the commitment cue rules.
func (s *Set) Commitments() []*Commitment { return ofKind[*Commitment](s, "commitment") }
