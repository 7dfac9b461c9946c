package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// Windows of the source reading.
const (
	maxSourceTokens = 25 // tokens of the source after "according to"
	maxDraftsBefore = 50 // claims of the sentence looked at for a via
)

// sourceCue is one "according to" frame: its sentence, the cue tokens
// [i, j) and their rule, the source phrase [j, e), and whether a comma,
// dash, parenthesis or quotation mark sets the cue off.
type sourceCue struct {
	s, i, j, e int
	ac         *attrCue
	setOff     bool
}

func (sc *sourceCue) speaker() tokenSpan { return tokenSpan{sc.j, sc.e} }

// sources reads "according to X" frames. After another frame in the same
// sentence, X is that claim's via ("he told journalists, according to
// Reuters"); otherwise X is the claimant of the content.
func (r *run) sources() {
	k := 0 // drafts made by the frame pass are in sentence order
	n := len(r.drafts)
	for s := range r.sents {
		a, b := r.sents[s][0], r.sents[s][1]
		for k < n && r.sentOfOff(r.drafts[k].order()) < s {
			k++
		}
		for i := a; i < b; i++ {
			if r.quoteOf[i] >= 0 || !r.isSourceAt(i, b) {
				continue
			}
			ac, j, _ := match(r, r.f.cues, i, b)
			e := r.sourceEnd(j, b)
			if e == j || r.words(j, e) == 0 || r.isPossessive(e-1) {
				continue
			}
			sc := &sourceCue{s: s, i: i, j: j, e: e, ac: ac, setOff: i > a && (r.is(i-1, ",—(") || r.isClose(i-1))}
			switch {
			case r.sourceOpens(i, a):
				if e < b && r.is(e, ",") {
					if _, ok := r.addContent(document.Reported, sc.speaker(), e+1, b, i, j, ac); ok {
						r.markClaimed(r.span(i, b))
					}
				}
			case sc.setOff || r.sourceCloses(i, e, a, b):
				via, within := r.viaOf(sc, k, n)
				if via && !within {
					continue
				}
				// The source also tells the whole clause before it, a
				// frame of its own included: "IS has called for attacks,
				// according to SITE".
				if !r.lateSource(sc) || via {
					continue
				}
			}
			i = e - 1
		}
	}
}

// viaOf makes the source of sc the via of the drafts before it in its
// sentence, drafts [k, n) of the frame pass, whose frame it tells of. It
// reports whether there was one, and whether each such frame, speaker and
// content, lies within the clause before the source.
func (r *run) viaOf(sc *sourceCue, k, n int) (via, within bool) {
	within = true
	for x := k; x < n && x < k+maxDraftsBefore && r.sentOfOff(r.drafts[x].order()) == sc.s; x++ {
		if dr := &r.drafts[x]; dr.cueSpan.End <= r.toks[sc.i].Start && dr.via == "" && !dr.speaker.empty() && r.sourceOf(dr, sc.s, sc.i) {
			dr.via = r.clean(r.span(sc.j, sc.e))
			if m := r.mentionIn(r.span(sc.j, sc.e)); m >= 0 {
				dr.via = r.d.Entities[r.mentions[m].ent].Name
			}
			r.endContentBefore(dr, sc.i) // "..., according to Reuters" is no content
			via = true
			within = within && dr.content.End <= r.toks[sc.i].Start && dr.speaker[1] <= sc.i && r.sentOfOff(dr.content.Start) == sc.s
		}
	}
	return via, within
}

// lateSource reads a source cue sc that follows words of its sentence: a
// quotation it closes, or the clause before it and the one it interrupts.
// It reports whether the reading passes over the source phrase.
func (r *run) lateSource(sc *sourceCue) bool {
	a, b := r.sents[sc.s][0], r.sents[sc.s][1]
	i, j, e, ac, spk := sc.i, sc.j, sc.e, sc.ac, sc.speaker()
	pre := i - 1
	if !sc.setOff {
		pre = i // no comma before the source: the clause ends at the cue
	}
	if q := r.closedBy(pre); q >= 0 || (r.is(pre, ",") && r.closedBy(pre-1) >= 0) {
		if q < 0 {
			q = r.closedBy(pre - 1)
		}
		if r.quotes[q].claim < 0 {
			r.add(document.Quote, spk, r.quotes[q].inner, i, j, ac.id, q, false)
		}
		return false
	}
	if sc.setOff && r.adjunctBeforeSource(sc.s, pre, e) {
		// "While ..., according to X, the forces have ...": the opening
		// adjunct sets the scene of the clause after it.
		if _, ok := r.addContent(document.Reported, spk, e+1, b, i, j, ac); ok {
			r.markClaimed(r.span(a, b))
		}
		return true
	}
	first := -1
	if r.words(a, pre) >= 2 {
		if d, ok := r.addContent(document.Reported, spk, a, pre, i, j, ac); ok {
			r.markClaimed(r.span(a, e))
			first = d
		}
	}
	if e+1 < b && r.is(e, ",") && r.words(e+1, b) >= 2 && r.sourceResumes(sc.s, e+1, b) {
		d, ok := r.addContent(document.Reported, spk, e+1, b, i, j, ac)
		if ok && first >= 0 && r.verbGroupAt(sc.s, e+1) && r.verbless(r.tokenAt(r.drafts[first].content.Start), pre) {
			r.joinMedial(first, d) // "His criticism, according to X, was ..."
		}
	}
	return true
}

