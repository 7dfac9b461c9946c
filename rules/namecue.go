package rules

import (
	"errors"
	"fmt"
)

// NameCue lists words next to a capitalized sequence that tell its entity
// type: "said" after a name signals a person, "beat" between two names on a
// sports page signals teams, "in" before a name a place.
type NameCue struct {
	Header `yaml:",inline"`
	// Type is the entity type signalled: PERSON, ORG, GPE or LOC.
	Type string `yaml:"type"`
	// Before are words (lower case) that signal the type when they directly precede the name.
	Before []string `yaml:"before"`
	// After are words (lower case) that signal the type when they directly follow the name.
	After []string `yaml:"after"`
	// Weak cues only decide between readings when nothing stronger is known.
	Weak bool `yaml:"weak"`
	// Single cues apply only to one-word names: "to" before "Kabul" is a place
	// cue, before "Mike Tyson" it is not.
	Single bool `yaml:"single"`
	// Multi cues apply only to names of two words or more: ", which" after
	// "Minera Sol Andino" marks a body, after "Nagorno-Karabakh" it does not.
	Multi bool `yaml:"multi"`
	// Sports cues apply only to sports pages (a headline such as "SOCCER - ..."
	// or a sentence with a score).
	Sports bool `yaml:"sports"`
	// Fixture cues join the two sides of a fixture or result ("Port Vale v
	// Oxford"): unlike other sports cues they hold for names of any length.
	Fixture bool `yaml:"fixture"`
}

func (n *NameCue) validate() error {
	switch n.Type {
	case "PERSON", "ORG", "GPE", "LOC":
	default:
		return fmt.Errorf("type %q is not one of PERSON, ORG, GPE, LOC", n.Type)
	}
	if len(n.Before) == 0 && len(n.After) == 0 {
		return errors.New("before and after are both empty")
	}
	if n.Single && n.Multi {
		return errors.New("single and multi exclude each other")
	}
	return nil
}

func init() { register("namecue", func() Rule { return new(NameCue) }) }

// NameCues returns the name context cue rules.
func (s *Set) NameCues() []*NameCue { return ofKind[*NameCue](s, "namecue") }
