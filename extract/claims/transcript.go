package claims

import (
	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// labels reads interview transcripts: a paragraph that opens with an
// upper-case name and a colon, when the same label opens at least two
// paragraphs, is a quote of that speaker up to the end of the paragraph. The
// colon must be a cue of a named rule (attribution.headline). An answer
// label ("A:") stands for the person interviewed.
func (r *run) labels() {
	type label struct{ first, colon, end int }
	var found []label
	count := map[string]int{}
	for _, p := range r.d.Paragraphs {
		t := r.tokenAt(p.Start)
		if t < len(r.toks) && !r.isWord(t) && (r.isOpen(t) || r.f.toggles[r.toks[t].Text]) {
			t++ // a paragraph quoted whole: "\"PENCE: ..."
		}
		e := t
		for e < len(r.toks) && e < t+labelWords && r.upperWord(e) {
			e++
		}
		if e == t || e >= len(r.toks) || !r.is(e, ":") || r.toks[e].End > p.End {
			continue
		}
		found = append(found, label{t, e, r.tokenAt(p.End)})
		count[r.text[r.toks[t].Start:r.toks[e-1].End]]++
	}
	interviewee := noMention // the person interviewed, found at the first answer
	start := -1              // where the transcript starts: its first label that recurs
	for _, l := range found {
		if count[r.text[r.toks[l.first].Start:r.toks[l.colon-1].End]] < 2 {
			continue
		}
		if start < 0 {
			start = r.toks[l.first].Start
		}
		ac, j, ok := match(r, r.f.cues, l.colon, l.colon+1)
		if !ok || !ac.rule.Named || j >= l.end {
			continue
		}
		c, e := r.trimContent(j, l.end)
		for e > c && (r.isClose(e-1) || r.f.toggles[r.toks[e-1].Text]) {
			e--
		}
		if r.words(c, e) == 0 {
			continue
		}
		k := r.add(document.Quote, tokenSpan{l.first, l.colon}, r.span(c, e), l.colon, j, ac.id, -1, false)
		if l.colon == l.first+1 && r.wordIs(rules.WordInterviewAnswer, l.first) {
			if interviewee == noMention {
				interviewee = r.interviewee(start)
			}
			r.answeredBy(k, interviewee)
		}
		r.markClaimed(r.span(l.first, e))
		if q := r.quoteOf[l.first]; q >= 0 && r.quotes[q].claim < 0 {
			r.quotes[q].claim = k // the quotation marks around the whole answer
		}
	}
}

// answeredBy gives draft k, an answer of a transcript, to the person
// interviewed, mention m, when the article names one (m >= 0).
func (r *run) answeredBy(k, m int) {
	if m < 0 {
		return
	}
	r.drafts[k].claimant = r.entityClaimant(m)
	r.drafts[k].resolved = true
}

// noMention marks a mention index not looked up yet.
const noMention = -2

// interviewee returns the first mention of the person named most often
// before off, where a transcript starts: its introduction is about the
// person interviewed ("Q&A with Vice President Joe Biden"). It returns -1
// when no person is named there.
func (r *run) interviewee(off int) int {
	count := map[int]int{}
	first := map[int]int{}
	best := -1
	for k, m := range r.mentions {
		if m.Start >= off {
			break
		}
		if r.d.Entities[m.ent].Type != document.Person {
			continue
		}
		if _, ok := first[m.ent]; !ok {
			first[m.ent] = k
		}
		count[m.ent]++
		if best < 0 || count[m.ent] > count[r.mentions[best].ent] {
			best = first[m.ent]
		}
	}
	return best
}
