package claims

import (
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
	for h := range r.drafts {
		q := &r.drafts[h]
		if h == k || q.kind != document.Quote || q.content.Start > cue.Start || q.content.End < cue.End {
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
