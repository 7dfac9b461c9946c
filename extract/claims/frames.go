package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

// frames finds the attribution and commitment frames of sentence s. Frames
// whose speaker follows the content ("..., a source said.") are found first,
// so that the content of a frame before them ends where they start.
func (r *run) frames(s int) {
	a, b := r.sents[s][0], r.sents[s][1]
	first := len(r.drafts)
	var stops []int // tokens where a trailing frame starts
	used := map[int]bool{}
	for i := a; i < b; i++ {
		if r.quoteOf[i] >= 0 {
			continue
		}
		ac, j, ok := match(r, r.f.cues, i, b)
		if !ok || !r.cueOK(i, ac) {
			continue
		}
		if (ac.rule.After || ac.rule.Inverted) && !ac.rule.Source && !ac.rule.Passive {
			if pre, ok := r.afterFrame(s, i, j, ac); ok {
				stops = append(stops, pre)
				used[i] = true
			}
		}
		i = j - 1
	}
	sort.Ints(stops)
	for i := a; i < b; i++ {
		if r.quoteOf[i] >= 0 || used[i] {
			continue
		}
		for len(stops) > 0 && stops[0] <= i {
			stops = stops[1:]
		}
		limit := b
		if len(stops) > 0 {
			limit = stops[0]
		}
		if r.is(i, ",") {
			if j, ok := r.rebuttal(s, i, first); ok {
				i = j - 1
				continue
			}
		}
		if cc, j, ok := match(r, r.f.commits, i, b); ok && r.commitment(s, i, j, limit, cc) {
			i = j - 1
			continue
		}
		if nc, j, ok := match(r, r.f.nouns, i, b); ok && r.nominal(s, i, j, limit, nc) {
			i = j - 1
			continue
		}
		ac, j, ok := match(r, r.f.cues, i, b)
		if !ok || !r.cueOK(i, ac) {
			continue
		}
		if _, e, ok := match(r, r.f.hedges, i, b); ok && e > j {
			i = e - 1 // a hedge that starts with the cue: "asked not to be named"
			continue
		}
		switch {
		case ac.rule.Source:
		case ac.rule.Complement:
			r.complement(s, i, j, limit, ac)
		case ac.rule.Passive:
			r.passive(s, i, j, limit, ac)
		case ac.rule.Subject:
			r.unsourced(s, i, j, limit, ac)
		case ac.rule.Before:
			if !r.participle(s, i, j, limit, first, ac) && !r.prepParticiple(s, i, j, limit, ac) {
				n := len(r.drafts)
				if !r.beforeFrame(s, i, j, limit, first, ac) && len(r.drafts) == n && !ac.rule.Agent &&
					!r.apposed(s, i, j, limit, ac) && !r.coordinatedVerb(s, i, j, limit, ac) {
					r.subjectSpeech(s, i, j, limit, ac)
				}
			}
		}
		i = j - 1
	}
	r.cutAtSpeakers(first)
	for k := first; k < len(r.drafts); k++ {
		r.markClaimed(r.drafts[k].content)
		r.markClaimed(r.drafts[k].cueSpan)
	}
}

// cueOK reports whether the cue ac at token i is used as a cue: it is in
// lower case ("States" in "United States" is not "states"), and a base form
// follows an auxiliary, "to" or a plural subject.
func (r *run) cueOK(i int, ac *attrCue) bool {
	if ac.rule.Source || !r.isWord(i) {
		return true
	}
	if !r.isLower(i) && !r.headline(i) && !(ac.rule.Passive && r.sent[i] >= 0 && i == r.sents[r.sent[i]][0]) {
		return false
	}
	if i > 0 && strings.HasSuffix(r.low[i], "s") && (r.isWord(i-1) && unicode.IsDigit(rune(r.toks[i-1].Text[0])) || r.low[i-1] == "percentage" || r.low[i-1] == "basis") {
		return false // a noun after an amount: "3 percentage points to 9.2%"
	}
	if !ac.base || i == 0 {
		return true
	}
	p := r.low[i-1]
	if (strings.HasSuffix(p, "ly") || r.f.aux[p]) && r.isLower(i-1) {
		return true
	}
	switch p {
	case "to", "would", "will", "did", "do", "does", "can", "could", "may", "might", "should",
		"must", "not", "never", "i", "we", "they", "you", "also", "often", "still", "always":
		return true
	}
	if r.isWord(i-1) && strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") && !r.f.determ[p] {
		return true
	}
	if r.coordinatedNames(i) {
		return true
	}
	// After a name, a base form is a verb when a clause follows: "Analysts at
	// Macquarie Group believe prices could climb".
	return r.isCap(i-1) && r.sent[i] >= 0 && i-1 > r.sents[r.sent[i]][0] && r.clauseFollows(i+1)
}

// coordinatedNames reports whether names joined by "and", or a plural noun
// and "of" before a name, end just before token i: a plural subject after
// which a base form is a verb ("China and Russia support the government",
// "Trump and Clinton point out ...", "members of Congress echo ...").
func (r *run) coordinatedNames(i int) bool {
	s := r.sent[i]
	if s < 0 {
		return false
	}
	a := r.sents[s][0]
	k := i - 1
	for n := 0; n < 3 && k >= a && r.isWord(k) && r.isCap(k); n++ {
		k--
	}
	if k == i-1 || k-1 < a || !r.isLower(k) {
		return false
	}
	switch r.low[k] {
	case "and":
		return r.isWord(k-1) && r.isCap(k-1) && !r.f.determ[r.low[k-1]] && !r.f.boundary[r.low[k-1]]
	case "of":
		// A plural head before the name: "members of Congress echo her concerns".
		w := r.low[k-1]
		return r.isLower(k-1) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
			!strings.HasSuffix(w, "ics") && !r.f.boundary[w] && !r.f.aux[w] && !r.f.determ[w]
	}
	return false
}

// clauseFollows reports whether a clause starts at token k: "that", or a
// subject of up to three words followed by a modal or a form of "be" or "have".
func (r *run) clauseFollows(k int) bool {
	if k >= len(r.toks) || !r.isLower(k) && !r.isCap(k) {
		return false
	}
	if r.low[k] == "that" {
		return true
	}
	for t := k + 1; t < len(r.toks) && t <= k+3 && r.isWord(t); t++ {
		switch r.low[t] {
		case "could", "would", "will", "may", "might", "should", "can", "must", "is", "are", "was", "were", "has", "have", "had":
			return true
		}
	}
	return false
}

// headline reports whether token i is inside a title-case sentence, where a
// capitalized cue is still a cue ("Former White House Doctor Says ...").
func (r *run) headline(i int) bool {
	s := r.sent[i]
	if s < 0 || i == r.sents[s][0] {
		return false
	}
	if r.titles == nil {
		r.titles = make([]int8, len(r.sents))
	}
	if r.titles[s] == 0 {
		n, caps := 0, 0
		for k := r.sents[s][0]; k < r.sents[s][1]; k++ {
			if r.isWord(k) && len(r.toks[k].Text) > 3 {
				n++
				if r.isCap(k) {
					caps++
				}
			}
		}
		r.titles[s] = 2
		if n >= 3 && caps*10 >= n*8 {
			r.titles[s] = 1
		}
	}
	return r.titles[s] == 1
}

