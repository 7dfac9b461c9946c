package claims

import "strings"

// contactVerbs are the verbs of a reporter's contact clause: "the experts I
// interviewed", "officials we spoke to".
var contactVerbs = map[string]bool{
	"interviewed": true, "spoke": true, "talked": true, "asked": true, "contacted": true,
	"surveyed": true, "consulted": true, "polled": true, "reached": true, "met": true, "queried": true,
}

// contactSpeaker reads a speaker whose noun is followed by a relative clause
// without "who": "all the experts I interviewed said ...", "Everyone we
// spoke to agreed ...". It returns the noun phrase, without the clause.
func (r *run) contactSpeaker(i, a int) ([2]int, bool) {
	k := i - 1
	if k >= a && r.isLower(k) && (r.low[k] == "to" || r.low[k] == "with") {
		k--
	}
	if k-2 < a || !r.isLower(k) || !contactVerbs[r.low[k]] {
		return [2]int{}, false
	}
	switch p := r.low[k-1]; p {
	case "i", "we", "they", "he", "she":
	default:
		return [2]int{}, false
	}
	h := k - 2
	if !r.isWord(h) || !r.isLower(h) || r.f.boundary[r.low[h]] || r.f.aux[r.low[h]] {
		return [2]int{}, false
	}
	w := r.low[h]
	if !(strings.HasPrefix(w, "every") || w == "people" || w == "experts" || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
		return [2]int{}, false
	}
	ns := r.npBack(h, a)
	if ns > h || !r.validNP(ns, h+1) {
		return [2]int{}, false
	}
	return [2]int{ns, h + 1}, true
}

// inContactClause reports whether the cue at token i is the verb of a
// contact clause whose noun speaks through the cue after it: "spoke" in
// "officials we spoke to said ...".
func (r *run) inContactClause(i, b int) bool {
	if !r.isLower(i) || !contactVerbs[r.low[i]] {
		return false
	}
	n := i + 1
	if n < b && r.isLower(n) && (r.low[n] == "to" || r.low[n] == "with") {
		n++
	}
	if n >= b {
		return false
	}
	if _, _, ok := match(r, r.f.cues, n, b); !ok {
		return false
	}
	a := r.sents[max(r.sent[i], 0)][0]
	_, ok := r.contactSpeaker(n, a)
	return ok
}

// quoteIn reports whether a quotation mark opens in tokens [c, end).
func (r *run) quoteIn(c, end int) bool {
	for t := c; t < end; t++ {
		if r.isOpen(t) {
			return true
		}
	}
	return false
}

// maxCueWords is the most words of a cue that governs an infinitive ("has
// refused to", "pushed back to").
const maxCueWords = 3

// infinitiveOfCue reports whether the cue at token i is the infinitive of a
// cue verb just before it: "confirm" in "declined to confirm the talks".
// The two verbs form one verb group, one act with one claim, which the
// governing cue reads.
func (r *run) infinitiveOfCue(i, a int) bool {
	if i-2 < a || !r.isLower(i-1) || r.low[i-1] != "to" || !r.isLower(i-2) {
		return false
	}
	for k := max(a, i-1-maxCueWords); k < i-1; k++ {
		if _, e, ok := match(r, r.f.cues, k, i-1); ok && e == i-1 {
			return true
		}
	}
	return false
}
