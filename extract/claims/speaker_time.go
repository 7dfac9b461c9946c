package claims

import (
	"sort"
	"strings"

	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// timeClasses are the value word classes whose words name a time: a
// weekday, a month, a calendar unit, a day relative to today or a unit of
// duration ("weeks" in "the past two weeks").
var timeClasses = map[string]bool{"weekday": true, "month": true, "time.calendar": true, "day.relative": true, "time.unit": true}

// countClasses are the value word classes of the numbers that count the
// units of a duration: "two" and "twenty" in "the past twenty-two days".
var countClasses = map[string]bool{"number.unit": true, "number.ten": true}

// durationLeads is the value word class of the words that open a duration
// after "the": "next", "past".
const durationLeads = "ctx.duration.lead.the"

// timeLex holds the words of a time phrase, read from the value word packs:
// the time words themselves and the words that may open a relative time
// ("this" in "this morning", "last" in "last night").
type timeLex struct {
	words   map[string]bool // time words: "friday", "week", "morning"
	openers map[string]bool // words that open a relative time: "this", "last"
	counts  map[string]bool // number words that count a duration's units: "two"
	// names are the full names of weekdays and months, the only time words
	// that stand capitalized: "Day" and "Jun" may be names of people.
	names map[string]bool
}

// nameClasses are the value word classes whose longest word for each value
// is a capitalized name: "friday" but not "fri".
var nameClasses = map[string]bool{"weekday": true, "month": true}

// newTimeLex reads the time words of the value word packs in set.
func newTimeLex(set *rules.Set) timeLex {
	t := timeLex{words: map[string]bool{}, openers: map[string]bool{}, names: map[string]bool{}, counts: map[string]bool{}}
	for _, v := range set.ValueWords() {
		if v.Class == durationLeads {
			for _, w := range v.List {
				t.openers[w] = true // "past" in "the past two weeks"
			}
		}
		if countClasses[v.Class] {
			for w := range v.Words {
				t.counts[w] = true
			}
		}
		if !timeClasses[v.Class] {
			continue
		}
		if nameClasses[v.Class] {
			full := map[string]string{}
			for w, val := range v.Words {
				if len(w) > len(full[val]) {
					full[val] = w
				}
			}
			for _, w := range full {
				t.names[w] = true
			}
		}
		for w := range v.Words {
			parts := strings.Fields(w)
			switch len(parts) {
			case 1:
				t.words[parts[0]] = true
			case 2:
				t.openers[parts[0]] = true
				t.words[parts[1]] = true
			}
		}
	}
	// A fraction names a share of people as often as a time: "half said".
	for _, v := range set.ValueWords() {
		if v.Class == "number.fraction" {
			for w := range v.Words {
				delete(t.words, w)
			}
		}
	}
	return t
}

// timePhrase reports whether tokens [s, e) are a time phrase and no person:
// "Friday", "last week", "Wednesday morning".
func (r *run) timePhrase(s, e int) bool {
	seen := false
	for k := s; k < e; k++ {
		w := r.lower(k)
		switch {
		case r.timeWord(k), r.year(k):
			seen = true
		case r.f.time.openers[w] || r.in(setDeterm, k) && r.isLower(k):
		case !seen && k+1 < e && r.count(k):
		default:
			return false
		}
	}
	if !seen {
		return false
	}
	m := r.mentionIn(r.span(s, e))
	return m < 0 || typeRank(r.d.Entities[r.mentions[m].ent].Type) < 2
}

// maxTimeBack is the most words of a time phrase that timeBack reads.
const maxTimeBack = 3

// timeBack returns the first token of a time phrase that ends at token k,
// with the preposition that opens it ("on Tuesday", "last week", "on
// Monday night"), or -1.
func (r *run) timeBack(k, a int) int {
	x := -1
	for t := k; t > a && k-t < maxTimeBack; t-- {
		if r.timePhrase(t, k+1) {
			x = t
		}
	}
	if x > a && r.isLower(x-1) && r.wordClass(x-1).Has(phr.Preposition) && !r.wordClass(x-1).Has(phr.Subordinator) {
		x--
	}
	return x
}

// timeWord reports whether token k is a time word: in lower case, or a
// weekday or month by its full name ("Day" and "Jun" may be people's).
func (r *run) timeWord(k int) bool {
	return r.in(setTime, k) && (r.isLower(k) || r.f.time.names[r.lower(k)])
}

// year reports whether token k is a year in digits: "1972", "2016".
func (r *run) year(k int) bool {
	t := r.toks[k].Text
	return len(t) == 4 && strings.Trim(t, "0123456789") == "" && (t[0] == '1' && t[1] >= '6' || t[0] == '2' && t[1] == '0')
}

// count reports whether token k counts units of a duration: a number in
// digits or in words ("two", "twenty-one").
func (r *run) count(k int) bool {
	w := r.lower(k)
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return strings.Trim(w, "0123456789,") == ""
	}
	for w != "" {
		part, rest, _ := strings.Cut(w, "-")
		if !r.f.time.counts[part] {
			return false
		}
		w = rest
	}
	return true
}

