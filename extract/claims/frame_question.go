package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// ruleQuestion names the rule of claims read as questions.
const ruleQuestion = "claimword.question-verbs"

// questions reads the questions put to someone in sentence s that no frame
// of the sentence (drafts from first on) has read: a participle that opens
// the sentence ("Asked about the merger, ...") or a subordinator ("When asked
// whether ...", "he said when asked about ...") or
// a passive one ("Sanders was asked whether ..."), then, past adjuncts ("at
// a briefing Monday"), "about" or a question word. The content is
// the matter asked about (see questionEnd). The one who asks is the
// claimant when named after the cue ("asked by a reporter whether ...").
func (r *run) questions(s, first int) {
	a, b := r.sents[s][0], r.sents[s][1]
	for i := a; i+2 < b; i++ {
		if r.quoteOf[i] >= 0 || !r.wordIs(rules.WordQuestionVerb, i) {
			continue
		}
		cue := i
		switch {
		case r.isCap(i) && r.words(a, i) == 0:
		case i > a && r.isLower(i) && r.word(rules.WordPassiveAux, i-1):
			cue = i - 1
		case i > a && r.isLower(i) && r.wordClass(i-1).Has(phr.Subordinator) && r.quoteOf[i-1] < 0:
			// A subordinator and the bare participle, opening the sentence or
			// after a frame: "When asked whether ...", "he said when asked about".
		default:
			continue
		}
		asker, _ := r.byAgent(i+1, b)
		k := r.skipAdjuncts(r.phrasesOf(s), a, max(i+1, asker[1]), b, r.questionOpens)
		matter := r.wordIs(rules.WordQuestionPart, k)
		if !r.isLower(k) || !matter && !r.wordIs(rules.WordQuestionWord, k) && !r.wordIs(rules.WordQuestionPron, k) {
			continue
		}
		if r.readFrom(first, k) {
			continue
		}
		if c, e := r.trimContent(k, r.questionEnd(k, b, matter)); r.words(c, e) >= 2 {
			r.add(document.Reported, asker, r.span(c, e), cue, i+1, ruleQuestion, -1, false)
		}
	}
}

// questionOpens reports whether token k opens the matter of a question:
// "about" or a question word.
func (r *run) questionOpens(k int) bool {
	return r.wordIs(rules.WordQuestionPart, k) || r.wordIs(rules.WordQuestionWord, k) || r.wordIs(rules.WordQuestionPron, k)
}

// questionEnd returns the token that ends a question opening at token k of a
// sentence ending at b: the next comma, semicolon or colon, or for a noun
// phrase (matter) also a time clause after it ("about the vote during the
// debate").
func (r *run) questionEnd(k, b int, matter bool) int {
	e := k + 1
	for e < b && !r.is(e, ",;:") {
		if matter && e > k+1 && r.word(rules.WordTimeClause, e) {
			break
		}
		e++
	}
	return e
}

// readFrom reports whether a draft from first on holds token k in its content.
func (r *run) readFrom(first, k int) bool {
	at := r.toks[k].Start
	for d := first; d < len(r.drafts); d++ {
		if c := r.drafts[d].content; c.Start <= at && at < c.End {
			return true
		}
	}
	return false
}
