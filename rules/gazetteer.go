package rules

import (
	"errors"
	"fmt"
	"strings"
)

// Gazetteer lists names of one entity type: countries, cities, nationalities,
// well-known organizations. Each name may carry variants of the same entity
// separated by "|" ("United Kingdom|UK|Britain"); the first is the full form.
type Gazetteer struct {
	Header `yaml:",inline"`
	// Type is the entity type of every name: PERSON, ORG, GPE, LOC or NORP,
	// or MISC for names of none of these types (events, products, works),
	// which are never reported as entities.
	Type string `yaml:"type"`
	// Names are matched case-sensitively on token boundaries (and
	// case-insensitively in all-capitals headlines).
	Names []string `yaml:"names"`
	// Class marks a list whose names play a part beyond their type:
	// "country" (sovereign countries, whose national teams stay places on
	// sports pages) or "media" (news organizations, which role nouns such as
	// "the company" never refer to).
	Class string `yaml:"class"`
}

// Gazetteer classes.
const (
	GazetteerCountry = "country"
	GazetteerMedia   = "media"
)

func (g *Gazetteer) validate() error {
	switch g.Type {
	case "PERSON", "ORG", "GPE", "LOC", "NORP", "MISC":
	default:
		return fmt.Errorf("type %q is not one of PERSON, ORG, GPE, LOC, NORP, MISC", g.Type)
	}
	switch g.Class {
	case "", GazetteerCountry, GazetteerMedia:
	default:
		return &fieldError{"class", fmt.Errorf("class %q is not one of country, media", g.Class)}
	}
	if len(g.Names) == 0 {
		return errors.New("names is empty")
	}
	for _, n := range g.Names {
		for _, v := range strings.Split(n, "|") {
			if strings.TrimSpace(v) == "" {
				return fmt.Errorf("name %q has an empty variant", n)
			}
		}
	}
	return nil
}

// Variants returns the forms of one gazetteer name, full form first.
func Variants(name string) []string {
	vs := strings.Split(name, "|")
	for i := range vs {
		vs[i] = strings.TrimSpace(vs[i])
	}
	return vs
}

func init() { register("gazetteer", func() Rule { return new(Gazetteer) }) }

// Gazetteers returns the gazetteer rules.
func (s *Set) Gazetteers() []*Gazetteer { return ofKind[*Gazetteer](s, "gazetteer") }