// beforeTime finds the speaker a time phrase at tokens [s, e) stands in
// for: the noun phrase before it in the sentence, past the preposition that
// opens the time ("Sanders on Wednesday said") or the participle it
// modifies ("a report published Friday found").
func (r *run) beforeTime(s int) (tokenSpan, bool) {
	a := r.sents[r.sentOfOff(r.toks[s].Start)][0]
	k := s - 1
	for k > a && r.isLower(k) && (r.f.time.openers[r.lower(k)] || r.in(setDeterm, k)) {
		k-- // the rest of the time: "over the past two weeks"
	}
	// The preposition of a time with a lead or of a year: "over the past
	// two weeks", "since 1972".
	if k > a && (k < s-1 || r.year(s)) && r.isLower(k) && r.wordClass(k).Has(phr.Preposition) {
		k--
	}
	if k >= a && r.isLower(k) && r.in(setAdverb, k) && !r.f.time.words[r.lower(k)] {
		k--
	}
	if k >= a && r.isLower(k) && r.lexParticiple(k) {
		k--
	}
	if k < a || !r.isWord(k) {
		return tokenSpan{}, false
	}
	ns := r.npBack(k, a)
	if ns > k || !r.validNP(ns, k+1) || r.timePhrase(ns, k+1) || r.placeOnly(ns, k+1) {
		return tokenSpan{}, false
	}
	if ns-1 >= a && r.wordIs(rules.WordInfinitive, ns-1) {
		return tokenSpan{}, false // a verb and its object: "to get a morning show"
	}
	return tokenSpan{ns, k + 1}, true
}

// lexParticiple reports whether token k is a past participle by the phrase
// layer's word classes or its regular ending.
func (r *run) lexParticiple(k int) bool {
	return r.endsWith(rules.WordPastEnd, k) || r.wordClass(k).Has(phr.Participle)
}

// placeOnly reports whether tokens [s, e) are a place mention and nothing
// else: the modifier of a noun before it, not a speaker.
func (r *run) placeOnly(s, e int) bool {
	sp := r.span(s, e)
	m := r.mentionIn(sp)
	return m >= 0 && typeRank(r.d.Entities[r.mentions[m].ent].Type) < 2 && r.mentions[m].Start <= sp.Start && r.mentions[m].End >= sp.End
}

// placeInPhrase returns the preposition whose object speaker phrase spk
// is, when spk is a place and nothing else ("from Leeds", "of York",
// "in Albany, N.Y."), or -1: a place there modifies something, and no
// one speaks as it, as "Beijing said" does for a government. A possessive
// place holds what follows ("Norway's refusal").
func (r *run) placeInPhrase(spk tokenSpan) int {
	if spk.empty() || spk[0] == 0 || !r.placeOnly(spk[0], spk[1]) || r.isPossessive(spk[1]) {
		return -1
	}
	if m := r.mentionIn(r.span(spk[0], spk[1])); !isPlace(r.d.Entities[r.mentions[m].ent].Type) {
		return -1 // a nationality is people: "among Democrats"
	}
	p := spk[0] - 1
	if r.is(p, ",") && p > 0 && r.placeOnly(p-1, p) {
		for p--; p > 0 && r.isCap(p-1); p-- { // the town before its region: "in Chappaqua, N.Y."
		}
		p--
	}
	if p < 0 || !r.isLower(p) || !r.wordClass(p).Has(phr.Preposition) || r.wordClass(p).Has(phr.Subordinator) {
		return -1 // "after Norway claims" opens a clause
	}
	return p
}

// beforePlace returns the noun phrase that the place after preposition p
// modifies, when it opens the clause and ends on a person's name or a
// speaker noun: "Ana Ruiz of Leeds, Yorkshire", "voters in
// Washington".
func (r *run) beforePlace(p int) (tokenSpan, bool) {
	s := r.sentOf(p)
	if s < 0 || p-1 < r.sents[s][0] || !r.isWord(p-1) {
		return tokenSpan{}, false
	}
	a := r.sents[s][0]
	ns := r.npBack(p-1, a)
	if ns > p-1 || !r.validNP(ns, p) || r.placeOnly(ns, p) || !(r.personSpeaker(tokenSpan{ns, p}) || r.isLower(p-1) && r.speakerNoun(p-1)) {
		return tokenSpan{}, false
	}
	if ns > a && !r.is(ns-1, ",;:") {
		return tokenSpan{}, false // the phrase is itself a modifier: "the attack on Holt in Leeds"
	}
	return tokenSpan{ns, p}, true
}

// timeValueEnd returns the token after a date or period that the values
// stage found at token k, alone or after a date preposition ("Monday", "on
// Tuesday", "last week"), and k when there is none.
func (r *run) timeValueEnd(k, b int) int {
	x := k
	if r.wordIs(rules.WordDatePrep, k) {
		x++
	}
	if x >= b {
		return k
	}
	vals, vs := r.valueOrder(), r.d.Values
	at := r.toks[x].Start
	n := sort.Search(len(vals), func(n int) bool { return vs[vals[n]].Start >= at })
	if n == len(vals) || vs[vals[n]].Start != at {
		return k
	}
	v := vs[vals[n]]
	e := r.tokenFrom(v.End)
	switch {
	case e > b:
	case v.Type == document.Date || v.Type == document.Period:
		return e
	case v.Type == document.Duration && e < b && r.isLower(e) && r.wordIs(rules.WordRelativeTime, e):
		return e + 1 // a span back or on from now: "two years ago", "a few days earlier"
	}
	return k
}
