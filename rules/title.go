package rules

import "errors"

// Title lists words that name a person's office or role ("chairman",
// "chief financial officer", "prime minister") or are honorifics ("Mr",
// "Dr"). A title before a capitalized name marks it as a person, and the
// person keeps the title.
type Title struct {
	Header `yaml:",inline"`
	// Words are the titles, lower case, one or more words each; matched
	// case-insensitively, longest first.
	Words []string `yaml:"words"`
	// Honorific marks forms of address ("Mr", "Mrs", "Dr") that signal a
	// person but are not kept as titles.
	Honorific bool `yaml:"honorific"`
	// Modifier marks words that extend a following title ("rotating",
	// "deputy", "former") and are kept with it.
	Modifier bool `yaml:"modifier"`
}

func (t *Title) validate() error {
	if len(t.Words) == 0 {
		return errors.New("words is empty")
	}
	return nil
}

func init() { register("title", func() Rule { return new(Title) }) }

// Titles returns the person title rules.
func (s *Set) Titles() []*Title { return ofKind[*Title](s, "title") }
