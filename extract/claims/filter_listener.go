package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// listenerRule is the id of the rule whose cues take a listener.
const listenerRule = "attribution.listener"

// dropListenerOnly drops the contents of the drafts of sentence s (from
// first on) whose cue takes a listener and whose content is only that
// listener, with at most adjuncts of time and place after it: "..., the
// source told the Post.", "X told a Senate panel Wednesday". The listener
// heard the words, it is not what was said; the words are a quotation or
// clause elsewhere in the sentence, or not given at all.
func (r *run) dropListenerOnly(s, first int) {
	for k := first; k < len(r.drafts); k++ {
		d := &r.drafts[k]
		if d.rule != listenerRule || d.region >= 0 || d.content.Len() <= 0 || d.content.Start < d.cueSpan.End {
			continue
		}
		c, e := r.tokenAt(d.content.Start), r.tokenAt(d.content.End-1)+1
		if c == 0 || r.toks[c-1].End != d.cueSpan.End || r.sentOf(c) != s || e > r.sents[s][1] {
			continue // a "that", a colon or a quotation opens the content
		}
		if r.onlyListener(s, c, e) {
			d.content.End = d.content.Start // no claim of its own
		}
	}
}

// onlyListener reports whether tokens [c, e) of sentence s are a noun phrase
// naming someone, with at most an adjunct after it that a preposition, an
// adverb or a time phrase opens, and no verb group, clause opener or
// particle introducing what the listener was told of ("accused Smith of").
func (r *run) onlyListener(s, c, e int) bool {
	p, a := r.phrasesOf(s), r.sents[s][0]
	ci := p.ChunkOf[c-a]
	if ci < 0 || p.Chunks[ci].Kind != phr.NounPhrase || p.Chunks[ci].Start != c-a {
		return false
	}
	end := a + p.Chunks[ci].End
	if !r.agent(tokenSpan{c, end}) {
		return false // a message as the object: "told a different story"
	}
	if end < e && !p.Classes[end-a].Has(phr.Preposition|phr.Adverb) && r.pastTime(end, e) == end {
		return false // a second noun phrase: "told the AP his firm ..."
	}
	for t := end; t < e; t++ {
		if r.quoteOf[t] >= 0 || r.is(t, ":") || r.wordIs(rules.WordListenerParticle, t) ||
			r.wordIs(rules.WordComplementizer, t) || r.wordIs(rules.WordInfinitive, t) {
			return false
		}
		if x := p.ChunkOf[t-a]; x >= 0 && p.Chunks[x].Kind == phr.VerbGroup {
			return false
		}
	}
	return true
}
