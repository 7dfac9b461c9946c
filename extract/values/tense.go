package values

import (
	"strings"
	"time"
)

// Tenses a sentence may give the events it reports.
const (
	tenseNone   = 0
	tenseFuture = 1
	tensePast   = -1
)

// pastReach is how far back a past-tense verb alone carries a date without a
// year in a lone sentence: it reports on the last quarter or so, while a date
// further back than that is more often the next one, whatever the verb. In an
// article, which reports the past, the verb always does.
const pastReach = 92 * 24 * time.Hour

// tenseWindow is how many tokens either side of a time are read for its tense.
const tenseWindow = 15

// endsSentence reports a sentence end between tokens k and k+1: a full stop,
// "!" or "?" followed by a space, or a line break.
func endsSentence(ts []tok, k int) bool {
	return ((ts[k].raw == "." || ts[k].raw == "!" || ts[k].raw == "?") && ts[k+1].space) || ts[k+1].nl
}

// tense reads the tense of the sentence before token i from the nearest cue:
// a future word ("will", "plans to"), a past auxiliary ("has", "was") or a
// past-tense verb ("said", "fell", "approved"). weak reports that only a verb
// told the past.
func (sc *scan) tense(i int) (t int, weak bool) {
	ts, lex := sc.ts, sc.f.lex
	for k := i - 1; k >= 0 && k >= i-tenseWindow; k-- {
		if endsSentence(ts, k) {
			break
		}
		t, weak := sc.cueTense(k)
		if t == tenseNone {
			continue
		}
		if !weak || sc.governs(k, i) {
			return t, false
		}
		// a past auxiliary further back makes a past verb sure ("the
		// largest company, which filed in April")
		for k2 := k - 1; k2 >= 0 && k2 >= i-tenseWindow; k2-- {
			if endsSentence(ts, k2) || lex.has(ts, k2, cCueFuture) {
				break
			}
			if lex.has(ts, k2, cCuePast) {
				return tensePast, false
			}
		}
		return tensePast, true
	}
	return sc.tenseAfter(i)
}

// governs reports whether the past verb at k takes the time at i as its own
// adjunct, directly or through one preposition ("the year ended March 31",
// "a record set on Aug. 6"): the verb then places that time in the past
// however far back it lies.
func (sc *scan) governs(k, i int) bool {
	return k == i-1 || (k == i-2 && sc.f.lex.has(sc.ts, i-1, cTimePrep))
}

// cueTense reads the tense the word at k tells: a future or past cue, or a
// past-tense verb (weak); tenseNone for any other token.
func (sc *scan) cueTense(k int) (t int, weak bool) {
	ts, lex := sc.ts, sc.f.lex
	switch {
	case ts[k].kind != kWord:
	case lex.has(ts, k, cCueFuture):
		return tenseFuture, false
	case lex.has(ts, k, cCuePast):
		return tensePast, false
	case sc.pastVerb(k):
		return tensePast, true
	}
	return tenseNone, false
}

// tenseAfter reads the tense from the words after token i when none comes
// before: a time fronted in its sentence ("In March, the company received
// an offer") takes the tense of the clause it opens.
func (sc *scan) tenseAfter(i int) (t int, weak bool) {
	for k := i + 1; k < len(sc.ts) && k <= i+tenseWindow; k++ {
		if endsSentence(sc.ts, k-1) {
			break
		}
		if t, weak := sc.cueTense(k); t != tenseNone {
			return t, weak
		}
	}
	return tenseNone, false
}

// pastVerb reports whether token k is a verb in the past tense: a listed
// irregular one, or a lower-case word ending in "-ed" that is no listed
// adjective or noun. A participle after a form of "be" or "to" is passive
// and tells nothing by itself ("would be released").
func (sc *scan) pastVerb(k int) bool {
	ts, lex := sc.ts, sc.f.lex
	t := ts[k]
	if t.raw != t.lower() {
		return false // a name or a headline word
	}
	irregular := lex.has(ts, k, cCuePastVerb)
	if !irregular && !(len(t.lower()) >= 5 && strings.HasSuffix(t.lower(), "ed") && !lex.has(ts, k, cCuePastNot)) {
		return false
	}
	if lex.has(ts, k-1, cCuePassiveBefore) {
		return false
	}
	// after a preposition or determiner a regular "-ed" word describes a
	// noun: "eligible for extended returns", "its revised forecast"
	if !irregular && lex.has(ts, k-1, cCueAdjectivalBefore) {
		return false
	}
	return true
}

// pastNear reports whether the sentence before token i puts a date that
// lies d before the reference in the past: a past auxiliary always does, a
// past-tense verb in an article too, and in a lone sentence only for a
// recent date.
func (sc *scan) pastNear(i int, d time.Duration) bool {
	t, weak := sc.tense(i)
	return t == tensePast && (!weak || sc.news || d <= pastReach)
}

// nearerPast reports whether, in a sentence without a tense cue, the past
// occurrence of a date (ago before the reference) is meant rather than the
// next one (ahead after it): in an article, which mostly reports the past,
// the nearer of the two within a quarter; elsewhere never. Further back, lists
// of coming dates ("Tour 2020 dates: June 9 -- ...") are more common.
func (sc *scan) nearerPast(ago, ahead time.Duration) bool {
	return sc.news && ago <= pastReach && ago < ahead
}
