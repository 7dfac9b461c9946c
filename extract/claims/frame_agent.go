package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// byAgent returns the agent of a passive cue named right after it, when
// token j is an agent preposition and the noun phrase after it, ending by b,
// is someone who can speak: "asked by a reporter", "was echoed by former
// Gov. Martin O'Malley".
func (r *run) byAgent(j, b int) (tokenSpan, bool) {
	if j+1 >= b || !r.word(rules.WordAgentPrep, j) || r.quoteOf[j+1] >= 0 {
		return tokenSpan{}, false
	}
	e := r.npForward(j+1, b)
	if e <= j+1 || !r.agent(tokenSpan{j + 1, e}) {
		return tokenSpan{}, false
	}
	return tokenSpan{j + 1, e}, true
}

// passiveAgent reads a passive cue whose agent is named after it: the agent
// speaks, and the content is what the cue applies to. That is a clause the
// agent brings in ("was told by officials that ..."), else the whole
// sentence after a sentence-opening subordinator ("As reported by the Post,
// ..."), else the subject of a passive ("those results were ignored by the
// officers") or the noun phrase a participle follows ("an allegation
// rejected by three inquiries"). It reports whether it added a claim.
func (r *run) passiveAgent(s, i, j, limit int, ac *attrCue) bool {
	a, b := r.sents[s][0], min(r.sents[s][1], limit)
	if j != i+1 || !r.isLower(i) || r.wordIs(rules.WordQuestionVerb, i) || !r.participleForm(i) {
		return false
	}
	if ac.rule.Agent && (!r.afterBe(i) || r.f.acts[r.lower(i)]) {
		// A verb whose subject must speak gives its agent the claim only in
		// a passive ("was applauded by"), not on a noun ("an allegation
		// rejected by"), and a verb of acts never ("was released by").
		return false
	}
	agent, ok := r.byAgent(j, b)
	if !ok {
		return false
	}
	c, e, ok := r.agentContent(a, i, agent[1], b)
	if !ok {
		return false
	}
	r.add(document.Reported, agent, r.span(c, e), i, j, ac.id, -1, ac.rule.Hedged)
	return true
}

// afterBe reports whether a form of "be" comes right before token i, past
// adverbs: the participle at i is a passive ("was also endorsed").
func (r *run) afterBe(i int) bool {
	k := i - 1
	for k >= 0 && r.isLower(k) && r.wordClass(k).Has(phr.Adverb) {
		k--
	}
	return k >= 0 && r.isLower(k) && r.wordClass(k).Has(phr.Be)
}

// agentContent returns the content of a passive cue at token i whose agent
// ends at token ae, in a sentence [a, b): see passiveAgent.
func (r *run) agentContent(a, i, ae, b int) (int, int, bool) {
	v := r.skipAuxBack(i-1, a)
	clause := ae < b && (r.wordIs(rules.WordComplementizer, ae) || r.wordIs(rules.WordListenerParticle, ae))
	if opener := v == a && v < i && r.wordClass(v).Has(phr.Subordinator); clause || opener {
		if !clause && (ae >= b || !r.is(ae, ",")) {
			return 0, 0, false
		}
		c, e := r.trimContent(ae+1, b) // the clause after the agent, or after the comma
		return c, e, r.words(c, e) >= minAgentContent
	}
	if v < i-1 && !r.wordIs(rules.WordPassiveAux, v+1) && !r.in(setAux, v+1) {
		return 0, 0, false
	}
	if v >= a && r.is(v, ",") {
		v-- // "The campaign, first reported by the Post, ..."
	}
	if v < a || !r.isWord(v) || r.in(setBoundary, v) || r.subjectPronoun(v) {
		return 0, 0, false
	}
	c := r.npBack(v, a)
	if c > v || !r.validNP(c, v+1) {
		return 0, 0, false
	}
	c = r.subjectStart(i, c, v+1)
	if r.words(c, v+1) < minAgentContent {
		return 0, 0, false
	}
	return c, v + 1, true
}

// subjectStart returns where the subject of the verb group at token i
// starts when the noun phrase [c, e) ends it after a preposition, by the
// phrase layer: "Tinder's ban of Ms. Gedrich was first reported", not "Ms.
// Gedrich"; else c.
func (r *run) subjectStart(i, c, e int) int {
	s := r.sentOf(i)
	if s < 0 {
		return c
	}
	p, a := r.phrasesOf(s), r.sents[s][0]
	ci := p.ChunkOf[i-a]
	if ci < 0 || p.Chunks[ci].Kind != phr.VerbGroup {
		return c
	}
	if subj, ok := subjectOf(p, ci); ok && a+subj[1] == e && a+subj[0] < c {
		return a + subj[0]
	}
	return c
}

// minAgentContent is the fewest words of a passive cue's content.
const minAgentContent = 2

// participleForm reports whether token i can be a past participle: a regular
// past form or one of the irregular participles of the claim word rules.
func (r *run) participleForm(i int) bool {
	return r.endsWith(rules.WordPastEnd, i) || r.wordIs(rules.WordPassivePart, i)
}