// add appends a draft and returns its index.
func (r *run) add(kind string, spk [2]int, content document.Span, i, j int, rule string, region int, hedged bool) int {
	d := draft{kind: kind, speaker: spk, inherit: -1, content: content, rule: rule, region: region, hedged: hedged}
	if i < j {
		d.cueSpan = r.span(i, j)
		d.cue = r.text[d.cueSpan.Start:d.cueSpan.End]
	}
	r.drafts = append(r.drafts, d)
	if region >= 0 && r.quotes[region].claim < 0 {
		r.quotes[region].claim = len(r.drafts) - 1
	}
	return len(r.drafts) - 1
}

// addContent adds a claim for content tokens [c, e): a quote when they are
// exactly one quotation, else reported speech (or a commitment when the content
// commits the speaker to an action).
func (r *run) addContent(kind string, spk [2]int, c, e, i, j int, ac *attrCue) (int, bool) {
	if q := r.quoteAt(c, e); q >= 0 {
		qe := r.quotes[q].close
		if qe < 0 || qe+1 >= e || r.words(qe+1, e) == 0 {
			return r.add(document.Quote, spk, r.quotes[q].inner, i, j, ac.id, q, ac.rule.Hedged), true
		}
	}
	c, e = r.trimContent(c, e)
	if r.words(c, e) < 2 {
		return -1, false
	}
	_, _, tentative := match(r, r.f.hedges, i, max(j, i+1))
	if kind == document.Reported && !tentative && !ac.rule.Hedged && r.commitsSpeaker(spk, c, e) {
		kind = document.Commitment
	}
	return r.add(kind, spk, r.span(c, e), i, j, ac.id, -1, ac.rule.Hedged), true
}

// afterFrame reads a frame whose content comes first: `"...," Hu said`,
// "..., a source said.", "..., said Hu." and "X, Hu said, is ...". It returns
// the token where the frame starts.
func (r *run) afterFrame(s, i, j int, ac *attrCue) (int, bool) {
	a, b := r.sents[s][0], r.sents[s][1]
	var spk [2]int
	pre, tail := -1, j
	as := false // "..., as a Homeland Security memo put it."
	if ac.rule.After {
		if sp, from, ok := r.speakerPhrase(i, a); ok && from-1 >= a && r.framePunct(from-1) {
			spk, pre = sp, from-1
		} else if ok && from-2 > a && r.low[from-1] == "as" && r.isLower(from-1) && r.framePunct(from-2) {
			spk, pre, as = sp, from-2, true
		} else if ok && from-2 > a && r.isLower(from-1) && r.speakerPrep(from-1) && r.isLower(from-2) && r.isWord(from-2) {
			// A speaker with a place or a body: "..., officials in Brussels said."
			if ns := r.npBack(from-2, a); ns <= from-2 && ns-1 >= a && r.framePunct(ns-1) && r.validNP(ns, from-1) && r.agent([2]int{ns, from - 1}) {
				spk, pre = [2]int{ns, sp[1]}, ns-1
			}
		}
	}
	sentenceSubject := false
	if _, from, ok := r.speakerPhrase(i, a); ok && from == a {
		sentenceSubject = true // "Ivanka Trump, the nominee's daughter, noted ..."
	}
	if pre < 0 && ac.rule.Inverted && !sentenceSubject && i-1 >= a && r.framePunct(i-1) {
		if e := r.npForward(j, b); e > j {
			spk, pre, tail = [2]int{j, e}, i-1, e
			// A name in apposition wins over a role: "said its director, Joanna Pike."
			if r.isLower(j) && e+1 < b && r.is(e, ",") {
				n := e + 1
				for n < b && (r.isWord(n) || r.is(n, ".-") && n+1 < b && r.isWord(n+1)) && n < e+7 {
					n++
				}
				if n > e+1 && (n == b || r.is(n, ",.;!?")) && r.nameLike(e+1, n) && r.isWord(n-1) {
					spk, tail = [2]int{e + 1, n}, n
				}
			}
		}
	}
	if pre < 0 {
		return -1, false
	}
	// What follows the frame: nothing, an adverbial, or a comma and more content.
	t := tail
	clause := tail < b && r.isLower(tail) && r.f.adverb[r.low[tail]] && r.f.boundary[r.low[tail]] // "said after ..."
	for t < b && !r.is(t, ",;") && !r.isOpen(t) {
		if t >= tail+60 {
			if !clause {
				return -1, false
			}
			break
		}
		if r.low[t] == "that" && r.isLower(t) && !clause {
			return -1, false
		}
		if r.low[t] == "to" && t+1 < b && r.isLower(t+1) && !r.f.determ[r.low[t+1]] && !clause {
			return -1, false // "Graham urged Republicans to join ..."
		}
		t++
	}
	if t > tail && !clause {
		if t-tail > 10 || !(r.f.adverb[r.low[tail]] || ac.rule.Object || r.is(tail, ".!?") || r.isCap(tail)) {
			return -1, false
		}
	}
	if t < b && r.isOpen(t) && (t == tail) {
		return -1, false // "Hu said “...”" is a frame before its content
	}
	// The content before the frame: the quotation that ends there, or the clause.
	var first int
	q := r.closedBy(pre)
	if q < 0 && r.is(pre, ",") {
		q = r.closedBy(pre - 1)
	}
	if q >= 0 && r.quotes[q].prev < 0 && r.sent[r.quotes[q].open] == s && r.words(a, r.quotes[q].open) >= 2 {
		q = -1 // a partial quote closing a clause of the article's words
	}
	if as && t < b && r.is(t, ",") && r.quoteAt(t+1, b) >= 0 {
		// "..., as The New Yorker put it in an expose, “the operator.”"
		if k, ok := r.addContent(document.Reported, spk, t+1, b, i, j, ac); ok {
			return pre, k >= 0
		}
		return -1, false
	}
	if q >= 0 {
		first = r.add(document.Quote, spk, r.quotes[q].inner, i, j, ac.id, q, ac.rule.Hedged)
	} else {
		c := a
		for k := pre - 1; k > a && k > pre-200; k-- {
			if r.is(k, ";:") && r.quoteOf[k] < 0 || as && r.is(k, ",") && r.quoteOf[k] < 0 {
				c = k + 1 // "as X put it" speaks for the phrase just before it
				break
			}
		}
		if r.words(c, pre) < 2 || (r.words(c, pre) <= 10 && r.isWord(c) && (r.f.adverb[r.low[c]] || strings.HasSuffix(r.low[c], "ing"))) {
			return -1, false // an opening phrase, not content: "In his speech, Graham urged ..."
		}
		end := pre
		if r.isClose(pre) && r.quotes[r.closedBy(pre)].open >= c {
			end = pre + 1 // keep the closing mark of a quote inside the content
		}
		var ok bool
		if first, ok = r.addContent(document.Reported, spk, c, end, i, j, ac); !ok {
			return -1, false
		}
	}
	// Content after the frame: "X, Mr. Obama says, is ..." or `"...," Hu said, "..."`.
	// An appositive after the speaker ("said Hu, the chairman") is not content.
	if t < b && r.is(t, ",") && t+1 < b && !r.isSourceAt(t+1, b) {
		c := t + 1
		q2 := -1
		for x := c; x < b && x < c+8 && !r.is(x, ".;"); x++ {
			if q2 = r.quoteAt(x, b); q2 >= 0 {
				c = x
				break
			}
		}
		long := r.words(r.sents[s][0], pre) > 12
		prose := q < 0 && pre == spk[0]-1 && r.words(c, b) >= 3 && r.clauseStart(c) && (!long || !r.f.determ[r.low[c]])
		if q2 >= 0 || prose {
			if k, ok := r.addContent(document.Reported, spk, c, b, i, j, ac); ok {
				r.drafts[k].inherit = first
			}
		}
	}
	return pre, true
}

