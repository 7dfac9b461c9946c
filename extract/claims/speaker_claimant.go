package claims

import (
	"strings"

	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// claimantOf reads the claimant of the speaker phrase at tokens [s, e): a
// pronoun refers back, an organization's anaphor finds its body, a person's
// role stays as written, and a phrase naming an entity takes its name.
func (r *run) claimantOf(s, e int) *document.Claimant {
	sp := r.span(s, e)
	first := r.lower(s)
	switch {
	case e-s == 1 && (r.in(setPerson, s) || r.wordIs(rules.WordPersonPossess, s)):
		return r.refer(sp, document.Person, r.lastPer, first)
	case e-s == 2 && r.wordIs(rules.WordPersonPossess, s) && r.proxy(e-1):
		// "her spokesman" speaks for the person "her" refers to, as "a
		// spokesman for the ministry" speaks for the ministry.
		if c := r.refer(r.span(s, s+1), document.Person, nil, first); c.Entity != "" {
			return c
		}
		return &document.Claimant{Name: r.clean(sp)}
	case (e-s == 1 && r.wordIs(rules.WordBodyPronoun, s)) || (e-s > 1 && r.in(setOrg, e-1) && r.isLower(e-1) && r.in(setDeterm, s)):
		return r.orgClaimant(sp, s, e)
	case r.roleAnaphor(s, e):
		// "the Senate minority leader", "the Vermont senator": a person's
		// role, which the body or place modifying it does not speak for.
		return &document.Claimant{Name: r.clean(sp)}
	}
	return r.namedClaimant(sp, s, e)
}

// orgClaimant reads an organization's anaphor at tokens [s, e) ("it", "the
// group", "a government spokesperson"): the entity named in it, the body
// introduced before with the same noun, or the salient organization.
func (r *run) orgClaimant(sp document.Span, s, e int) *document.Claimant {
	if c := r.reportingBody(s, e); c != nil {
		return c
	}
	if m := r.mentionIn(sp); m >= 0 && typeRank(r.d.Entities[r.mentions[m].ent].Type) >= 2 {
		// The entity stage read the phrase, or a name inside it: "a Gavi spokesperson".
		return r.entityClaimant(m)
	}
	if e-s > 1 && r.wordIs(rules.WordDefiniteArt, s) && !r.proxy(e-1) {
		if x := r.indefinite(s, e-1); x >= 0 {
			// "a Chinese state-owned group ... the group denied"
			return &document.Claimant{Name: r.clean(r.span(x, r.headBefore(x, e-1)+1))}
		}
		if m := r.headForm(s, e); m >= 0 {
			return r.entityClaimant(m)
		}
	}
	if e-s > 2 && r.proxy(e-1) && r.isLower(e-2) && !r.in(setOrg, e-2) && !r.in(setDeterm, e-2) {
		// A body that is no organization named so far: "a government spokesperson".
		return &document.Claimant{Name: r.clean(r.span(s+1, e))}
	}
	if e-s > 1 && (r.wordIs(rules.WordIndefiniteArt, s) || r.quantifier(s)) && !r.proxy(e-1) {
		// An indefinite phrase brings in a body not met before: "a civil
		// rights group says ..." is no earlier organization. A proxy ("a
		// spokesman") still speaks for the body in view.
		return &document.Claimant{Name: r.clean(sp)}
	}
	if e-s > 1 && r.proxy(e-1) {
		if c := r.speakingBody(r.sentOf(s)); c != nil {
			return c // the body that spoke just before: "The company said ... A spokesman said ..."
		}
	}
	if e-s > 1 {
		if m := r.salient(sp.Start); m >= 0 {
			return r.entityClaimant(m)
		}
	}
	return r.refer(sp, document.Org, r.lastOrg, r.clean(sp))
}

// reportingBody returns the claimant of the frame whose content the
// pronoun at tokens [s, e) opens, when that claimant is a body: "it" in
// "the agency said it welcomed the decision" is the agency, whatever body
// was named last. It returns nil otherwise.
func (r *run) reportingBody(s, e int) *document.Claimant {
	if e-s != 1 || !r.subjectPronoun(s) {
		return nil
	}
	at := r.toks[s].Start
	if r.contentDrafts == nil {
		r.contentDrafts = make(map[int][]int, len(r.drafts))
		for k := range r.drafts {
			r.contentDrafts[r.drafts[k].content.Start] = append(r.contentDrafts[r.drafts[k].content.Start], k)
		}
	}
	for _, k := range r.contentDrafts[at] {
		d := &r.drafts[k]
		if d.speaker.empty() || d.cueSpan.End > at || r.subjectPronoun(d.speaker[0]) {
			continue
		}
		r.resolve(k)
		c := d.claimant
		if c == nil {
			return nil
		}
		if c.Entity != "" && r.entType[c.Entity] != document.Org || c.Entity == "" && !r.bodyHead(d.speaker) {
			return nil
		}
		cc := *c
		return &cc
	}
	return nil
}

// bodyHead reports whether speaker phrase spk ends in a noun for a body:
// "the regional development agency", "a chipmaker".
func (r *run) bodyHead(spk tokenSpan) bool {
	k := spk[1] - 1
	return r.isLower(k) && (r.f.bodies[r.lower(k)] || r.in(setOrg, k) && !r.proxy(k))
}

// bodyNouns returns the lower-case nouns for bodies that the organization
// cues hold: the last words of public bodies' names ("Agency", "Council")
// and the role nouns that refer back to an organization ("company").
func bodyNouns(set *rules.Set) map[string]bool {
	out := map[string]bool{}
	for _, o := range set.OrgCues() {
		if o.Position == "role" || o.Position == "suffix" && o.Class == "public" {
			for _, w := range o.Words {
				out[strings.ToLower(w)] = true
			}
		}
	}
	return out
}

// namedClaimant reads a speaker phrase at tokens [s, e) by the entity it
// names, the longer name it is part of, or its own words.
func (r *run) namedClaimant(sp document.Span, s, e int) *document.Claimant {
	if m := r.mentionIn(sp); m >= 0 {
		ent := r.d.Entities[r.mentions[m].ent]
		c := &document.Claimant{Name: ent.Name, Entity: ent.ID}
		if ent.Type == document.NORP && r.toks[e-1].Start >= r.mentions[m].End && r.isLower(e-1) {
			// A nationality before the head is no claimant: "the Norwegian government".
			c = &document.Claimant{Name: r.clean(sp)}
		} else if ent.Type == document.Person && r.nameModifiesHead(m, e) {
			// A person's name before a speaker noun modifies it: "Clinton
			// aides", "a Trump spokesman" speak, not the person.
			c = &document.Claimant{Name: r.clean(sp)}
		} else if typeRank(ent.Type) < 2 && r.isLower(s) && !r.in(setDeterm, s) && r.toks[s].End <= r.mentions[m].Start ||
			isPlace(ent.Type) && (r.placeAfterHead(s, r.mentions[m].Start) || r.placeModifier(m, e)) {
			// A place after the head is no claimant: "officials in Brussels",
			// "Polls in Iowa".
			c = &document.Claimant{Name: r.clean(sp)}
		} else if r.mentionAfterHead(s, m) {
			// A name after the head and a preposition tells whose or where
			// the head is: "94 per cent of its members at the carrier".
			c = &document.Claimant{Name: r.clean(sp)}
		} else if name, full := r.nameRun(s, e, m); full {
			// The mention is part of a longer name: "Nordic Pilots' Union",
			// "Society of Indian Automobile Manufacturers".
			c.Name = name
			if typeRank(ent.Type) < 2 {
				c.Entity = r.acronymAfter(e)
			}
		}
		return c
	}
	if m := r.headForm(s, e); m >= 0 {
		// "the office" after the Financial Accountability Office
		return r.entityClaimant(m)
	}
	if name := r.clean(sp); name != "" {
		if m := r.fullForm(name, sp.Start); m >= 0 {
			return r.entityClaimant(m)
		}
		return &document.Claimant{Name: name}
	}
	return &document.Claimant{Name: strings.TrimSpace(r.text[sp.Start:sp.End])}
}

// nameModifiesHead reports whether mention m modifies a speaker noun that ends
// the phrase at token e, with nothing but lower-case modifiers between
// them: "Clinton aides", "Trump campaign officials", "Trump's lawyers", not
// "Arai's government" or "Ruiz and her advisers".
func (r *run) nameModifiesHead(m, e int) bool {
	k := r.tokenFrom(r.mentions[m].End)
	if k >= e || !r.speakerNoun(e-1) {
		return false
	}
	if r.isPossessive(k) {
		// A person's own people speak for themselves: "Trump's lawyers".
		// One who speaks or a body led by the person speaks for the person:
		// "Trump's spokeswoman", "Arai's government".
		w := r.lower(e - 1)
		if sing := singular(w); !r.endsWith(rules.WordPluralEnd, e-1) || !r.f.agents[w] && !r.f.agents[sing] || r.f.org[sing] {
			return false
		}
		k++
	}
	for ; k < e; k++ {
		if !r.isWord(k) || !r.isLower(k) || r.in(setBoundary, k) || r.in(setDeterm, k) {
			return false
		}
	}
	return true
}

// entityClaimant is the claimant named by mention m's entity.
func (r *run) entityClaimant(m int) *document.Claimant {
	ent := r.d.Entities[r.mentions[m].ent]
	return &document.Claimant{Name: ent.Name, Entity: ent.ID}
}

// roleAnaphor reports whether the speaker tokens [s, e) are "the", then
// modifiers and a person title as head ("the Senate minority leader", "the
// Florida senator") where a body or a place, not a person, is named.
func (r *run) roleAnaphor(s, e int) bool {
	if e-s < 3 || !r.word(rules.WordDefiniteArt, s) || !r.isLower(e-1) || !r.in(setTitle, e-1) {
		return false
	}
	m := r.mentionIn(r.span(s, e))
	return m >= 0 && r.d.Entities[r.mentions[m].ent].Type != document.Person
}

// mentionAfterHead reports whether mention m follows a preposition (and a
// determiner) inside the speaker phrase from token s, after a head that no
// capitalized name opens and that names no finding: the name then tells
// whose or where the head is.
func (r *run) mentionAfterHead(s, m int) bool {
	k := r.tokenAt(r.mentions[m].Start) - 1
	for k > s && r.isCap(k) && r.in(setTitle, k) {
		k-- // "to President George W. Bush"
	}
	if k > s && r.in(setDeterm, k) {
		k-- // "at the carrier"
	}
	if k <= s || !r.isLower(k) || !r.wordClass(k).Has(phr.Preposition|phr.Infinitive) || r.wordIs(rules.WordSourcePrep, k) {
		return false // a source speaks: "a count by The Associated Press"
	}
	// A title before a body is a role in it ("the CEO of Acme"); before a
	// person it is the person's own ("Secretary of State John Kerry").
	roleIn := r.d.Entities[r.mentions[m].ent].Type != document.Person
	for t := s; t < k; t++ {
		if r.isWord(t) && r.isCap(t) && !(t == s && r.in(setDeterm, t)) && !(roleIn && r.in(setTitle, t)) {
			return false // a name heads the phrase: "Society of ...", "Betsy Sharp of ..."
		}
	}
	return !r.evidenceSource(tokenSpan{s, k}) // a finding's source speaks: "estimates from the Ifo Institute"
}

// placeAfterHead reports whether the place mention that begins at byte
// offset start follows a preposition inside the speaker phrase from token s,
// after a word of the phrase's head other than a determiner: the place
// modifies the head ("Polls in Iowa", "the officials from Ohio").
func (r *run) placeAfterHead(s, start int) bool {
	p := r.tokenAt(start) - 1
	if p <= s || !r.isLower(p) || !r.wordClass(p).Has(phr.Preposition) {
		return false
	}
	for k := s; k < p; k++ {
		if r.isWord(k) && !r.in(setDeterm, k) {
			return true
		}
	}
	return false
}
