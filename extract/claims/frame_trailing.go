package claims

import (
	"strings"

	"github.com/claimex/claimex/document"
)

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

// framePunct reports whether token i can separate content from a frame after it.
func (r *run) framePunct(i int) bool {
	return r.is(i, ",—–(") || r.isClose(i)
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