// labels reads interview transcripts: a paragraph that opens with an
// upper-case name and a colon ("PENCE: Well, look, ..."), when the same label
// opens at least two paragraphs, is a quote of that speaker up to the end of
// the paragraph. The colon must be a cue of a named rule (attribution.headline).
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
		for e < len(r.toks) && e < t+3 && r.isWord(e) && r.isCap(e) && strings.ToUpper(r.toks[e].Text) == r.toks[e].Text {
			e++
		}
		if e == t || e >= len(r.toks) || !r.is(e, ":") || r.toks[e].End > p.End {
			continue
		}
		found = append(found, label{t, e, r.tokenAt(p.End)})
		count[r.text[r.toks[t].Start:r.toks[e-1].End]]++
	}
	for _, l := range found {
		if count[r.text[r.toks[l.first].Start:r.toks[l.colon-1].End]] < 2 {
			continue
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
		k := r.add(document.Quote, [2]int{l.first, l.colon}, r.span(c, e), l.colon, j, ac.id, -1, false)
		r.markClaimed(r.span(l.first, e))
		if q := r.quoteOf[l.first]; q >= 0 && r.quotes[q].claim < 0 {
			r.quotes[q].claim = k // the quotation marks around the whole answer
		}
	}
}

// tokenAt returns the first token that ends after byte offset off.
func (r *run) tokenAt(off int) int {
	return sort.Search(len(r.toks), func(i int) bool { return r.toks[i].End > off })
}

// namedEntity reports whether the speaker tokens are a person or
// organization mention.
func (r *run) namedEntity(spk [2]int) bool {
	m := r.mentionIn(r.span(spk[0], spk[1]))
	if m < 0 {
		return false
	}
	t := r.d.Entities[r.mentions[m].ent].Type
	return t == document.Person || t == document.Org
}

// clauseStart reports whether token c can open the rest of a clause rather
// than an appositive or a participle ("who ...", "adding that ...").
func (r *run) clauseStart(c int) bool {
	if !r.isWord(c) {
		return false
	}
	switch r.low[c] {
	case "who", "which", "whose", "whom", "where":
		return false
	}
	if ac, j, ok := match(r, r.f.cues, c, len(r.toks)); ok && !ac.rule.Source && strings.HasSuffix(r.low[c], "ing") &&
		j < len(r.toks) && (r.low[j] == "that" || r.is(j, ":") || r.isOpen(j)) {
		return false // a participle frame of its own: "..., Sethi said, adding that ..."
	}
	return true
}

// isSourceAt reports whether a source cue ("according to") starts at token i.
func (r *run) isSourceAt(i, end int) bool {
	ac, _, ok := match(r, r.f.cues, i, end)
	return ok && ac.rule.Source
}

// framePunct reports whether token i can separate content from a frame after it.
func (r *run) framePunct(i int) bool {
	return r.is(i, ",—–(") || r.isClose(i)
}

// beforeFrame reads a frame whose speaker and cue come first: "Hu said that ...",
// "Huawei has repeatedly insisted it ...", `Hu said: "..."`.
func (r *run) beforeFrame(s, i, j, limit, first int, ac *attrCue) bool {
	a, b := r.sents[s][0], r.sents[s][1]
	if r.inContactClause(i, b) || ac.base && r.infinitiveOfCue(i, a) {
		return false
	}
	spk, ok := r.contactSpeaker(i, a)
	if !ok {
		spk, ok = r.speakerBefore(i, a)
	}
	from, at := -1, -1
	if !ok && ac.rule.Agent && ac.base && i-2 >= a && r.low[i-1] == "to" && r.isLower(i-1) && r.isLower(i-2) && r.f.leads[r.low[i-2]] {
		// A verb after a phrase of sequence or effort whose subject speaks:
		// "Caddell went on to discuss ...", "Gingrich tried to downplay ...".
		if sub, sok := r.sentenceSubject(s, i-2); sok && (r.agent(sub) || r.actor(sub[0], sub[1])) {
			spk, ok = sub, true
		}
	}
	if !ok {
		// A second verb of the same speaker: "... and argued that ...", "..., but insisted ...".
		if from, at = r.elided(i, a, first); from < 0 {
			return false
		}
		spk = r.drafts[from].speaker
	}
	if ac.rule.Agent && ac.base && i-1 >= a && r.isLower(i-1) && !r.agent(spk) {
		switch {
		case r.low[i-1] == "to":
			// An infinitive is the subject's: "Obama and Xi reached an agreement to explore ways".
			if sub, ok := r.sentenceSubject(s, i); ok && r.agent(sub) {
				spk = sub
			}
		case r.modal(i - 1):
			return false // "the keyboard may prove more reliable"
		}
	}
	if ac.rule.Named && !r.namedEntity(spk) {
		return false
	}
	if x := r.proForm(i, j, a, b); x >= 0 {
		// A pro-form stands for the content: "Mook said as much", "That was
		// what Wahl said when she resigned".
		k := r.add(document.Reported, spk, r.span(x, x+r.proLen(x)), i, j, ac.id, -1, ac.rule.Hedged)
		r.drafts[k].inherit, r.drafts[k].joinAt = from, at+1
		return true
	}
	c := r.contentStart(j, b, ac.rule.Object)
	if c < 0 || c >= limit || (c == j && r.act(i, j)) {
		return false
	}
	if c == j && i-2 >= a && r.low[i-1] == "to" {
		if _, e, ok := match(r, r.f.commits, i-2, i-1); ok && e == i-1 {
			return false // the action of a commitment: "plans to add a production line"
		}
	}
	end := limit
	if q := r.quoteAt(c, b); q >= 0 && r.quotes[q].close < 0 {
		end = b
	} else {
		end = r.cueAfterComma(c, end)
		if x := r.causeAfterComma(c, end); !ac.rule.After && !r.quoteIn(c, x) {
			end = x
		}
	}
	if x, y := r.trimContent(c, end); r.words(x, y) == 1 && r.isLower(x) && !r.f.adverb[r.low[x]] && !strings.HasSuffix(r.low[x], "ly") && y >= b-1 {
		// One word closing the sentence: "He didn't suggest retaliation."
		k := r.add(document.Reported, spk, r.span(x, y), i, j, ac.id, -1, ac.rule.Hedged)
		r.drafts[k].inherit, r.drafts[k].joinAt = from, at+1
		return true
	}
	k, ok := r.addContent(document.Reported, spk, c, end, i, j, ac)
	if ok {
		r.drafts[k].inherit, r.drafts[k].joinAt = from, at+1
	}
	return ok
}

