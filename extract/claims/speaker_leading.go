package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// leadingSpeaker finds the speaker of the cue ac at token i of sentence s,
// read before it: a contact clause's speaker, the subject before the cue, the
// subject of a phrase of effort before "to", or the speaker of an earlier
// verb the cue is coordinated with. from is that earlier draft, or -1; at is
// the first verb when no frame came before, or -1.
func (r *run) leadingSpeaker(s, i, first int, ac *attrCue) (spk tokenSpan, from, at int, ok bool) {
	a, b := r.sents[s][0], r.sents[s][1]
	if r.inContactClause(i, b) || ac.base && r.infinitiveOfCue(i, a) {
		return tokenSpan{}, -1, -1, false
	}
	spk, ok = r.contactSpeaker(i, a)
	if !ok {
		spk, ok = r.speakerBefore(i, a)
	}
	if ok && ac.base {
		spk = r.pluralSubject(spk, i, a)
	}
	if ok && (ac.base || !r.agent(spk) || r.mediumBefore(spk)) {
		spk = r.infinitiveHolder(s, spk, i) // "took the stage to acknowledge", "went out of his way to say"
	}
	if ok {
		spk = r.gerundHolder(s, spk, i) // "was on CNN talking about"
	}
	if ok {
		spk = r.wholeSubject(s, spk, i)
		spk = r.participleSubject(s, spk, i)
		spk = r.coordinatedSubject(s, spk, i)
		spk = r.relativeChunk(s, spk, i)
		if !r.timePhrase(spk[0], spk[1]) {
			spk[0] = r.subjectOpen(spk[0], a)
		}
	}
	from, at = -1, -1
	if !ok && (ac.rule.Agent && ac.base || ac.rule.Before && !ac.base) && i-2 >= a && r.word(rules.WordInfinitive, i-1) && r.isLower(i-2) && r.f.leads[r.lower(i-2)] {
		// A verb after a phrase of sequence or effort ("went on to", "tried to")
		// whose subject speaks.
		if sub, sok := r.sentenceSubject(s, i); sok && sub[1] <= i-2 && (r.agent(sub) || r.actor(sub[0], sub[1])) {
			spk, ok = sub, true
		}
	}
	if !ok {
		// A second verb of the same speaker: "... and argued that ...", "..., but insisted ...".
		from, at = r.elided(i, a, first)
		switch {
		case from >= 0:
			spk = r.drafts[from].speaker
		case at >= 0:
			// No frame before: the subject of the first verb speaks, "X hired
			// Y and said ...".
			sub, sok := r.sentenceSubject(s, at)
			if !sok || !r.agent(sub) {
				return tokenSpan{}, -1, -1, false
			}
			spk, at = sub, -1
		default:
			return tokenSpan{}, -1, -1, false
		}
	}
	if ac.rule.Agent && ac.base && i-1 >= a && r.isLower(i-1) && !r.agent(spk) {
		switch {
		case r.wordIs(rules.WordInfinitive, i-1):
			// An infinitive after an object noun is the subject's; with no
			// one to hold it, it tells a purpose ("requested anonymity to
			// discuss a private conversation").
			sub, ok := r.sentenceSubject(s, i)
			switch {
			case ok && r.agent(sub):
				spk = sub
			case spk[1]-spk[0] > 1 && r.word(rules.WordObjectPronoun, spk[0]):
				spk = tokenSpan{spk[0], spk[0] + 1} // the possessor of a stance: "his reluctance to embrace"
			default:
				return tokenSpan{}, -1, -1, false
			}
		case r.modal(i - 1):
			return tokenSpan{}, -1, -1, false // "the keyboard may prove more reliable"
		case spk[1]-spk[0] == 1 && r.wordIs(rules.WordReaderPronoun, spk[0]):
			return tokenSpan{}, -1, -1, false // the reader holds no stance: "Do you support"
		}
	}
	return r.holderOfWord(s, spk), from, at, true
}

