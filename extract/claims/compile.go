package claims

import (
	"fmt"
	"strings"

	"github.com/claimex/claimex/rules"
)

// addAttribution indexes one attribution rule: its acts and leads, and its
// cues by the frame they take (rebuttal, noun cue or speech cue), with the
// inflections of its lemmas; listed holds the cues all rules list.
func (f *Finder) addAttribution(r *rules.Attribution, listed map[string]bool) {
	for _, p := range r.Acts {
		f.acts[p] = true
	}
	for _, p := range r.Leads {
		f.leads[strings.ToLower(p)] = true
	}
	if r.ThatClause {
		f.thatCue = &attrCue{rule: r, id: "attribution." + r.ID}
		return
	}
	if r.Reacts {
		f.reactCue = &attrCue{rule: r, id: "attribution." + r.ID}
		return
	}
	if len(r.Cues) == 0 && len(r.Lemmas) == 0 {
		return
	}
	c := &attrCue{rule: r, id: "attribution." + r.ID, notLabel: map[string]bool{}, notBefore: map[string]bool{}}
	for _, w := range r.NotLabels {
		c.notLabel[strings.ToLower(w)] = true
	}
	for _, w := range r.NotBefore {
		c.notBefore[w] = true
	}
	if r.Attitude {
		c.copulas, c.preps = setOf(r.Copulas), setOf(r.Prepositions)
	}
	switch {
	case r.Rebuttal:
		for _, p := range r.Cues {
			f.rebuts.add(p, c)
		}
		for _, n := range r.Nouns {
			f.rebutN[n] = true
		}
		return
	case r.Perspective:
		for _, p := range r.Cues {
			f.views.add(p, c)
		}
		return
	case r.Nominal:
		for _, p := range r.Cues {
			f.nouns.add(p, c)
		}
		f.nominals[c.id] = true
		return
	}
	for _, p := range r.Cues {
		f.cues.add(p, c)
	}
	base := &attrCue{rule: r, id: c.id, base: true}
	for _, w := range r.Bases {
		f.cues.add(w, base)
	}
	for _, p := range r.Lemmas {
		f.cues.add(p, base)
		first, rest, _ := strings.Cut(p, " ")
		for n, form := range inflections(first) {
			form = strings.TrimSpace(form + " " + rest)
			if n >= regularForms && listed[form] {
				continue // a doubled form another rule lists keeps that rule: "referring to" names
			}
			f.cues.add(form, c)
		}
	}
}

// listedCues returns the cues that the attribution rules list as written.
func listedCues(rs []*rules.Attribution) map[string]bool {
	listed := map[string]bool{}
	for _, r := range rs {
		for _, p := range r.Cues {
			listed[p] = true
		}
	}
	return listed
}

// addQuoteRules reads the quotation marks, the fewest words of an
// unattributed quote and the rule id of quote claims.
func (f *Finder) addQuoteRules(rs []*rules.Quote) {
	for _, r := range rs {
		for _, p := range r.Pairs {
			runes := []rune(p)
			f.opens[string(runes[0])] = string(runes[1])
		}
		for _, t := range r.Toggles {
			f.toggles[t] = true
		}
		if r.MinWords > 0 {
			f.minQuote = r.MinWords
		}
		if f.quoteID == "" {
			f.quoteID = "quote." + r.ID
		}
	}
}

// addAssertionRules reads the event words and auxiliaries of assertions,
// their fewest words and their rule id.
func (f *Finder) addAssertionRules(rs []*rules.Assertion) {
	for _, r := range rs {
		for _, w := range r.Events {
			f.events[w] = true
		}
		for _, w := range r.Auxiliaries {
			f.eventAux[w] = true
		}
		if r.MinWords > 0 {
			f.minAssert = r.MinWords
		}
		if f.assertID == "" {
			f.assertID = "assertion." + r.ID
		}
	}
}

// addClaimantRules fills the word sets of the claimant rules by role.
func (f *Finder) addClaimantRules(rs []*rules.Claimant) error {
	sets := map[string]map[string]bool{
		rules.RolePerson: f.person, rules.RoleOrg: f.org, rules.RoleAux: f.aux,
		rules.RoleBoundary: f.boundary, rules.RoleDeterminer: f.determ, rules.RoleAdverbial: f.adverb,
		rules.RoleAgent: f.agents, rules.RoleProximity: f.near,
	}
	for _, r := range rs {
		m, ok := sets[r.Role]
		if !ok {
			return fmt.Errorf("claims: claimant rule %q: unknown role %q", r.ID, r.Role)
		}
		for _, w := range r.Words {
			m[w] = true
		}
	}
	return nil
}