// elided finds the frame whose speaker also speaks the cue at token i, joined
// to it by "and" or "but": the frame of the sentence whose cue comes last
// before i. It returns that draft and the token where the joining words
// start, or -1.
func (r *run) elided(i, a, first int) (int, int) {
	k := r.skipAuxBack(i-1, a)
	if k < a || !r.isLower(k) || (r.low[k] != "and" && r.low[k] != "but") || k == i-1 && r.low[i-1] == "to" {
		return -1, -1
	}
	if k-1 >= a && r.is(k-1, ",") {
		k--
	}
	from := -1
	for n := len(r.drafts) - 1; n >= first && n >= len(r.drafts)-50; n-- {
		r.steps++
		d := &r.drafts[n]
		if d.speaker[1] > d.speaker[0] && d.cueSpan.Len() > 0 && d.cueSpan.End <= r.toks[k].Start &&
			d.content.End > r.toks[k].Start && (from < 0 || d.cueSpan.Start > r.drafts[from].cueSpan.Start) {
			from = n
		}
	}
	return from, k
}

// participle reads a participial frame after a comma, whose speaker is the
// subject of the sentence: "Trump blasted the media, saying ...".
func (r *run) participle(s, i, j, limit, first int, ac *attrCue) bool {
	a, b := r.sents[s][0], r.sents[s][1]
	if i-1 < a || !r.is(i-1, ",") || !strings.HasSuffix(r.low[i], "ing") {
		return false
	}
	c := r.contentStart(j, b, ac.rule.Object)
	if c < 0 || c >= limit {
		return false
	}
	// The speaker of an earlier frame in the sentence, else its subject.
	// The frame whose cue comes last before the participle: "..., Sethi said, adding that".
	from := -1
	for k := len(r.drafts) - 1; k >= first && k >= len(r.drafts)-50; k-- {
		r.steps++
		dk := &r.drafts[k]
		if dk.speaker[1] > dk.speaker[0] && dk.cueSpan.Start < r.toks[i].Start && (from < 0 || dk.cueSpan.Start > r.drafts[from].cueSpan.Start) {
			from = k
		}
	}
	var spk [2]int
	if from >= 0 {
		spk = r.drafts[from].speaker
	} else {
		var ok bool
		if spk, ok = r.sentenceSubject(s, i); !ok {
			return false
		}
	}
	k, ok := r.addContent(document.Reported, spk, c, limit, i, j, ac)
	if ok && from >= 0 {
		r.drafts[k].inherit = from
	}
	return ok
}

// nominal reads a noun whose possessor speaks: "Trump's claims about the
// economy", "his determination to act alone". The content runs from the
// preposition or "that" after the noun to the next comma.
func (r *run) nominal(s, i, j, limit int, ac *attrCue) bool {
	a := r.sents[s][0]
	if !r.isLower(i) {
		return false
	}
	// The possessor, past up to two adjectives: "Stumpf's repeated emphasis".
	p := i - 1
	for n := 0; n < 2 && p >= a && r.isLower(p) && !r.isPossessive(p) && !r.possessivePronoun(p) && !r.f.determ[r.low[p]] && !r.f.boundary[r.low[p]]; n++ {
		p--
	}
	var spk [2]int
	switch {
	case p >= a && r.possessivePronoun(p):
		spk = [2]int{p, p + 1}
	case p-1 >= a && r.isPossessive(p) && r.isWord(p-1):
		ns := r.npBack(p-1, a)
		if ns > p-1 || !r.validNP(ns, p) {
			return false
		}
		spk = [2]int{ns, p}
	default:
		// The subject's own noun before a clause: "Democrats also persisted in
		// arguments that the panel is ...", "She repeated the claim that ...".
		sub, ok := r.subjectNoun(s, i, j, limit)
		if !ok {
			return false
		}
		spk = sub
	}
	if j >= limit {
		return false
	}
	c := j
	if c+1 < limit && r.isCap(c) && r.f.adverb[r.low[c]] {
		c++ // "Clinton's comments Tuesday on ..."
	}
	switch r.low[c] {
	case "that", "of", "about", "on", "for", "against", "over", "toward", "towards":
		c++
	case "to":
		if c+1 < limit && r.isLower(c+1) && !r.f.determ[r.low[c+1]] {
			break // "determination to act alone"
		}
		c++
	case "would", "will":
		c++ // "Mrs. Clinton's plan would cap ..."
	case "is", "was":
		if c+1 < limit && r.low[c+1] == "that" {
			c += 2 // "Mr. Obama's bet is that ..."
			break
		}
		return false
	default:
		return false
	}
	e := c
	for e < limit && e < c+80 && !r.is(e, ",;:") {
		if r.isOpen(e) && r.quotes[r.opensAt[e]].close > e {
			e = r.quotes[r.opensAt[e]].close
		}
		e++
	}
	if r.words(c, e) == 0 {
		return false
	}
	_, ok := r.addContent(document.Reported, spk, c, e, i, j, ac)
	return ok
}

// possessivePronoun reports whether token k is "his", "her", "their" or "its".
func (r *run) possessivePronoun(k int) bool {
	switch r.toks[k].Text {
	case "his", "her", "their", "its", "His", "Her", "Their", "Its":
		return true
	}
	return false
}

// unsourced reads a clause whose source is left unsaid: "Mr. Quiros was
// accused of using $50 million", "he allegedly brandished a pistol". The
// content is the clause, subject included; there is no claimant.
func (r *run) unsourced(s, i, j, limit int, ac *attrCue) bool {
	a := r.sents[s][0]
	c := a
	for k := i - 1; k > a && k > i-60; k-- {
		if r.is(k, ";:") && r.quoteOf[k] < 0 {
			c = k + 1
			break
		}
	}
	// In a relative clause the subject is the noun it hangs on: "through a
	// tender that is expected to open next year".
	if k := i - 1; k-1 > c && r.isLower(k) && (r.low[k] == "that" || r.low[k] == "which" || r.low[k] == "who") {
		if ns := r.npBack(k-1, c); ns <= k-1 && ns > c {
			c = ns
		}
	}
	if r.words(c, i) == 0 || r.words(j, limit) == 0 {
		return false
	}
	_, ok := r.addContent(document.Reported, [2]int{}, c, limit, i, j, ac)
	return ok
}

