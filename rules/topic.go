package rules

import (
	"errors"
	"fmt"
)

// Topic lists words that mark what a page is about. The entity finder uses
// the sports topic: on a sports page a city before a score is a team.
type Topic struct {
	Header `yaml:",inline"`
	// Topic names the subject: only "sports" is used.
	Topic string `yaml:"topic"`
	// Headline words mark the topic when they stand in a headline's slug,
	// the words before its dash ("SOCCER - ...", "NHL ICE HOCKEY - ...");
	// case-insensitive.
	Headline []string `yaml:"headline"`
	// Words mark the topic when they occur in a sentence (lower case).
	Words []string `yaml:"words"`
}

func (t *Topic) validate() error {
	if t.Topic != "sports" {
		return fmt.Errorf("topic %q is not known (want sports)", t.Topic)
	}
	if len(t.Headline) == 0 && len(t.Words) == 0 {
		return errors.New("headline and words are both empty")
	}
	return nil
}

func init() { register("topic", func() Rule { return new(Topic) }) }

// Topics returns the topic rules.
func (s *Set) Topics() []*Topic { return ofKind[*Topic](s, "topic") }