// holderOfWord returns the subject of sentence s before speaker phrase spk
// when spk is one lower-case word that can hold no view and is no finding
// ("he spent more time mocking", "are taking pains to say"), if that
// subject can; else spk.
func (r *run) holderOfWord(s int, spk tokenSpan) tokenSpan {
	if spk[1]-spk[0] != 1 || !r.isLower(spk[0]) || r.agent(spk) || r.evidenceSource(spk) || r.subjectPronoun(spk[0]) {
		return spk
	}
	x := spk[0] - 1
	for x > 0 && r.isLower(x) && (r.in(setDeterm, x) || r.quantifier(x)) {
		x--
	}
	if x >= 0 && r.isLower(x) && r.wordClass(x).Has(phr.Preposition) {
		return spk // the object of a preposition after the head: "Organizers of both conventions"
	}
	sub, ok := r.sentenceSubject(s, spk[0])
	if !ok || sub[1] > spk[0] || !r.agent(sub) || !r.validNP(sub[0], sub[1]) {
		return spk
	}
	for k := sub[0]; k < sub[1]; k++ {
		if r.isCueWord(k) && r.isLower(k) {
			return spk // no noun phrase: "Emanuel told reporters"
		}
	}
	for k := sub[1]; k < spk[0]; k++ {
		if r.is(k, ",;:") || r.isLower(k) && r.wordClass(k).Has(phr.Coordinator) {
			return spk // another clause: "..., but multiple reports reveal"
		}
	}
	return sub
}

// elided finds the frame whose speaker also speaks the cue at token i, joined
// to it by "and" or "but": the frame of the sentence whose cue comes last
// before i. It returns that draft and the token where the joining words
// start, or -1.
func (r *run) elided(i, a, first int) (int, int) {
	k := r.skipAuxBack(i-1, a)
	if t := r.timeBack(k, a); t > a {
		k = r.skipAuxBack(t-1, a) // "... but on Tuesday wrote", "and last week said"
	}
	if k < a || !r.word(rules.WordVerbJoiner, k) || k == i-1 && r.word(rules.WordInfinitive, i-1) {
		return -1, -1
	}
	if k-1 >= a && r.is(k-1, ",") {
		k--
	}
	from := -1
	var cands [draftsBack]int
	nc := 0
	for n := len(r.drafts) - 1; n >= first && n >= len(r.drafts)-draftsBack; n-- {
		r.steps++
		d := &r.drafts[n]
		if !d.speaker.empty() && d.cueSpan.Len() > 0 && d.cueSpan.End <= r.toks[k].Start && d.content.End > r.toks[k].Start {
			cands[nc] = n
			nc++
		}
	}
	for _, n := range cands[:nc] {
		if !r.nestedIn(n, cands[:nc]) && (from < 0 || r.drafts[n].cueSpan.Start > r.drafts[from].cueSpan.Start) {
			from = n
		}
	}
	return from, k
}

// nestedIn reports whether draft n's cue lies inside the content of one of
// the drafts others: a frame within another's content ("downplayed Trump's
// attack on the judge") is not the one a coordinated verb goes on with.
func (r *run) nestedIn(n int, others []int) bool {
	c := r.drafts[n].cueSpan
	for _, o := range others {
		if o != n && r.drafts[o].content.Contains(c) {
			return true
		}
	}
	return false
}

// wholeSubject returns the whole subject of the verb group that cue token
// i heads when speaker phrase spk is the last noun phrase of it, after a
// preposition, and the subject's head can hold a view (someone, a finding,
// or a part of the group spk names): "half of respondents said", "people
// in Fort Pierce say" speak as a whole, not as "respondents" or "Fort
// Pierce".
func (r *run) wholeSubject(s int, spk tokenSpan, i int) tokenSpan {
	if x, ok := r.headBeforeTo(s, spk); ok {
		spk[0] = x
	}
	if spk[0] <= r.sents[s][0] || !r.wordClass(spk[0]-1).Has(phr.Preposition) {
		return spk // no preposition before the phrase: nothing to parse
	}
	p, a, ci, ok := r.activeCue(s, i)
	if !ok || p.Classes[p.Chunks[ci].Start].Has(phr.Infinitive) {
		return spk // an infinitive has no subject of its own
	}
	subj, ok := subjectOf(p, ci)
	if !ok || a+subj[0] >= spk[0] || a+subj[1] != spk[1] {
		return spk
	}
	for k := a + subj[0]; k < spk[0]; k++ {
		if r.wordIs(rules.WordProxyNoun, k) {
			return spk // "a spokesman for the ministry" speaks for the ministry
		}
	}
	head := tokenSpan{a + subj[0], a + p.Chunks[subj[2]].End}
	if !r.agent(head) && !r.evidenceSource(head) && !(r.partOf(head, spk[0]) && r.groupOf(spk)) {
		return spk // the head holds no view: "a premium for items"
	}
	return tokenSpan{a + subj[0], a + subj[1]}
}

