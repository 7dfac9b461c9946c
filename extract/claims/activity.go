package claims

import (
	"strings"

	"github.com/claimex/claimex/rules"
)

// maxActivityObjectWords is the most words read after an activity verb for a
// noun that names something said ("unveiled his new plan").
const maxActivityObjectWords = 4

// activityForms returns every form of the activity-verb lemmas: the lemma and
// its inflections, each with the words that follow the verb in the lemma.
func activityForms(w claimWords) map[string]bool {
	forms := map[string]bool{}
	for _, p := range w.phrases[rules.WordActivityVerb] {
		rest := strings.Join(p[1:], " ")
		for _, v := range append(inflections(p[0]), p[0]) {
			forms[strings.TrimSpace(v+" "+rest)] = true
		}
	}
	return forms
}

// activity reports whether the cue [i, j) of sentence s is a verb of the
// activity-verb lemmas used for an act: its object follows it directly and
// is neither a clause, a quotation nor a noun for something said ("proved
// adept at", "avoided the subject", "moves to Western states").
func (r *run) activity(s, i, j int, ac *attrCue) bool {
	if !r.activityCue(i, j) {
		return false
	}
	a, b := r.sents[s][0], r.sents[s][1]
	c := r.contentStart(j, b, ac.rule.Object)
	if c != j || r.quoteAt(c, b) >= 0 {
		return false
	}
	if _, clause := clauseStart(r.phrasesOf(s), c-a, b-a); clause && r.clauseAt(c) {
		return false // a subject and its verb, as both the phrases and the words read them
	}
	for t := c; t < b && t < c+maxActivityObjectWords && r.isWord(t); t++ {
		if _, _, ok := match(r, r.f.nouns, t, b); ok {
			return false
		}
	}
	return true
}

// activityCue reports whether the words of tokens [i, j) are a form of an
// activity-verb lemma.
func (r *run) activityCue(i, j int) bool {
	if j-i == 1 {
		return r.f.activity[r.lower(i)]
	}
	words := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		words = append(words, r.lower(k))
	}
	return r.f.activity[strings.Join(words, " ")]
}