// sentenceSubject finds the subject of sentence s before token i, past an
// opening phrase: "In July, Gingrich dismissed ...".
func (r *run) sentenceSubject(s, i int) ([2]int, bool) {
	x := r.sents[s][0]
	if r.f.boundary[r.low[x]] || r.f.adverb[r.low[x]] {
		for x < i && !r.is(x, ",") {
			x++
		}
		x++
	}
	if x >= i {
		return [2]int{}, false
	}
	if r.subjectPronoun(x) {
		return [2]int{x, x + 1}, true
	}
	e := r.npForward(x, i)
	if e <= x || e >= i || !r.isLower(e) || !r.validNP(x, e) {
		return [2]int{}, false
	}
	// A plural noun after a name before a preposition or an auxiliary:
	// "Train drivers at Harbour Rail have voted".
	if w := r.low[e]; e+1 < i && r.isCap(e-1) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!r.f.aux[w] && !r.f.boundary[w] && r.isLower(e+1) && (r.f.boundary[r.low[e+1]] || r.f.aux[r.low[e+1]]) {
		if _, _, ok := match(r, r.f.cues, e, e+1); !ok {
			e++
		}
	}
	return [2]int{x, e}, true
}

// passive reads an impersonal frame: "it was reported that ...", "it was
// reported last month that ...", "it is understood by Reuters that ...".
func (r *run) passive(s, i, j, limit int, ac *attrCue) bool {
	var spk [2]int
	c := j
	if r.low[j-1] != "that" {
		c = -1
		for k := j; k < limit && k < j+8 && !r.is(k, ",;:.!?"); k++ {
			if r.low[k] == "that" && r.isLower(k) {
				c = k + 1
				break
			}
			if r.low[k] == "by" && r.isLower(k) && spk[1] == 0 {
				if e := r.npForward(k+1, limit); e > k+1 {
					spk = [2]int{k + 1, e} // the source after all: "by Reuters"
				}
			}
		}
		if c < 0 {
			return false
		}
	}
	_, ok := r.addContent(document.Reported, spk, c, limit, i, j, ac)
	return ok
}

// contentStart returns the first token of the content after a cue ending at
// token j, or -1 when the cue is not followed by content.
func (r *run) contentStart(j, b int, object bool) int {
	k := j
	if k >= b {
		return -1
	}
	scan := func(n int) int {
		for t := k; t < b && t < k+n; t++ {
			switch {
			case r.low[t] == "that" && r.isLower(t):
				return t + 1
			case r.is(t, ":"):
				return t + 1
			case r.isOpen(t) && r.quotes[r.opensAt[t]].words < 4 && r.quotes[r.opensAt[t]].close > t:
				t = r.quotes[r.opensAt[t]].close // a title: told MSNBC's "Morning Joe" that
			case r.isOpen(t):
				return t
			case r.is(t, ",;"):
				if t+1 < b && r.isOpen(t+1) {
					return t + 1
				}
				return -2
			}
		}
		return -1
	}
	if object {
		if c := scan(12); c >= 0 {
			return c
		}
	}
	if r.approximator(k) && k+1 < b && r.amountAt(k+1) {
		return k // an amount as the object: "recalling about 1.2 million chargers"
	}
	switch r.low[k] {
	case "when", "whether", "how", "why", "what", "where", "who", "if":
		if r.isLower(k) {
			return k // "have not said when they would ..."
		}
	}
	infinitive := r.low[k] == "to" && k+1 < b && r.isLower(k+1) && !r.f.determ[r.low[k+1]] && !r.f.boundary[r.low[k+1]]
	subject := r.low[k] == "this" && k+1 < b && r.isLower(k+1) && r.f.aux[r.low[k+1]] // "convinced this is"
	if r.f.adverb[r.low[k]] && (r.isLower(k) || !r.f.boundary[r.low[k]]) && r.low[k] != "that" && !infinitive && !subject {
		c := scan(12)
		if c < 0 && !r.isLower(k) && !(k+1 < b && r.isLower(k+1) && r.timeClause(k+1)) {
			return k // a day or month that opens the content: "condemned Friday's test"
		}
		if c < 0 {
			if x := r.pastTime(k, b); x > k && x < b && r.clauseAt(x) {
				return x // "said last month it would delay ..."
			}
			return -1
		}
		return c
	}
	if r.is(k, ".!?") || (r.isLower(k) && (r.low[k] == "was" || r.low[k] == "were" || r.low[k] == "is" || r.low[k] == "are")) {
		return -1 // "which North Korea said was its biggest"
	}
	if (r.low[k] == "that" && r.isLower(k)) || r.is(k, ":,") {
		return k + 1
	}
	return k
}

// commitsSpeaker reports whether content tokens [c, e) commit the speaker:
// its subject is the speaker or refers back to it, followed by "will" or "would".
func (r *run) commitsSpeaker(spk [2]int, c, e int) bool {
	if spk[1] <= spk[0] {
		return false
	}
	for t := c; t < e && t < c+5; t++ {
		if !r.isWord(t) {
			return false
		}
		if r.low[t] != "will" && r.low[t] != "would" {
			continue
		}
		if t == c {
			return false
		}
		if t == c+1 && (r.f.person[r.low[c]] || r.low[c] == "it" || r.low[c] == "we") {
			return true
		}
		if t == c+1 && r.low[c] == "they" {
			return r.low[spk[1]-1] == "they" || strings.HasSuffix(r.low[spk[1]-1], "s")
		}
		if r.f.org[r.low[t-1]] && r.f.determ[r.low[c]] {
			return true
		}
		// The speaker named again: "Huawei said Huawei will ...".
		return r.isCap(t-1) && r.low[t-1] == r.low[spk[1]-1]
	}
	return false
}

