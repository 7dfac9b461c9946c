package rules

import (
	"errors"
	"fmt"
)

// CommonWord lists ordinary words. A capitalized common word (at the start of
// a sentence, in a headline) is a name only when other evidence says so;
// Never words ("Tuesday", "January") are never names on their own.
type CommonWord struct {
	Header `yaml:",inline"`
	// Words are lower-case words; an item may hold several separated by spaces.
	Words []string `yaml:"words"`
	// Never marks words that are never an entity on their own.
	Never bool `yaml:"never"`
	// Class marks words with a part of their own: "calendar" (names of days
	// and months: "Jan-June" is a span of time, "Mar" opens a name only
	// before another name) or "generic" (words for bodies and directions in
	// general, "government", "north": "the Government" is no proper name).
	Class string `yaml:"class"`
}

// Common word classes.
const (
	CommonCalendar = "calendar"
	CommonGeneric  = "generic"
)

func (c *CommonWord) validate() error {
	if len(c.Words) == 0 {
		return errors.New("words is empty")
	}
	switch c.Class {
	case "", CommonCalendar, CommonGeneric:
	default:
		return &fieldError{"class", fmt.Errorf("class %q is not one of calendar, generic", c.Class)}
	}
	return nil
}

func init() { register("commonword", func() Rule { return new(CommonWord) }) }

// CommonWords returns the common word rules.
func (s *Set) CommonWords() []*CommonWord { return ofKind[*CommonWord](s, "commonword") }
