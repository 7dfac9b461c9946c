package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

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