// commitment reads a commitment frame starting with cue tokens [i, j).
func (r *run) commitment(s, i, j, limit int, cc *commitCue) bool {
	a, b := r.sents[s][0], r.sents[s][1]
	rule := cc.rule
	switch {
	case rule.Modal:
		k := i - 1
		for k >= a && r.isLower(k) && (r.low[k] == "also" || r.low[k] == "still" || strings.HasSuffix(r.low[k], "ly")) {
			k--
		}
		ns := r.npBack(k, a)
		if ns > k || !r.validNP(ns, k+1) || !r.actor(ns, k+1) {
			return false
		}
		if ns > a && !r.is(ns-1, ",;:—") && !(r.isLower(ns-1) && r.f.boundary[r.low[ns-1]]) {
			return false
		}
		if j >= b || !r.isLower(j) || r.low[j] == "not" || r.low[j] == "have" {
			return false
		}
		if r.low[j] == "be" && j+1 < b && r.isLower(j+1) && (strings.HasSuffix(r.low[j+1], "ed") || strings.HasSuffix(r.low[j+1], "en")) {
			return false // a passive: "the award will be presented"
		}
		c, e := r.trimContent(j, limit)
		if r.words(c, e) < 2 {
			return false
		}
		r.add(document.Commitment, [2]int{ns, k + 1}, r.span(i, e), i, j, cc.id, -1, false)
		return true
	case len(cc.nouns) > 0:
		w := rule.Window
		if w == 0 {
			w = 6
		}
		found := -1
		for t := j; t < b && t < j+w && r.isWord(t) || t < b && t < j+w && r.is(t, "-$"); t++ {
			if cc.nouns[r.low[t]] {
				found = t
				break
			}
		}
		if found < 0 {
			return false
		}
		spk, ok := r.speakerBefore(i, a)
		if !ok {
			return false
		}
		c, e := r.trimContent(j, limit)
		if r.words(c, e) < 2 {
			return false
		}
		r.add(document.Commitment, spk, r.span(c, e), i, j, cc.id, -1, false)
		return true
	default:
		if i-1 >= a && r.low[i-1] == "to" && strings.HasSuffix(r.low[i], "ing") {
			return false // a gerund: "pleaded guilty to threatening to assault"
		}
		if w := r.low[i]; j == i+1 && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
			// A base form is a verb only after a subject pronoun, an auxiliary or
			// a plural: "we plan to", not "a spending plan to".
			if i == a || !(r.subjectPronoun(i-1) || (r.isLower(i-1) && r.f.aux[r.low[i-1]]) || strings.HasSuffix(r.low[i-1], "s")) {
				return false
			}
		}
		c := j
		switch {
		case c+1 < b && r.low[c] == "to" && r.isLower(c+1):
			c++
		case c < b && r.low[c] == "that" && r.isLower(c):
			c++
		case c < b && r.isLower(c) && r.f.determ[r.low[c]] && !strings.HasSuffix(r.low[i], "s") && cc.objects[r.low[j-1]]:
			// "has promised a veto"; not "plans" or "pledges" as nouns, nor "offered some advice".
		case c < b && r.amountAt(c) && r.toAfterAmount(c, b):
			// "has pledged £300m to connect remote villages"
		default:
			if rule.To {
				return false
			}
		}
		spk, ok := r.speakerBefore(i, a)
		if !ok && i-1 >= a && r.is(i-1, ",") && strings.HasSuffix(r.low[i], "ing") {
			spk, ok = r.sentenceSubject(s, i)
		}
		if !ok {
			return false
		}
		c, e := r.trimContent(c, limit)
		if r.words(c, e) < 1 {
			return false
		}
		r.add(document.Commitment, spk, r.span(c, e), i, j, cc.id, -1, false)
		return true
	}
}

// actor reports whether tokens [a, b) name a person or organization that can
// commit itself: such an entity mention, or capitalized words alone.
func (r *run) actor(a, b int) bool {
	if m := r.mentionIn(r.span(a, b)); m >= 0 {
		t := r.d.Entities[r.mentions[m].ent].Type
		return t == document.Person || t == document.Org || t == document.GPE
	}
	// One capitalized word opening the sentence is a common noun as often as a
	// name ("Construction will begin"); without the entity stage's word, no actor.
	return r.nameLike(a, b) && !(b-a == 1 && r.sent[a] >= 0 && a == r.sents[r.sent[a]][0] && (r.f.boundary[r.low[a]] || len(r.d.Entities) > 0))
}

// named reports whether tokens [a, b) name someone: an entity mention or a
// capitalized word that does not open the sentence.
func (r *run) named(a, b int) bool {
	sp := r.span(a, b)
	if r.mentionIn(sp) >= 0 {
		return true
	}
	for k := a; k < b; k++ {
		if r.isCap(k) && (k > r.sents[max(r.sent[k], 0)][0] || k+1 < b && r.isCap(k+1)) {
			return true
		}
	}
	return false
}

// act reports whether the cue [i, j) reports an act rather than words: it is
// one of the rule packs' acts and an amount follows within a few words
// ("approved €1.2 billion in state aid", "posted a net profit of $45m").
func (r *run) act(i, j int) bool {
	if !r.f.acts[r.low[j-1]] {
		return false
	}
	for k := j; k < len(r.toks) && k < j+6; k++ {
		if r.low[k] == "that" || r.is(k, ",;:.!?") || r.isOpen(k) {
			return false
		}
		if k > j && r.isLower(k) && r.f.boundary[r.low[k]] && r.low[k] != "of" && r.low[k] != "than" {
			return false // the amount must be the object, not in a phrase after it: "a list of endorsements from 95 generals"
		}
		if r.amountAt(k) {
			return true
		}
	}
	return false
}

// amountAt reports whether token k holds a number or the start of a money,
// percent or quantity value.
func (r *run) amountAt(k int) bool {
	t := r.toks[k].Text
	if c, _ := utf8.DecodeRuneInString(t); unicode.IsDigit(c) || unicode.Is(unicode.Sc, c) {
		return true
	}
	if r.vals == nil {
		r.valuesIn(document.Span{})
	}
	vs := r.d.Values
	x := sort.Search(len(r.vals), func(x int) bool { return vs[r.vals[x]].End > r.toks[k].Start })
	if x < len(r.vals) {
		v := vs[r.vals[x]]
		return v.Start <= r.toks[k].Start && (v.Type == document.Money || v.Type == document.Percent || v.Type == document.Quantity)
	}
	return false
}

// approximator reports whether token k can open an amount: "about 1.2 million".
func (r *run) approximator(k int) bool {
	if !r.isLower(k) {
		return false
	}
	switch r.low[k] {
	case "about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "up":
		return true
	}
	return false
}

// toAfterAmount reports whether the amount at token c is followed, within a
// few tokens, by "to" and a verb: "£300m to connect".
func (r *run) toAfterAmount(c, b int) bool {
	for k := c + 1; k+1 < b && k < c+6; k++ {
		if r.low[k] == "to" && r.isLower(k) && r.isLower(k+1) && !r.f.determ[r.low[k+1]] {
			return true
		}
		if r.is(k, ",;:") || r.isLower(k) && r.f.boundary[r.low[k]] {
			return false
		}
	}
	return false
}

