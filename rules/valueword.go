package rules

import "errors"

// ValueWords is a word list used by the value recognizers: number words,
// magnitudes, units, month and weekday names, cue words. Class says what the
// list is for; the recognizers know each class ("number.unit", "month", ...).
type ValueWords struct {
	Header `yaml:",inline"`
	// Class names the role of the words, e.g. "magnitude" or "month".
	Class string `yaml:"class"`
	// Words maps a word or phrase to its value, written as the class expects
	// (a number, a month number, an ISO 8601 unit, a canonical unit name).
	Words map[string]string `yaml:"words"`
	// List holds words or phrases that carry no value.
	List []string `yaml:"list"`
	// CaseSensitive makes the words match only as written.
	CaseSensitive bool `yaml:"case_sensitive"`
}

func (v *ValueWords) validate() error {
	if v.Class == "" {
		return errors.New("class is empty")
	}
	if len(v.Words)+len(v.List) == 0 {
		return errors.New("words and list are both empty")
	}
	return nil
}

func init() { register("valueword", func() Rule { return new(ValueWords) }) }

// ValueWords returns the value word lists.
func (s *Set) ValueWords() []*ValueWords { return ofKind[*ValueWords](s, "valueword") }
