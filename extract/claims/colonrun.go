package claims

import "github.com/claimex/claimex/document"

// maxColonCueWords is the most lower-case words of a cue before a colon
// ("went on to say:").
const maxColonCueWords = 3

// colonRuns carries reported speech introduced by a colon past its first
// sentence: after "The governor added: It's typical of her." the rest of the
// paragraph is the governor's too, sentence by sentence, until a sentence
// that holds a quotation or a speech cue of its own. The claims take the
// first claim's claimant.
func (r *run) colonRuns() {
	n := len(r.drafts)
	for x := 0; x < n; x++ {
		d := r.drafts[x]
		if d.kind != document.Reported && d.kind != document.Commitment || d.cueSpan.Len() == 0 || d.speaker.empty() {
			continue
		}
		c := r.tokenAt(d.content.Start)
		if c < 1 || c >= len(r.toks) || !r.is(c-1, ":") || r.sentOf(c) < 0 {
			continue
		}
		s := r.sentOf(c)
		last := r.sents[s][1] - 1
		for last > c && !r.isWord(last) {
			last--
		}
		if d.content.End < r.toks[last].End {
			continue // the content stops inside its sentence
		}
		p := r.paragraphAt(r.toks[c].Start)
		if p < 0 {
			continue
		}
		for s2 := s + 1; s2 < len(r.sents) && r.sents[s2][0] < len(r.toks) && r.toks[r.sents[s2][0]].Start < r.d.Paragraphs[p].End; s2++ {
			a, b := r.sents[s2][0], r.sents[s2][1]
			if r.quoteIn(a, b) || r.sentHasSpeech(s2) {
				break
			}
			x0, y0 := r.trimContent(a, b)
			if r.words(x0, y0) < 3 {
				break
			}
			k := r.add(document.Reported, d.speaker, r.span(x0, y0), -1, -1, d.rule, -1, d.hedged)
			r.drafts[k].inherit = x
			r.drafts[k].cue = d.cue
			r.claimed[s2] = true
		}
	}
}

// paragraphAt returns the paragraph holding byte offset off, or -1.
func (r *run) paragraphAt(off int) int {
	for i, p := range r.d.Paragraphs {
		if p.Start <= off && off < p.End {
			return i
		}
	}
	return -1
}

// sentHasSpeech reports whether a draft of speech (a rule that may follow
// its content, such as "said") has its cue in sentence s: a new speaker
// takes the floor there.
func (r *run) sentHasSpeech(s int) bool {
	lo, hi := r.toks[r.sents[s][0]].Start, r.toks[r.sents[s][1]-1].End
	for i := range r.drafts {
		d := &r.drafts[i]
		if d.cueSpan.Len() > 0 && d.cueSpan.Start >= lo && d.cueSpan.End <= hi {
			if ac, _, ok := match(r, r.f.cues, r.tokenAt(d.cueSpan.Start), r.sents[s][1]); ok && (ac.rule.After || ac.rule.Inverted) {
				return true
			}
		}
	}
	return false
}

// blockQuotes reads a paragraph that ends with a speaker, a cue and a colon
// ("The governor added:") as introducing the next paragraph, a quotation set
// off without quotation marks: each of its sentences is the speaker's.
func (r *run) blockQuotes() {
	ps := r.d.Paragraphs
	for pi := 0; pi+1 < len(ps); pi++ {
		e := r.tokenAt(ps[pi].End) - 1
		if e < 1 || e >= len(r.toks) || !r.is(e, ":") || r.sentOf(e) < 0 {
			continue
		}
		s := r.sentOf(e)
		a := r.sents[s][0]
		i := e - 1
		for i > a && r.isWord(i-1) && r.isLower(i-1) && e-i < maxColonCueWords {
			i-- // "added:", "went on to say:"
		}
		var ac *attrCue
		for ; i < e; i++ {
			if c, j, ok := match(r, r.f.cues, i, e); ok && j == e && (c.rule.After || c.rule.Inverted) && r.cueOK(i, c) {
				ac = c
				break
			}
		}
		if ac == nil {
			continue
		}
		spk, ok := r.speakerBefore(i, a)
		if !ok {
			continue
		}
		first := -1
		for s2 := s + 1; s2 < len(r.sents) && r.toks[r.sents[s2][0]].Start < ps[pi+1].End; s2++ {
			x, y := r.trimContent(r.sents[s2][0], r.sents[s2][1])
			if r.quoteIn(x, y) || r.words(x, y) < 3 {
				break
			}
			var k int
			if first < 0 {
				k = r.add(document.Reported, spk, r.span(x, y), i, e, ac.id, -1, ac.rule.Hedged)
				first = k
			} else {
				k = r.add(document.Reported, spk, r.span(x, y), -1, -1, ac.id, -1, ac.rule.Hedged)
				r.drafts[k].inherit = first
				r.drafts[k].cue = r.drafts[first].cue
			}
			r.claimed[s2] = true
		}
	}
}