// sourceEnd returns the end of the source phrase that starts at token j,
// before b: at punctuation or a quotation mark, past a quoted title the
// phrase names ("according to her “clawback” plan", "according to
// ”The Fixers” and other sources").
func (r *run) sourceEnd(j, b int) int {
	e := j
	for e < b && e < j+maxSourceTokens && (!r.is(e, ",;:.!?") || r.abbrevDot(e, b)) && !r.isClose(e) {
		if r.isOpen(e) {
			q := r.opensAt[e]
			if e == j || r.quotes[q].close < 0 || r.quotes[q].close >= b || r.quotes[q].close >= j+maxSourceTokens {
				break // a quotation after the cue is the content's
			}
			e = r.quotes[q].close
		}
		e++
	}
	return e
}

// sourceOf reports whether the source cue at token i of sentence s tells
// where draft d came from: d's content runs on to it ("he told journalists
// ..., according to Reuters"), or no other verb comes between d's frame and
// it (“...,” he told journalists, according to Reuters), and d does not lie
// in an opening phrase.
func (r *run) sourceOf(d *draft, s, i int) bool {
	if r.insideOpening(d, s, i) {
		return false
	}
	return r.words(r.tokenFrom(d.content.End), i) == 0 ||
		!r.lowerIn(r.tokenFrom(d.cueSpan.End), i, phr.Verb|phr.Participle|phr.Be|phr.Auxiliary|phr.Modal)
}

// insideOpening reports whether draft d of sentence s lies in the
// sentence's opening adjunct, which a comma closes before the source cue at
// token i: the source speaks for the main clause, not for a frame inside
// that phrase ("Despite X's call to ..., he remains ..., according to a
// poll").
func (r *run) insideOpening(d *draft, s, i int) bool {
	for c := r.tokenFrom(d.content.End); c < i-1; c++ {
		if r.is(c, ",") && r.quoteOf[c] < 0 {
			return r.openingAdjunct(s, c) >= 0
		}
	}
	return false
}

// adjunctBeforeSource reports whether the words of sentence s before the
// comma pre that sets off a source are an opening adjunct (a subordinate
// clause, a prepositional phrase), and after the source, ending at token e
// with a comma, a clause of the sentence's own goes on rather than the
// adjunct's predicate.
func (r *run) adjunctBeforeSource(s, pre, e int) bool {
	b := r.sents[s][1]
	if r.openingAdjunct(s, pre) < 0 || e+1 >= b || !r.is(e, ",") || r.words(e+1, b) < 2 || r.verbGroupAt(s, e+1) {
		return false
	}
	k := e + 1
	if r.isWord(k) && (r.wordIs(rules.WordRelativePronoun, k) || r.wordClass(k).Has(phr.Subordinator|phr.Coordinator)) {
		return false
	}
	return r.verbGroupIn(s, k, b) // not the source's apposition: "according to X, the grid operator"
}

// verbGroupIn reports whether a verb group of sentence s starts in tokens
// [k, e).
func (r *run) verbGroupIn(s, k, e int) bool {
	return r.verbGroupOpeningIn(s, k, e, 0)
}

// verbGroupOpeningIn is verbGroupIn for verb groups whose first word has
// none of the classes skip: skip Infinitive|Gerund finds a finite verb.
func (r *run) verbGroupOpeningIn(s, k, e int, skip phr.Class) bool {
	p, a := r.phrasesOf(s), r.sents[s][0]
	for _, c := range p.Chunks {
		if c.Kind == phr.VerbGroup && c.Start >= k-a && c.Start < e-a && !p.Classes[c.Start].Has(skip) {
			return true
		}
	}
	return false
}

// sourceOpens reports whether the source cue at token i opens its clause in
// the sentence starting at token a: first in the sentence, after an opener
// ("But according to"), an opener and a comma ("But, according to"), or a
// colon ("... unnoticed: According to recent polls, ...").
func (r *run) sourceOpens(i, a int) bool {
	switch {
	case i == a:
		return true
	case i-1 >= a && r.is(i-1, ":") && r.quoteOf[i-1] < 0:
		return true
	case i-1 >= a && r.is(i-1, ","):
		i-- // "But, according to"
	}
	return i == a+1 && r.isWord(a) && r.wordIs(rules.WordSourceOpener, a)
}

// sourceCloses reports whether the source cue at token i, with its source
// ending at token e, closes a clause of its own without a comma before it:
// "Clinton leads by 271 delegates according to a count by the AP."
func (r *run) sourceCloses(i, e, a, b int) bool {
	return i-1 > a && r.isWord(i-1) && r.words(a, i) >= minSourcedWords && (e >= b-1 || r.is(e, ",;"))
}

// minSourcedWords is the fewest words of a clause before a source cue
// that no comma sets off.
const minSourcedWords = 4

// sentOfOff returns the sentence holding byte offset off.
func (r *run) sentOfOff(off int) int { return r.sentenceAt(off) }
