package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// endRelativeContents ends the contents of sentence s's drafts (from first
// on) whose cue speaks inside a relative clause set off by commas ("Maria
// Holt, who has endorsed Ruiz, was able to raise ..."): at the comma
// that closes the clause, where the main clause's verb group resumes. The
// words after that comma say what the relative pronoun's head did, not
// what the clause's cue is about.
func (r *run) endRelativeContents(s, first int) {
	a, b := r.sents[s][0], r.sents[s][1]
	for k := first; k < len(r.drafts); k++ {
		d := &r.drafts[k]
		if d.region >= 0 || d.cueSpan.Len() <= 0 || d.content.Len() <= 0 || d.content.Start < d.cueSpan.End {
			continue
		}
		i := r.tokenAt(d.cueSpan.Start)
		if r.sentOf(i) != s || !r.inRelativeClause(i, a) {
			continue
		}
		c, e := r.tokenAt(d.content.Start), r.tokenAt(d.content.End-1)+1
		if x := r.mainVerbAfterComma(s, c, min(e, b)); x > c {
			if c, x = r.trimContent(c, x); r.words(c, x) >= 1 {
				d.content = r.span(c, x)
			}
		}
	}
}

// inRelativeClause reports whether the cue at token i, past auxiliaries and
// adverbs, follows a relative pronoun right after a comma: ", who has
// endorsed", ", which found".
func (r *run) inRelativeClause(i, a int) bool {
	k := r.skipAuxBack(i-1, a)
	return k-1 >= a && r.isLower(k) && r.wordIs(rules.WordRelativePronoun, k) && r.is(k-1, ",")
}

// mainVerbAfterComma returns the first comma in tokens [c, e), outside
// quotation marks, that a verb group follows straight away in sentence s's
// parse, or -1. A quotation that closes the clause with its comma inside
// ("would “hurt the people,” praised ...") ends there: the token after
// its closing mark is returned.
func (r *run) mainVerbAfterComma(s, c, e int) int {
	p, a := r.phrasesOf(s), r.sents[s][0]
	for t := c + 1; t+1 < e; t++ {
		end := t
		switch {
		case r.is(t, ",") && r.quoteOf[t] < 0:
		case r.isClose(t) && r.is(t-1, ","):
			end = t + 1
		default:
			continue
		}
		ci := p.ChunkOf[t+1-a]
		if ci >= 0 && p.Chunks[ci].Kind == phr.VerbGroup && p.Chunks[ci].Start == t+1-a && r.isLower(t+1) {
			return end
		}
	}
	return -1
}