// rebuttal reads a denial after the comma at token i: "Lumora had stopped
// shipping the charger, a claim the company denied". The speaker denies the
// clause before the comma, or the content of the claim made there; that
// content ends at the comma. It returns the token after the cue.
func (r *run) rebuttal(s, i, first int) (int, bool) {
	a, b := r.sents[s][0], r.sents[s][1]
	k := i + 1
	if k+1 < b && r.isLower(k) && (r.low[k] == "which" || r.low[k] == "something") {
		k++ // "..., which the company denies"; not "which has denied"
		if !(r.isLower(k) && r.f.determ[r.low[k]] || r.isCap(k) || r.subjectPronoun(k)) {
			return 0, false
		}
	} else {
		if k < b && r.isLower(k) && r.f.determ[r.low[k]] {
			k++ // "a claim", "an allegation"
		}
		if k >= b || !r.isLower(k) || !r.f.rebutN[r.low[k]] {
			return 0, false
		}
		k++
		if k < b && r.isLower(k) && (r.low[k] == "that" || r.low[k] == "which") {
			k++
		}
	}
	x := k
	var ac *attrCue
	j := 0
	for ; x < b && x < k+6 && r.isWord(x); x++ {
		if c, e, ok := match(r, r.f.rebuts, x, b); ok && r.isLower(x) {
			ac, j = c, e
			break
		}
	}
	if ac == nil || x == k || !r.validNP(k, x) {
		return 0, false
	}
	// What is denied: the content of the claim before the comma, else the clause.
	cut := r.toks[i].Start
	var content document.Span
	for n := len(r.drafts) - 1; n >= first && n >= len(r.drafts)-50; n-- {
		r.steps++
		dr := &r.drafts[n]
		if dr.content.Start < cut && dr.content.End > r.toks[max(a, i-1)].Start {
			if dr.content.End > cut {
				dr.content.End = r.toks[i-1].End
			}
			content = dr.content
			break
		}
	}
	if content.Len() == 0 {
		c := a
		for t := i - 1; t > a && t > i-60; t-- {
			if r.is(t, ";:") && r.quoteOf[t] < 0 {
				c = t + 1
				break
			}
		}
		c, e := r.trimContent(c, i)
		if r.words(c, e) < 3 {
			return 0, false
		}
		content = r.span(c, e)
	}
	n := r.add(document.Reported, [2]int{k, x}, content, x, j, ac.id, -1, false)
	r.drafts[n].rebuts = true
	r.markClaimed(r.span(i, j))
	return j, true
}

// cutAtSpeakers ends the content of a frame where a coordinated frame of the
// sentence names its own speaker: "it would not intervene, but a spokesman
// for the ministry noted that ...". Drafts from first on are the sentence's.
func (r *run) cutAtSpeakers(first int) {
	for k2 := first; k2 < len(r.drafts); k2++ {
		d2 := &r.drafts[k2]
		if d2.speaker[1] <= d2.speaker[0] || d2.cueSpan.Len() == 0 {
			continue
		}
		start := d2.speaker[0]
		tail := false // a phrase after a comma whose frame runs to the end: ", in a move ministers hope will ..."
		if d2.joinAt > 0 {
			start = d2.joinAt - 1 // "..., and argued that"
		} else if d2.inherit >= 0 || r.toks[start].Start >= d2.cueSpan.Start {
			continue // a speaker after its cue: "said Hu"
		} else if st := r.coordinatedBefore(start); st >= 0 && (st == start || r.mainClause(d2)) {
			start = st // ", but a spokesman for the ministry noted"
		} else {
			c := start - 1
			for c > start-6 && c >= 0 && r.isLower(c) && (r.f.boundary[r.low[c]] || r.f.determ[r.low[c]] || r.f.adverb[r.low[c]]) {
				c--
			}
			if c < 0 || c == start-1 || !r.is(c, ",") {
				continue // a frame inside the content
			}
			start, tail = c+1, true
		}
		at := r.toks[start].Start
		for k1 := max(first, k2-8); k1 < len(r.drafts) && k1 <= k2+8; k1++ {
			r.steps++
			d1 := &r.drafts[k1]
			if k1 == k2 || d1.region >= 0 || d1.kind == document.Assertion || d1.content.Start >= at || d1.content.End <= d2.cueSpan.Start {
				continue
			}
			if tail && d2.content.End < d1.content.End {
				continue // "the plan, which officials say is costly, will pass"
			}
			if d1.cueSpan.Len() > 0 && d1.cueSpan.Start >= at {
				continue
			}
			c, e := r.tokenAt(d1.content.Start), start
			for e > c && (!r.isWord(e-1) || r.isLower(e-1) && r.f.boundary[r.low[e-1]]) {
				if r.isClose(e-1) && r.quotes[r.closedBy(e-1)].open >= c {
					break // the closing mark of a quote inside the content
				}
				e-- // ", but", "and"
			}
			if c, e = r.trimContent(c, e); r.words(c, e) >= 2 {
				d1.content = r.span(c, e)
			}
		}
	}
}

// coordinated reports whether token k opens a clause joined to the one before
// it: after "; " or after a comma and "but", "and", "while", "whereas",
// "although" or "though".
func (r *run) coordinated(k int) bool {
	if k-1 < 0 {
		return false
	}
	if r.is(k-1, ";") {
		return true
	}
	if k-2 < 0 || !r.is(k-2, ",") || !r.isLower(k-1) {
		return false
	}
	switch r.low[k-1] {
	case "but", "and", "while", "whereas", "although", "though", "yet":
		return true
	}
	return false
}

// cueAfterComma returns the first comma in tokens [c, end) that a speech cue
// follows, or end: in "Doyle, the senator who wrote the bill, said ...", the
// object of "wrote" ends before "said". It looks a bounded way ahead.
func (r *run) cueAfterComma(c, end int) int {
	for t := c; t+1 < end && t < c+80; t++ {
		if !r.is(t, ",") || r.quoteOf[t] >= 0 || !r.isLower(t+1) {
			continue
		}
		if ac, _, ok := match(r, r.f.cues, t+1, end); ok && ac.rule.Before && ac.rule.After && !strings.HasSuffix(r.low[t+1], "ing") {
			return t
		}
	}
	return end
}

// causeAfterComma returns the comma in [c, end) that opens a clause of cause,
// concession or contrast ("..., in large part because ...", "..., although
// ...", "..., but Mr. Obama learned ..."), which gives the writer's account
// rather than the stance's object, or end.
func (r *run) causeAfterComma(c, end int) int {
	for t := c; t+1 < end && t < c+80; t++ {
		if !r.is(t, ",") || !r.isLower(t+1) {
			continue
		}
		switch r.low[t+1] {
		case "because", "although", "though", "whereas":
			return t
		case "but", "yet":
			// A clause with a subject of its own: "..., but Mr. Obama learned".
			if n := t + 2; n < end && r.isWord(n) && (r.isCap(n) || r.subjectPronoun(n) || r.f.determ[r.low[n]]) {
				return t
			}
		case "in", "largely", "partly", "mostly":
			for k := t + 2; k < end && k < t+5; k++ {
				if r.low[k] == "because" {
					return t
				}
			}
		}
	}
	return end
}

