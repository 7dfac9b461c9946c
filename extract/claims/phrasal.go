package claims

import (
	"strings"

	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// phraseLexicon builds the phrase layer's lexicon, with the one-word verb
// cues of the attribution rules and the inflections of their lemmas as verbs.
func phraseLexicon(set *rules.Set) *phr.Lexicon {
	lex := phr.New(set)
	for _, r := range set.Attributions() {
		if r.Nominal || r.Rebuttal || r.Source || r.Passive || r.Perspective {
			continue
		}
		lex.AddVerbs(r.Cues)
		for _, l := range r.Lemmas {
			base, _, _ := strings.Cut(l, " ")
			lex.AddVerbs(inflections(base))
		}
	}
	return lex
}

// phrasesOf returns the phrase structure of sentence s, parsed once.
func (r *run) phrasesOf(s int) *phr.Parse {
	if r.phraseSent != s+1 {
		a, b := r.sents[s][0], r.sents[s][1]
		toks := r.toks[a:b]
		if b > a+1 && r.headline(a+1) {
			toks = r.headlineTokens(a, b)
		}
		r.f.lex.ParseClassed(toks, func(i int) phr.Class { return r.spellingClass(a + i) }, &r.phrases)
		r.phraseSent = s + 1
	}
	return &r.phrases
}

// headlineTokens returns tokens [a, b) of a title-case sentence with the
// words the phrase lexicon knows in lower case, so that its verbs and
// function words read as such and not as names ("New Polls Show Gaps").
func (r *run) headlineTokens(a, b int) []document.Token {
	r.headToks = append(r.headToks[:0], r.toks[a:b]...)
	for i := range r.headToks {
		if i > 0 && r.spellingClass(a+i) != 0 {
			r.headToks[i].Text = r.lower(a + i)
		}
	}
	return r.headToks
}

// activeCue returns the parse of sentence s, the sentence's first token and
// the chunk of the active verb group whose head is cue token i; it reports
// false when token i heads no such group.
func (r *run) activeCue(s, i int) (p *phr.Parse, a, ci int, ok bool) {
	a = r.sents[s][0]
	p = r.phrasesOf(s)
	ci = p.ChunkOf[i-a]
	if ci < 0 || p.Chunks[ci].Kind != phr.VerbGroup || p.Chunks[ci].Head != i-a || p.Chunks[ci].Passive {
		return p, a, ci, false
	}
	return p, a, ci, true
}

// complement reads a cue of a complement rule at tokens [i, j) as "subject
// noun phrase, verb group, complement".
func (r *run) complement(s, i, j, limit int, ac *attrCue) bool {
	if r.evidenceParticiple(s, i, j, limit, ac) {
		return true
	}
	p, a, ci, ok := r.activeCue(s, i)
	if !ok {
		return false
	}
	vg := p.Chunks[ci]
	if a+vg.End >= limit {
		return false
	}
	spk, ok := r.complementSubject(p, a, ci)
	if !ok || r.nounAfterNoun(spk, i, j) {
		return false // "a talk show host"
	}
	c := vg.End
	if x := r.thatPastAside(a+c, r.sents[s][1]); x > 0 {
		_, ok = r.addContent(document.Reported, spk, x, limit, i, j, ac)
		return ok // "have found, again and again, that ..."
	}
	switch {
	case isThat(p, c):
		c++
	case p.Classes[c].Has(phr.Reflexive):
		return false
	case p.ChunkOf[c] < 0 || p.Chunks[p.ChunkOf[c]].Kind != phr.NounPhrase:
		if !r.quantifier(a+c) && !r.clauseAt(a+c) {
			return false // "most of the hours logged were ..." opens a phrase the chunks miss
		}
	case p.Classes[c].Has(phr.Pronoun) && !verbAfter(p, p.ChunkOf[c]):
		return false // an object, not content: "found it difficult", "showed me"
	}
	_, ok = r.addContent(document.Reported, spk, a+c, limit, i, j, ac)
	return ok
}

// maxCompoundSubject is the most tokens of a short subject whose last
// noun may make a compound with a cue in its base form after it.
const maxCompoundSubject = 3

// nounAfterNoun reports whether the one-word cue at token i, in its base
// form, ends a compound noun with the short subject spk before it: a
// lower-case singular noun right before it ("a talk show host", "the radio
// show"), where a verb in its base form would follow a plural, a pronoun or
// an auxiliary ("polls show", "they show").
func (r *run) nounAfterNoun(spk tokenSpan, i, j int) bool {
	if j != i+1 || spk[1] != i || spk[1]-spk[0] > maxCompoundSubject || r.endsWith(rules.WordPluralEnd, i) || r.wordClass(i).Has(phr.Participle|phr.Gerund) {
		return false
	}
	k := i - 1
	return r.isLower(k) && r.wordClass(k) == 0 && !r.endsWith(rules.WordPluralEnd, k)
}

// complementSubject returns the subject of the complement cue heading verb
// group ci: the phrase layer's noun phrase before it, else the speaker
// phrase read back over appositives ("A Fox News poll, conducted with ...,
// shows") when it names a finding.
func (r *run) complementSubject(p *phr.Parse, a, ci int) (tokenSpan, bool) {
	if subj, ok := subjectOf(p, ci); ok {
		return tokenSpan{a + subj[0], a + subj[1]}, true
	}
	spk, ok := r.speakerBefore(a+p.Chunks[ci].Head, a)
	return spk, ok && r.evidenceSource(spk)
}

// evidenceParticiple reads an evidence cue in the participle right after the
// noun of a finding ("recent polls showing a tightening of the race",
// "ledgers showing he was paid"), or after the noun and a relative "that"
// ("polls that show him ahead"): the finding's phrase is the source, and
// the content runs from the cue to the next comma.
func (r *run) evidenceParticiple(s, i, j, limit int, ac *attrCue) bool {
	a := r.sents[s][0]
	head := i - 1
	if !r.endsWith(rules.WordGerundEnd, i) {
		head = i - 2
		if head < a || !r.isLower(i-1) || !r.wordIs(rules.WordComplementizer, i-1) {
			return false
		}
	}
	if head < a || !r.word(rules.WordEvidenceNoun, head) {
		return false
	}
	ns := r.npBack(head, a)
	if ns < head && r.wordClass(ns).Has(phr.Preposition|phr.Subordinator) {
		ns++ // "Despite polls showing ..."
	}
	if ns > head || !r.validNP(ns, head+1) {
		return false
	}
	e := j
	for e < limit && !(r.is(e, ",;") && r.quoteOf[e] < 0) {
		e++
	}
	_, ok := r.addContent(document.Reported, tokenSpan{ns, head + 1}, j, e, i, j, ac)
	return ok
}

// subjectOf returns the tokens of the noun phrase before verb group ci in
// its clause, with the phrases that hang on it by a preposition ("a poll of
// likely voters"), and the index of its head chunk.
func subjectOf(p *phr.Parse, ci int) ([3]int, bool) {
	vg := p.Chunks[ci]
	k := ci - 1
	if k < 0 || p.Chunks[k].Kind != phr.NounPhrase || p.Chunks[k].End != vg.Start || p.Chunks[k].Clause != vg.Clause {
		return [3]int{}, false
	}
	end := p.Chunks[k].End
	for k > 0 {
		prev := p.Chunks[k-1]
		if prev.Kind != phr.NounPhrase || prev.Clause != vg.Clause || prev.End+1 != p.Chunks[k].Start ||
			!p.Classes[prev.End].Has(phr.Preposition) {
			break
		}
		k--
	}
	return [3]int{p.Chunks[k].Start, end, k}, true
}

// isThat reports whether token k is the subordinator that opens a content
// clauseStart returns the token where a clause complement opens at token c of
// a sentence's parse: after a complementizer, or at a noun phrase a verb
// follows. It reports false when no clause opens there or c reaches limit.
func clauseStart(p *phr.Parse, c, limit int) (int, bool) {
	switch {
	case c >= limit:
		return 0, false
	case isThat(p, c):
		return c + 1, true
	case p.ChunkOf[c] < 0 || p.Chunks[p.ChunkOf[c]].Kind != phr.NounPhrase || !verbAfter(p, p.ChunkOf[c]):
		return 0, false
	}
	return c, true
}

// clause.
func isThat(p *phr.Parse, k int) bool {
	return p.Classes[k].Has(phr.Subordinator) && p.Clauses[clauseOf(p, k)].Opener == k && !p.Classes[k].Has(phr.Preposition|phr.Adverb)
}

// clauseOf returns the clause holding token k.
func clauseOf(p *phr.Parse, k int) int {
	lo, hi := 0, len(p.Clauses)
	for lo+1 < hi {
		m := (lo + hi) / 2
		if p.Clauses[m].Start <= k {
			lo = m
		} else {
			hi = m
		}
	}
	return lo
}

// verbAfter reports whether a verb group follows chunk ci directly, making it
// the subject of a clause.
func verbAfter(p *phr.Parse, ci int) bool {
	return ci+1 < len(p.Chunks) && p.Chunks[ci+1].Kind == phr.VerbGroup && p.Chunks[ci+1].Start == p.Chunks[ci].End
}

// maxApposed is the most clauses an apposition may run over between a subject
// and its verb, as when a name is followed by a role and a place.
const maxApposed = 4

// apposed reads a cue whose subject stands before commas that set off an
// apposition or a parenthetical: the speaker is the noun phrase that opens
// the first of those clauses, the content what follows the verb group.
func (r *run) apposed(s, i, j, limit int, ac *attrCue) bool {
	p, a, ci, ok := r.activeCue(s, i)
	if !ok {
		return false
	}
	np, ok := apposedSubject(p, ci)
	if !ok {
		return false
	}
	c, ok := clauseStart(p, p.Chunks[ci].End, limit-a)
	if !ok {
		return false // only a clause is said: "... said she could not"
	}
	_, ok = r.addContent(document.Reported, tokenSpan{a + p.Chunks[np].Start, a + p.Chunks[np].End}, a+c, limit, i, j, ac)
	return ok
}

// apposedSubject returns the noun-phrase chunk that opens the first of the
// clauses set off by commas before verb group ci, the subject an apposition
// or a parenthetical separates from its verb; it reports false when the verb
// does not open such a clause or the noun phrase is a verb's object.
func apposedSubject(p *phr.Parse, ci int) (int, bool) {
	vg := p.Chunks[ci]
	cl := p.Clauses[vg.Clause]
	if cl.By != phr.Punctuation || cl.Opener+1 != vg.Start || vg.Clause == 0 {
		return 0, false
	}
	k := vg.Clause - 1
	for ; k > 0 && vg.Clause-k < maxApposed && p.Clauses[k].By == phr.Punctuation; k-- {
	}
	first := p.Clauses[k]
	start := first.Start
	if first.Opener >= 0 {
		start++
	}
	np := p.ChunkOf[start]
	if np < 0 || p.Chunks[np].Kind != phr.NounPhrase || p.Chunks[np].Start != start {
		return 0, false
	}
	for x := np; x < ci; x++ {
		if p.Chunks[x].Kind == phr.VerbGroup && p.Chunks[x].Clause == k {
			return 0, false // the noun phrase is an object of a verb before it
		}
	}
	return np, true
}

// verbGroupAt reports whether a verb group starts at token k of sentence s.
func (r *run) verbGroupAt(s, k int) bool {
	p := r.phrasesOf(s)
	ci := p.ChunkOf[k-r.sents[s][0]]
	return ci >= 0 && p.Chunks[ci].Kind == phr.VerbGroup && p.Chunks[ci].Start == k-r.sents[s][0]
}

// coordinatedVerb reads a cue whose verb group opens a clause after a
// coordinator, sharing the subject of the verb before it: its content is a
// clause, or the object after the cue ("... visited the mine and criticized
// the owners"); the content of a cue before it ends at the coordinator. A
// stance that needs an agent takes only an agentive subject.
func (r *run) coordinatedVerb(s, i, j, limit int, ac *attrCue) bool {
	p, a, ci, ok := r.activeCue(s, i)
	if !ok {
		return false
	}
	vg := p.Chunks[ci]
	subj, ok := coordinatedSubject(p, ci)
	spk := tokenSpan{a + subj[0], a + subj[1]}
	if !ok || ac.rule.Agent && !r.agent(spk) {
		return false
	}
	k := -1
	if c, ok := clauseStart(p, vg.End, limit-a); ok {
		k, _ = r.addContent(document.Reported, spk, a+c, limit, i, j, ac)
	} else if c := r.contentStart(a+vg.End, r.sents[s][1], ac.rule.Object); c >= 0 && c < limit {
		k, _ = r.addObjectOrContent(spk, c, limit, r.sents[s][1], i, j, ac)
	}
	if k < 0 {
		return false
	}
	r.drafts[k].joinAt = a + p.Clauses[vg.Clause].Opener + 1 // the content before ends at the coordinator
	return true
}

// coordinatedSubject returns the subject that verb group ci shares with
// the verb before it when a coordinator opens ci's clause, or a comma does
// in a series of verbs: "Holt visited the mine and criticized the owners".
func coordinatedSubject(p *phr.Parse, ci int) ([3]int, bool) {
	if ci < 1 {
		return [3]int{}, false // a verb that opens the sentence follows no other
	}
	vg := p.Chunks[ci]
	cl := p.Clauses[vg.Clause]
	if cl.Opener+1 != vg.Start || cl.By != phr.Coordinator && !(cl.By == phr.Punctuation && p.Tokens[cl.Opener].Text == "," && verbSeriesAfter(p, vg.Clause)) {
		return [3]int{}, false
	}
	prev := ci - 1
	for prev >= 0 && (p.Chunks[prev].Kind != phr.VerbGroup || reducedRelative(p, prev)) {
		prev--
	}
	if prev < 0 {
		return [3]int{}, false
	}
	if p.Chunks[prev].Clause != vg.Clause-1 {
		prev = 0 // a clause between: the verbs share the sentence's subject
	}
	return sharedSubject(p, prev)
}

// reducedRelative reports whether verb group ci is a bare participle right
// after the object of an earlier verb of its clause, a relative clause cut
// short ("met relatives of the people killed on Thursday"), not a verb the
// clause's subject does.
func reducedRelative(p *phr.Parse, ci int) bool {
	vg := p.Chunks[ci]
	if vg.Head != vg.Start || vg.End != vg.Start+1 || !p.Classes[vg.Head].Has(phr.Participle) || ci < 2 {
		return false
	}
	np := p.Chunks[ci-1]
	if np.Kind != phr.NounPhrase || np.End != vg.Start {
		return false
	}
	for k := ci - 2; k >= 0 && p.Chunks[k].Clause == vg.Clause; k-- {
		if p.Chunks[k].Kind == phr.VerbGroup {
			return true
		}
	}
	return false
}

// verbSeriesAfter reports whether a clause after clause k opens with a
// coordinator right before a verb group: the clauses between are verbs of
// one series ("speculated about X, referred to Y and considered Z").
func verbSeriesAfter(p *phr.Parse, k int) bool {
	for c := k + 1; c < len(p.Clauses); c++ {
		cl := p.Clauses[c]
		if cl.By != phr.Coordinator && cl.By != phr.Punctuation {
			return false
		}
		if cl.By == phr.Coordinator {
			ci := p.ChunkOf[min(cl.Opener+1, len(p.ChunkOf)-1)]
			return ci >= 0 && p.Chunks[ci].Kind == phr.VerbGroup && p.Chunks[ci].Start == cl.Opener+1
		}
	}
	return false
}

// sharedSubject returns the subject a coordinated verb shares with the verb
// group prev of the clause before it: prev's own subject, or the noun phrase
// that opens the sentence before the first verb, next to it or set off by an
// apposition. With prev 0 only the sentence's opening subject is read.
func sharedSubject(p *phr.Parse, prev int) ([3]int, bool) {
	if prev > 0 {
		if subj, ok := subjectOf(p, prev); ok {
			return subj, true
		}
	}
	first := 0
	for first < len(p.Chunks) && p.Chunks[first].Kind != phr.VerbGroup {
		first++
	}
	if first == len(p.Chunks) {
		return [3]int{}, false
	}
	if subj, ok := subjectOf(p, first); ok && subj[0] == 0 {
		return subj, true
	}
	if np, ok := apposedSubject(p, first); ok && p.Chunks[np].Start == 0 {
		return [3]int{p.Chunks[np].Start, p.Chunks[np].End, np}, true
	}
	return [3]int{}, false
}

// subjectSpeech reads a speech cue that heads a verb group right after its
// subject noun phrase, past the adverbs and auxiliaries the word frames do
// not cross: "the senator has repeatedly said that ...".
func (r *run) subjectSpeech(s, i, j, limit int, ac *attrCue) bool {
	p, a, ci, ok := r.activeCue(s, i)
	if !ok {
		return false
	}
	subj, ok := subjectOf(p, ci)
	if !ok || p.Classes[subj[0]].Has(phr.Pronoun) && subj[1]-subj[0] == 1 {
		return false // a pronoun subject is the word frames' to resolve
	}
	c, ok := clauseStart(p, p.Chunks[ci].End, limit-a)
	if !ok {
		return false
	}
	_, ok = r.addContent(document.Reported, tokenSpan{a + subj[0], a + subj[1]}, a+c, limit, i, j, ac)
	return ok
}

// nounPhraseEnd returns the end of the noun phrase the phrase layer reads
// from token k, before limit, or k when none starts there.
func (r *run) nounPhraseEnd(k, limit int) int {
	s := r.sentOf(k)
	if s < 0 {
		return k
	}
	p, a := r.phrasesOf(s), r.sents[s][0]
	x := p.ChunkOf[k-a]
	if x < 0 || p.Chunks[x].Kind != phr.NounPhrase || a+p.Chunks[x].Start != k {
		return k
	}
	return min(a+p.Chunks[x].End, limit)
}
