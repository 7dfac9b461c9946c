package rules

import (
	"errors"
	"unicode/utf8"
)

// Quote describes quotation marks: pairs of opening and closing marks, and
// marks that both open and close ('"').
type Quote struct {
	Header `yaml:",inline"`
	// Pairs are two-character strings, opening then closing mark: "“”".
	Pairs []string `yaml:"pairs"`
	// Toggles are marks that open when they follow a space and close
	// otherwise: '"', "''" (two apostrophes, as some archives write quotes)
	// or "'" (taken as a quotation mark only when a closing one follows in
	// the paragraph, so apostrophes stay apostrophes).
	Toggles []string `yaml:"toggles"`
	// MinWords is how many words an unattributed quote needs to stand as a
	// claim; shorter ones are scare quotes. Default 5.
	MinWords int `yaml:"min_words"`
}

func (q *Quote) validate() error {
	if len(q.Pairs) == 0 && len(q.Toggles) == 0 {
		return errors.New("no pairs and no toggles")
	}
	for _, p := range q.Pairs {
		if utf8.RuneCountInString(p) != 2 {
			return errors.New("a pair is two characters, opening then closing: " + p)
		}
	}
	for _, t := range q.Toggles {
		if n := utf8.RuneCountInString(t); n != 1 && t != "''" {
			return errors.New("a toggle is one character or two apostrophes: " + t)
		}
	}
	if q.MinWords < 0 {
		return errors.New("min_words is negative")
	}
	return nil
}

func init() { register("quote", func() Rule { return new(Quote) }) }

// Quotes returns the quotation mark rules.
func (s *Set) Quotes() []*Quote { return ofKind[*Quote](s, "quote") }