// timeClause reports whether token k opens an adverbial clause of time or
// cause, which is no content: "said Friday as he entered the talks".
func (r *run) timeClause(k int) bool {
	switch r.low[k] {
	case "as", "when", "while", "after", "before", "because", "since", "until", "if", "during":
		return true
	}
	return false
}

// agent reports whether the speaker tokens can hold a stance: a person,
// organization or place the entity stage found, a name, a personal pronoun,
// or a noun for people or bodies ("officials", "the company", "analysts").
// "The keyboard may prove more reliable" has no speaker.
func (r *run) agent(spk [2]int) bool {
	s, e := spk[0], spk[1]
	if e <= s {
		return false
	}
	if e-s == 1 && (r.subjectPronoun(s) || r.low[s] == "i") {
		return r.low[s] != "you"
	}
	if m := r.mentionIn(r.span(s, e)); m >= 0 && r.d.Entities[r.mentions[m].ent].Type != "" {
		return true
	}
	for k := s; k < e; k++ {
		// A name; the first word of a sentence is capitalized anyway ("Moving on, ...").
		if r.isWord(k) && r.isCap(k) && !r.f.determ[r.low[k]] && (r.sent[k] < 0 || k != r.sents[r.sent[k]][0] || k+1 < e && r.isCap(k+1)) {
			return true
		}
	}
	head := r.low[e-1]
	if r.f.agents[head] || r.f.org[head] || r.f.titles[head] {
		return true
	}
	if sing := strings.TrimSuffix(head, "s"); sing != head && (r.f.agents[sing] || r.f.org[sing] || r.f.titles[sing]) {
		return true
	}
	return r.quantifier(e - 1)
}

// modal reports whether token k is a modal verb.
func (r *run) modal(k int) bool {
	switch r.low[k] {
	case "will", "would", "could", "can", "may", "might", "should", "must", "shall", "cannot":
		return true
	}
	return false
}

// coordinatedBefore returns the token at or up to five words before token k
// that opens a coordinated clause (see coordinated), or -1.
func (r *run) coordinatedBefore(k int) int {
	for st := k; st >= 0 && st > k-6; st-- {
		if st < k && !r.isWord(st) {
			return -1
		}
		if r.coordinated(st) && r.low[st] != "that" { // ", and that ..." goes on with the content
			return st
		}
	}
	return -1
}

// mainClause reports whether the frame of draft d is a clause of its own:
// nothing but auxiliaries and adverbs between its speaker and its cue, no
// "who" or "to" ("voters who accepted", "several days to determine").
func (r *run) mainClause(d *draft) bool {
	cue := r.tokenAt(d.cueSpan.Start)
	for t := d.speaker[1]; t < cue && t < d.speaker[1]+8; t++ {
		if !r.isLower(t) || r.f.boundary[r.low[t]] && !r.f.aux[r.low[t]] {
			return false
		}
	}
	return true
}

// prepParticiple reads a participle after a preposition, whose speaker is
// the subject of the main clause: "After saying her foot was “so swollen I
// could barely get my shoe on,” she was whisked off", "he was criticised for
// saying that green coffee extract was a cure".
func (r *run) prepParticiple(s, i, j, limit int, ac *attrCue) bool {
	a, b := r.sents[s][0], r.sents[s][1]
	if i-1 < a || !strings.HasSuffix(r.low[i], "ing") || !r.isWord(i-1) {
		return false
	}
	switch r.low[i-1] {
	case "after", "before", "for", "by", "while", "when", "without", "since", "upon", "in":
	default:
		return false
	}
	c := r.contentStart(j, b, ac.rule.Object)
	if c < 0 || c >= limit {
		return false
	}
	if i-1 > a {
		// In the middle of the sentence: the content runs on, the subject speaks.
		spk, ok := r.sentenceSubject(s, i)
		if !ok || !r.agent(spk) {
			return false
		}
		_, ok = r.addContent(document.Reported, spk, c, limit, i, j, ac)
		return ok
	}
	// Opening the sentence: the content ends at a comma, and the subject follows it.
	e := c
	for e < limit && e < c+80 {
		if r.is(e, ",") && r.quoteOf[e] < 0 {
			break
		}
		if r.isClose(e) && r.is(e-1, ",") {
			e++
			break
		}
		e++
	}
	if e >= limit || e >= c+80 {
		return false
	}
	x := e
	if r.is(x, ",") {
		x++
	}
	var spk [2]int
	if x < b && r.subjectPronoun(x) {
		spk = [2]int{x, x + 1}
	} else if y := r.npForward(x, b); y > x && r.validNP(x, y) {
		spk = [2]int{x, y}
	} else {
		return false
	}
	_, ok := r.addContent(document.Reported, spk, c, e, i, j, ac)
	return ok
}

// pastTime returns the token after a time phrase starting at token k ("last
// month", "on Monday", "on 3 March", "earlier this week", "in 2019"), or k.
func (r *run) pastTime(k, b int) int {
	x := k
	switch r.low[k] {
	case "earlier", "later":
		x++
		if x < b && r.low[x] == "this" || x < b && r.low[x] == "last" {
			x++
		}
		if x < b && r.isLower(x) && r.timeUnit(x) {
			x++
		}
		return x
	case "yesterday", "today", "recently", "previously":
		return k + 1
	case "last", "this", "next":
		if k+1 < b && r.isLower(k+1) && r.timeUnit(k+1) {
			return k + 2
		}
	case "on", "in":
		x = k + 1
		for x < b && x < k+4 && r.isWord(x) && (r.isCap(x) || unicode.IsDigit(rune(r.toks[x].Text[0]))) {
			x++
		}
		if x > k+1 {
			return x
		}
	}
	return k
}

// timeUnit reports whether token k names a span of time: "week", "month".
func (r *run) timeUnit(k int) bool {
	switch r.low[k] {
	case "week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "quarter", "summer", "winter", "spring", "autumn", "fall":
		return true
	}
	return false
}

// clauseAt reports whether a clause with a subject starts at token x: a
// subject pronoun, or up to four words of a noun phrase, then an auxiliary
// or a modal.
func (r *run) clauseAt(x int) bool {
	if x >= len(r.toks) || !r.isWord(x) {
		return false
	}
	if r.subjectPronoun(x) && r.low[x] != "you" {
		return x+1 < len(r.toks) && r.isLower(x+1)
	}
	if !r.f.determ[r.low[x]] && !r.isCap(x) {
		return false
	}
	for t := x + 1; t < len(r.toks) && t <= x+4 && r.isWord(t); t++ {
		if r.isLower(t) && (r.modal(t) || r.f.aux[r.low[t]] && !r.f.adverb[r.low[t]]) {
			return true
		}
	}
	return false
}

// speakerPrep reports whether token k is a preposition that can tie a place
// or a body to a speaker: "officials in Brussels", "analysts at Barclays".
func (r *run) speakerPrep(k int) bool {
	switch r.low[k] {
	case "in", "at", "from", "with", "for", "of", "on":
		return true
	}
	return false
}
