package claims

import (
	"slices"
	"sort"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// quotingSpeaker returns the claimant of the quote that holds draft k's cue,
// for a speaker who names themself ("I think", "we believe") inside someone
// else's quoted words or transcript answer. It returns nil outside a quote,
// or when the quote has no claimant of its own.
func (r *run) quotingSpeaker(k int) *document.Claimant {
	cue := r.drafts[k].cueSpan
	if cue.End <= cue.Start {
		return nil
	}
	if r.quoteDrafts == nil {
		r.indexQuoteDrafts()
	}
	// The quote drafts, by content start: those that start at or before the
	// cue, nearest first; a quote holds others rarely, so few are looked at.
	x := sort.Search(len(r.quoteDrafts), func(x int) bool { return r.drafts[r.quoteDrafts[x]].content.Start > cue.Start })
	for n := 0; x > 0 && n < maxHostQuotes; n++ {
		x--
		h := r.quoteDrafts[x]
		q := &r.drafts[h]
		if h == k || q.content.End < cue.End {
			continue
		}
		if !q.speaker.empty() && q.speaker[1]-q.speaker[0] == 1 && r.wordIs(rules.WordSelfPronoun, q.speaker[0]) {
			continue // a quote of someone who names themself too
		}
		r.resolve(h)
		if q.claimant == nil {
			return nil
		}
		c := *q.claimant
		return &c
	}
	return nil
}

// maxHostQuotes is the most quote drafts, starting before a cue, looked at
// for the one that holds it.
const maxHostQuotes = 8

// indexQuoteDrafts lists the quote drafts by content start.
func (r *run) indexQuoteDrafts() {
	r.quoteDrafts = make([]int, 0, len(r.quotes))
	for h := range r.drafts {
		if r.drafts[h].kind == document.Quote {
			r.quoteDrafts = append(r.quoteDrafts, h)
		}
	}
	sort.Slice(r.quoteDrafts, func(i, j int) bool {
		return r.drafts[r.quoteDrafts[i]].content.Start < r.drafts[r.quoteDrafts[j]].content.Start
	})
}

// narrator returns the author of the article as the claimant of a
// first-person singular speaker at token s outside quotation marks ("I
// believe the plan will fail" in an opinion piece), when the page names
// one author; else nil. The author is an entity when the entity stage
// found a person of that name.
func (r *run) narrator(s int) *document.Claimant {
	if !r.wordIs(rules.WordNarratorPronoun, s) || r.quoteOf[s] >= 0 || len(r.d.Meta.Authors) != 1 {
		return nil
	}
	name := r.d.Meta.Authors[0]
	for _, e := range r.d.Entities {
		if e.Type == document.Person && (e.Name == name || slices.Contains(e.Aliases, name)) {
			return &document.Claimant{Name: e.Name, Entity: e.ID}
		}
	}
	return &document.Claimant{Name: name}
}
