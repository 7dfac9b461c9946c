package claims

import (
	"strings"

	"github.com/claimex/claimex/document"
)

// maxLabelWords is the most capitalized words of a paragraph's lead label.
const maxLabelWords = 3

// leadLabels reads a paragraph that opens with a short name and a colon, as
// headlines and ledes attribute what follows: "Sanders: Clinton needs to get
// away from ...", "Pat Caddell: Democrat voters worried ...". The label is one
// to three capitalized words, not a determiner nor a furniture word of the
// named rule's exclusions ("Update:", "Source:"), whose last word is a name
// elsewhere in the article: a person or organization mention, or, without
// the entity stage, a capitalized word inside a sentence. Transcript labels
// (labels) are read first and left alone. An article whose several lead
// labels each name someone else, none speaking twice as a transcript's turns
// do, uses them as section heads, and none attributes.
func (r *run) leadLabels() {
	var names map[string]bool // words used as names in the article, built on demand
	var found []leadLabel
	speakers := map[string]int{} // labels by their last word
	for _, p := range r.d.Paragraphs {
		l, ok := r.leadLabelAt(p, &names)
		if !ok {
			continue
		}
		found = append(found, l)
		speakers[r.lower(l.colon-1)]++
	}
	if len(found) >= sectionLabels && len(speakers) == len(found) {
		// One name heading each section of a survey: "Sanders: Win in a walk."
		r.sectionColons = map[int]bool{}
		for _, l := range found {
			r.sectionColons[l.colon] = true
		}
		return
	}
	for _, l := range found {
		c, x := r.trimContent(l.body, l.end)
		if r.words(c, x) < 3 || r.drafted(r.span(l.first, x)) {
			continue
		}
		spk := tokenSpan{l.first, l.colon}
		if q := r.quoteAt(c, x); q >= 0 && r.quotes[q].close == x-1 {
			// One quotation after the label: its words, claimed once as the
			// quote of its region ("Reid: 'Never underestimate Trump.'").
			r.add(document.Quote, spk, r.quotes[q].inner, l.colon, l.body, l.rule, q, false)
		} else {
			r.add(document.Reported, spk, r.span(c, x), l.colon, l.body, l.rule, -1, false)
		}
		r.markClaimed(r.span(l.first, x))
	}
}

// sectionLabels is the fewest lead labels, each naming a different person,
// of an article whose labels head its sections rather than attribute what
// follows.
const sectionLabels = 3

// lowerSpan returns the text of tokens sp, lower-cased.
func (r *run) lowerSpan(sp tokenSpan) string {
	return strings.ToLower(r.text[r.toks[sp[0]].Start:r.toks[sp[1]-1].End])
}

// leadLabel is a paragraph's lead label: its first token, its colon, the
// first token after the colon, the end of the paragraph and the colon's rule.
type leadLabel struct {
	first, colon, body, end int
	rule                    string
}

// leadLabelAt reads the lead label of paragraph p, building the article's
// name words in names when first needed.
func (r *run) leadLabelAt(p document.Span, names *map[string]bool) (leadLabel, bool) {
	t := r.tokenAt(p.Start)
	e := t
	for e < len(r.toks) && e < t+maxLabelWords && r.isWord(e) && r.isCap(e) && r.toks[e].End <= p.End {
		e++
	}
	if e == t || e >= len(r.toks) || !r.is(e, ":") || r.toks[e].End > p.End || r.sentOf(t) < 0 {
		return leadLabel{}, false
	}
	ac, j, ok := match(r, r.f.cues, e, e+1)
	if !ok || !ac.rule.Named || r.in(setDeterm, t) || r.in(setBoundary, t) || ac.notLabel[r.lowerSpan(tokenSpan{t, e})] {
		return leadLabel{}, false
	}
	if r.placeLabel(tokenSpan{t, e}) {
		return leadLabel{}, false // a place heads a section, it says nothing: "Iowa: ..."
	}
	if *names == nil {
		*names = r.labelNames()
	}
	if !(*names)[r.lower(e-1)] && !r.namedEntity(tokenSpan{t, e}) {
		return leadLabel{}, false
	}
	end := min(r.tokenAt(p.End), len(r.toks))
	if j >= end {
		return leadLabel{}, false // nothing after the colon: "B:"
	}
	return leadLabel{t, e, j, end, ac.id}, true
}

// placeLabel reports whether the label tokens are the whole of a place
// mention the entity stage found.
func (r *run) placeLabel(l tokenSpan) bool {
	sp := r.span(l[0], l[1])
	m := r.mentionIn(sp)
	return m >= 0 && r.mentions[m].Start == sp.Start && r.mentions[m].End == sp.End && isPlace(r.d.Entities[r.mentions[m].ent].Type)
}

// labelNames returns the lower-cased words that the article uses as names:
// words of person or organization mentions, or, when the entity stage has not
// run, capitalized words that do not open their sentence.
func (r *run) labelNames() map[string]bool {
	out := map[string]bool{}
	if len(r.d.Entities) > 0 {
		for _, m := range r.mentions {
			t := r.d.Entities[m.ent].Type
			if t != document.Person && t != document.Org {
				continue
			}
			for k := r.tokenAt(m.Start); k < len(r.toks) && r.toks[k].Start < m.End; k++ {
				if r.isWord(k) {
					out[r.lower(k)] = true
				}
			}
		}
		return out
	}
	for k := range r.toks {
		if s := r.sentOf(k); s >= 0 && k > r.sents[s][0] && r.isWord(k) && r.isCap(k) && !r.headline(k) {
			out[r.lower(k)] = true
		}
	}
	return out
}

// drafted reports whether a draft's content or cue overlaps sp.
func (r *run) drafted(sp document.Span) bool {
	for _, d := range r.drafts {
		if d.content.Overlaps(sp) || d.cueSpan.Overlaps(sp) {
			return true
		}
	}
	return false
}
