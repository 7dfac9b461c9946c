package rules

import (
	"errors"
	"fmt"
)

// Claimant lists words that shape how a speaker phrase is read, by role:
//
//   - person: pronouns that refer to the latest person ("he", "she");
//   - org: words that refer to the latest organization ("it", "company", "statement");
//   - aux: words that may stand between a speaker and a cue ("has", "also", "repeatedly");
//   - boundary: words that end a speaker phrase read backwards ("that", "which", "and");
//   - determiner: words that open a noun phrase ("the", "a", "his"); a
//     speaker phrase read backwards stops after one;
//   - adverbial: words that may open what follows a trailing cue ("..., he
//     said on Tuesday", "..., she told reporters in Ohio");
//   - agent: nouns for people and bodies that can hold a stance
//     ("officials", "critics", "government"), in the singular.
type Claimant struct {
	Header `yaml:",inline"`
	// Role is person, org, aux, boundary, determiner, adverbial, agent or
	// proximity (the adjective of a source near the matter: "people close to
	// the campaign", "those familiar with the talks").
	Role string `yaml:"role"`
	// Words are lower-case single words.
	Words []string `yaml:"words"`
}

// Claimant roles.
const (
	RolePerson     = "person"
	RoleOrg        = "org"
	RoleAux        = "aux"
	RoleBoundary   = "boundary"
	RoleDeterminer = "determiner"
	RoleAdverbial  = "adverbial"
	RoleAgent      = "agent"
	RoleProximity  = "proximity"
)

func (c *Claimant) validate() error {
	switch c.Role {
	case RolePerson, RoleOrg, RoleAux, RoleBoundary, RoleDeterminer, RoleAdverbial, RoleAgent, RoleProximity:
	default:
		return fmt.Errorf("role %q (want person, org, aux, boundary, determiner, adverbial, agent or proximity)", c.Role)
	}
	if len(c.Words) == 0 {
		return errors.New("words is empty")
	}
	return checkPhrases(c.Words)
}

func init() { register("claimant", func() Rule { return new(Claimant) }) }

// Claimants returns the claimant word rules.
func (s *Set) Claimants() []*Claimant { return ofKind[*Claimant](s, "claimant") }
