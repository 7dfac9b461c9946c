package rules

import (
	"errors"
	"fmt"
)

// OrgCue lists words that mark a capitalized sequence as an organization
// ("Inc", "Group", "Ministry of") or, as role nouns, refer back to one
// ("the company", "the Chinese technology giant").
type OrgCue struct {
	Header `yaml:",inline"`
	// Position says where the words stand: "suffix" (last word of the name,
	// "Huawei Technologies Co"), "head" (first word, "University of ...") or
	// "role" (head noun of a definite description: "the company"). The same
	// kind holds place cues: "place-suffix" ("Grace Road", "Heathrow Airport")
	// and "place-head" ("Gulf of Mexico", "Isle of Man"); and "event-suffix"
	// ends the names of events, which are none of the entity types ("U.S.
	// Open", "World Cup", "Labor Day"); "club-head" starts the names of
	// sports clubs ("Real Madrid", "Dynamo Moscow"); "product-suffix" ends
	// the names of products, which are no entities ("MagCharge Duo", "Pixel Pro");
	// "town-suffix" ends the names of towns ("Sioux Falls", "Palm Springs").
	Position string `yaml:"position"`
	// Words are matched case-sensitively for suffix and head, case-insensitively for role.
	Words []string `yaml:"words"`
	// Refers, for role nouns only, lists words of the organization names the
	// noun refers to ("agency" → Agency, Commission, Interpol): the noun
	// names the latest organization bearing one of them, and nothing when
	// none is in view unless Fallback is set. Role nouns without Refers name
	// the organization most in view.
	Refers []string `yaml:"refers"`
	// Fallback lets a role noun with Refers name the organization most in
	// view when none bears one of its words ("the airline").
	Fallback bool `yaml:"fallback"`
	// Class, for suffixes only, says what bodies the words end: "legal"
	// (legal forms of companies, "Ltd", "A/S"), "business" (other words of
	// companies' names, "Airways", "Mining") or "public" (public bodies,
	// "Commission", "Ministry"). Other suffixes end names of any body.
	Class string `yaml:"class"`
	// Apart, for suffixes and heads, marks the words of a state's own
	// bodies, which a nationality before them names rather than belongs to:
	// "French Interior Ministry" is a nationality and the Interior Ministry.
	Apart bool `yaml:"apart"`
}

// Organization suffix classes.
const (
	SuffixLegal    = "legal"
	SuffixBusiness = "business"
	SuffixPublic   = "public"
)

func (o *OrgCue) validate() error {
	switch o.Position {
	case "suffix", "head", "role", "place-suffix", "place-head", "event-suffix", "club-head", "product-suffix", "town-suffix":
	default:
		return fmt.Errorf("position %q is not one of suffix, head, role, place-suffix, place-head, event-suffix, club-head, product-suffix, town-suffix", o.Position)
	}
	if len(o.Words) == 0 {
		return errors.New("words is empty")
	}
	switch o.Class {
	case "":
	case SuffixLegal, SuffixBusiness, SuffixPublic:
		if o.Position != "suffix" {
			return &fieldError{"class", errors.New("class is for suffixes only")}
		}
	default:
		return &fieldError{"class", fmt.Errorf("class %q is not one of legal, business, public", o.Class)}
	}
	if o.Apart && o.Position != "suffix" && o.Position != "head" {
		return &fieldError{"apart", errors.New("apart is for suffixes and heads only")}
	}
	if (len(o.Refers) > 0 || o.Fallback) && o.Position != "role" {
		return errors.New("refers and fallback are for role nouns only")
	}
	return nil
}

func init() { register("orgcue", func() Rule { return new(OrgCue) }) }

// OrgCues returns the organization cue rules.
func (s *Set) OrgCues() []*OrgCue { return ofKind[*OrgCue](s, "orgcue") }