// headBeforeTo returns the start of the noun phrase before "to" that the
// noun phrase spk after it modifies, when that phrase names people or a
// body and speaks for none: "an adviser to the mayor", "delegates to the
// convention", and on through "of" phrases before it ("the head of the
// delegation to the talks"). The parse reads "to" as an infinitive's, so
// the phrase before it is no subject of its own there.
func (r *run) headBeforeTo(s int, spk tokenSpan) (int, bool) {
	t, a := spk[0]-1, r.sents[s][0]
	if t-1 <= a || !r.isLower(t) || !r.wordClass(t).Has(phr.Infinitive) || r.verbGroupAt(s, spk[0]) {
		return 0, false
	}
	if !r.isCap(spk[0]) && !r.in(setDeterm, spk[0]) {
		return 0, false // a bare word after "to" may be a verb: "urged delegates to file reports"
	}
	x, ok := r.agentPhraseBefore(s, t)
	if !ok {
		return 0, false
	}
	for n := 0; n < maxOfPhrases && x-1 > a && r.isLower(x-1) && r.word(rules.WordGroupOf, x-1); n++ {
		y, ok := r.agentPhraseBefore(s, x-1)
		if !ok {
			break
		}
		x = y
	}
	return x, true
}

// agentPhraseBefore returns the start of the noun phrase of sentence s that
// ends at token t, when it names people or a body and holds no proxy.
func (r *run) agentPhraseBefore(s, t int) (int, bool) {
	p, a := r.phrasesOf(s), r.sents[s][0]
	if t-1 < a {
		return 0, false
	}
	x := p.ChunkOf[t-1-a]
	if x < 0 || p.Chunks[x].Kind != phr.NounPhrase || a+p.Chunks[x].End != t {
		return 0, false
	}
	head := tokenSpan{a + p.Chunks[x].Start, t}
	if !r.agent(head) {
		return 0, false
	}
	for k := head[0]; k < head[1]; k++ {
		if r.proxy(k) {
			return 0, false
		}
	}
	return head[0], true
}

// coordinatedSubject returns the whole subject of the cue at token i when
// speaker phrase spk is the last of noun phrases joined by commas and a
// coordinator that open the clause: "Friends, lobbyists and former foes
// say", "Politicians and even some technologists say" speak together.
func (r *run) coordinatedSubject(s int, spk tokenSpan, i int) tokenSpan {
	a := r.sents[s][0]
	joined := r.lowerIn(spk[0], spk[1], phr.Coordinator)
	if k := r.adverbsBack(spk[0]-1, a); k <= a || !(joined && r.is(k, ",") || r.listCoordinator(k)) {
		return spk // no list before the phrase: nothing to parse
	}
	x, p, start := r.pastOpenings(a, i), r.phrasesOf(s), spk[0]
	for start > x {
		k := r.adverbsBack(start-1, a)
		comma := r.is(k, ",")
		if !comma && !r.listCoordinator(k) {
			break
		}
		if comma && !joined {
			break // a comma before the last phrase closes an opening phrase or an appositive
		}
		if r.quoteOf[k] >= 0 || k-1 < a || p.ChunkOf[k-1-a] < 0 {
			break
		}
		np := p.Chunks[p.ChunkOf[k-1-a]]
		if np.Kind != phr.NounPhrase || a+np.End != k {
			break
		}
		joined = true
		start = a + np.Start
	}
	if !joined || start == spk[0] || start != x {
		return spk // not a list that opens the clause
	}
	return tokenSpan{start, spk[1]}
}

// adverbsBack returns the first token at or before k, after a, that is no
// lower-case adverb: "and even some technologists".
func (r *run) adverbsBack(k, a int) int {
	for k > a && r.isLower(k) && r.wordClass(k).Has(phr.Adverb) && !r.wordClass(k).Has(phr.Coordinator) {
		k--
	}
	return k
}

// listCoordinator reports whether token k is a coordinator that can join
// the items of a list ("and", "or"), not a contrast ("but").
func (r *run) listCoordinator(k int) bool {
	return r.isLower(k) && r.wordClass(k).Has(phr.Coordinator) && !r.wordIs(rules.WordContrastConj, k)
}

// groupOf reports whether speaker phrase spk names a group that a part of
// it may speak for: someone who can hold a view, or any plural ("half of
// respondents", "a third of those polled").
func (r *run) groupOf(spk tokenSpan) bool {
	return r.agent(spk) || r.endsWith(rules.WordPluralEnd, spk[1]-1) && !r.timePhrase(spk[0], spk[1])
}

