package claims

import phr "github.com/claimex/claimex/extract/phrase"

// maxAdjuncts is the most adjunct phrases (a prepositional phrase, a time
// phrase) read between a cue and the bare clause that is its content.
const maxAdjuncts = 3

// adjunctClause returns the first token of a bare clause that follows the
// adjuncts of a cue from token k, before limit: "said in a statement Thursday
// night they ...", "said on Tuesday the company would ...". The adjuncts are
// prepositional phrases, each a preposition and one noun phrase, and time
// phrases; the clause is a noun phrase that a verb group follows, which may
// also come first ("believe this provides ..."). It returns -1 when no
// clause follows.
func (r *run) adjunctClause(k, limit int) int {
	s := r.sentOf(k)
	if s < 0 {
		return -1
	}
	a := r.sents[s][0]
	limit = min(limit, r.sents[s][1])
	p := r.phrasesOf(s)
	x := r.skipAdjuncts(p, a, k, limit, nil)
	if x >= limit {
		return -1
	}
	switch {
	case r.clauseOpensAt(p, a, x):
		return x
	case x == k && k+1 < limit && r.wordClass(k).Has(phr.Adverb) && r.clauseOpensAt(p, a, k+1):
		return k // an adverb on the subject's first word: "says too many boats are ..."
	case r.inOpeningClause(a, k):
		return -1
	case r.is(x, ",") && x+1 < limit && r.clauseOpensAt(p, a, x+1):
		return k // the adjuncts open the content's clause: "said after the vote, the council would ..."
	}
	return r.frontedAdjunct(p, a, k, limit)
}

// inOpeningClause reports whether token k lies in a subordinate clause or
// phrase (a subordinator, preposition or participle first) that opens the
// sentence from token a, before its first comma
// ("While the mayor hints at ..., the governor ..."): a clause after the
// next comma is then the sentence's main clause, not the cue's content.
func (r *run) inOpeningClause(a, k int) bool {
	if !r.wordClass(a).Has(phr.Subordinator | phr.Preposition | phr.Gerund | phr.Participle) {
		return false
	}
	for x := a + 1; x < k; x++ {
		if r.is(x, ",") {
			return false
		}
	}
	return true
}

// clauseOpensAt reports whether a noun phrase starts at token x of the
// sentence from token a, parsed as p, and a verb group follows it.
func (r *run) clauseOpensAt(p *phr.Parse, a, x int) bool {
	ci := p.ChunkOf[x-a]
	return ci >= 0 && p.Chunks[ci].Kind == phr.NounPhrase && p.Chunks[ci].Start == x-a && verbAfter(p, ci) && !r.gapped(p, a, ci+1)
}

// maxFrontedAdjunct is the most tokens of an adverbial phrase that opens a
// cue's content before a comma.
const maxFrontedAdjunct = 12

// frontedAdjunct returns token k when a short adverbial phrase from k, set
// off by a comma, opens a clause with a subject and a verb group: "says
// despite being an alumna, she plans to ...". It returns -1 otherwise.
func (r *run) frontedAdjunct(p *phr.Parse, a, k, limit int) int {
	for x := k + 1; x < limit && x <= k+maxFrontedAdjunct; x++ {
		if r.quoteOf[x] >= 0 || r.isOpen(x) || r.is(x, ";:.!?") {
			return -1
		}
		if r.is(x, ",") {
			if x+1 < limit && r.clauseOpensAt(p, a, x+1) {
				return k
			}
			return -1
		}
	}
	return -1
}

// skipAdjuncts returns the token after the adjuncts from token k of the
// sentence that starts at token a and whose parse is p, before limit: up to
// maxAdjuncts time phrases and prepositional phrases of a preposition and
// one noun phrase. A token for which stop holds ends the adjuncts.
func (r *run) skipAdjuncts(p *phr.Parse, a, k, limit int, stop func(int) bool) int {
	x := k
	for n := 0; n < maxAdjuncts && x < limit; n++ {
		if stop != nil && stop(x) {
			break
		}
		if y := r.pastTime(x, limit); y > x {
			x = y
			continue
		}
		if !p.Classes[x-a].Has(phr.Preposition) || p.Classes[x-a].Has(phr.Subordinator) || x+1 >= limit {
			break
		}
		ci := p.ChunkOf[x+1-a]
		if ci < 0 || p.Chunks[ci].Kind != phr.NounPhrase || p.Chunks[ci].Start != x+1-a {
			break
		}
		x = a + p.Chunks[ci].End
	}
	return x
}

// gapped reports whether verb group vg ends its clause with nothing after
// it, or only a preposition or a time phrase: its object is a noun before it,
// as in a relative clause without a pronoun ("in the cases it cited", "the
// talk he had last week"), which is no content of the cue.
func (r *run) gapped(p *phr.Parse, a, vg int) bool {
	e, b := p.Chunks[vg].End, a+len(p.Tokens)
	if e >= len(p.Tokens) || p.Chunks[vg].Clause != clauseOf(p, e) || p.Classes[e].Has(phr.Punctuation) {
		return !copular(p, vg) // "too many boats are moored." misses no object
	}
	for t := p.Chunks[vg].Start + 1; t <= e; t++ {
		if r.pastTime(a+t, b) > a+t {
			return true // a time phrase, which may close the verb group: "he had last week"
		}
	}
	return p.Classes[e].Has(phr.Preposition)
}

// copular reports whether verb group vg holds a form of "be", which takes
// no object: a passive or a copula before its complement.
func copular(p *phr.Parse, vg int) bool {
	for t := p.Chunks[vg].Start; t < p.Chunks[vg].End; t++ {
		if p.Classes[t].Has(phr.Be) {
			return true
		}
	}
	return false
}