// partOf reports whether head names a part of a group whose phrase starts
// by token e: "of" follows the head ("a majority of"), or the head is an
// amount with its "of" before e ("94 per cent of its members").
func (r *run) partOf(head tokenSpan, e int) bool {
	if r.word(rules.WordGroupOf, head[1]) {
		return true
	}
	if !r.amountAt(head[0]) {
		return false
	}
	for k := head[1]; k < e; k++ {
		if r.word(rules.WordGroupOf, k) {
			return true
		}
	}
	return false
}

// infinitiveHolder returns who acts the infinitive cue at token i whose
// speaker phrase spk ends right before its "to" (adverbs may follow it:
// "to once again address"): the subject of the sentence when spk is the
// object or place of an earlier verb ("went on Twitter to applaud", "took
// the stage to acknowledge"), or the subject of that verb in a clause of
// its own; spk itself when it can act ("prompted Ruiz to announce").
func (r *run) infinitiveHolder(s int, spk tokenSpan, i int) tokenSpan {
	to := i - 1
	for to > spk[1] && r.isLower(to) && r.wordClass(to).Has(phr.Adverb) {
		to-- // "to once again address"
	}
	if spk[1] != to || !r.wordIs(rules.WordInfinitive, to) || spk[0] <= r.sents[s][0] {
		return spk
	}
	if sub, ok := r.sentenceSubject(s, spk[0]); ok && sub[1] < spk[0] && r.agent(sub) {
		return sub
	}
	obj := spk
	if t := r.timeBack(spk[1]-1, spk[0]); t > spk[0] {
		obj[1] = t // "took the stage on Tuesday to"
	}
	if r.agent(obj) {
		return spk // the object acts: "prompted Ruiz to announce"
	}
	if sub, ok := r.objectVerbSubject(s, spk[0]); ok && r.agent(sub) {
		return sub // in a clause of its own: "Before Ruiz took the stage to thank ..."
	}
	return spk
}

// objectVerbSubject returns the subject of the verb group right before the
// noun phrase that starts at token k of sentence s, as the phrase layer
// reads it: whoever acts on k's phrase as its object.
func (r *run) objectVerbSubject(s, k int) (tokenSpan, bool) {
	p, a := r.phrasesOf(s), r.sents[s][0]
	ci := p.ChunkOf[k-a]
	if ci < 1 || p.Chunks[ci].Kind != phr.NounPhrase || p.Chunks[ci].Start != k-a {
		return tokenSpan{}, false
	}
	if vg := p.Chunks[ci-1]; vg.Kind != phr.VerbGroup || vg.End != p.Chunks[ci].Start || vg.Passive {
		return tokenSpan{}, false
	}
	subj, ok := subjectOf(p, ci-1)
	return tokenSpan{a + subj[0], a + subj[1]}, ok
}

// mediumBefore reports whether speaker phrase spk is an organization that
// a setting preposition after a verb other than a cue places the act in:
// "went on CNN", "took to Twitter" (then "to say" is the subject's), not
// "called on the board to".
func (r *run) mediumBefore(spk tokenSpan) bool {
	p := spk[0] - 1
	if p < 1 || !r.isLower(p) || !r.wordIs(rules.WordSettingPrep, p) {
		return false
	}
	if _, _, cue := match(r, r.f.cues, p-1, p); cue {
		return false
	}
	m := r.mentionIn(r.span(spk[0], spk[1]))
	return m >= 0 && r.d.Entities[r.mentions[m].ent].Type == document.Org
}

// gerundHolder returns who speaks the gerund cue at token i right after
// speaker phrase spk when spk is the object of a preposition, the place or
// medium of an earlier verb ("was on CNN talking about", "wrote in a
// statement to Wired explaining why"): the subject of the sentence, else
// spk. The gerund may be a verb of effort before the cue ("in Philadelphia
// trying to underscore").
func (r *run) gerundHolder(s int, spk tokenSpan, i int) tokenSpan {
	p, g := spk[0]-1, spk[1]
	if g != i && !(g < i && r.wordIs(rules.WordPredicateLead, g)) {
		return spk
	}
	if p <= r.sents[s][0] || !r.endsWith(rules.WordGerundEnd, g) || !r.isLower(p) || !r.wordIs(rules.WordSettingPrep, p) {
		return spk
	}
	if sub, ok := r.sentenceSubject(s, p); ok && sub[1] < p && r.agent(sub) {
		return sub
	}
	return spk
}
