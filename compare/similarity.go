package compare

import "slices"

// score weighs the evidence that two claims make the same statement. It
// returns the total and the part that comes from what the claims say
// (content words, entities, values), which must reach min_evidence alone.
func (c *config) score(a, b *item) (total, evidence float64) {
	w := &c.w
	switch {
	case a.who < 0 && b.who < 0:
		total += w.claimantNone
	case a.who < 0 || b.who < 0:
		if aboutClaimant(a, b) || aboutClaimant(b, a) {
			total += w.claimantSubject
		}
	case a.who == b.who:
		total += w.claimant
	case a.whoEntity >= 0 && b.whoEntity >= 0:
		total += w.claimantDiffers
	}
	switch {
	case a.kind == b.kind:
		total += w.kind
	case c.kindCompat[a.kind][b.kind]:
		total += w.kindFamily
	}
	if a.cueFamily >= 0 && a.cueFamily == b.cueFamily {
		total += w.cue
	}
	// Two short claims sharing a word or two overlap much by chance: the
	// overlap counts in full from full_common shared words on.
	d, common := overlap(a.words, b.words)
	evidence = w.content * d * min(1, float64(common)/w.fullCommon)
	if a.doc != b.doc && countCommon(a.anchors, b.anchors) == 0 {
		total += w.documentsApart // reports of one event name some person or organization in common
	}
	if a.who < 0 && b.who < 0 && len(a.entities) == 0 && len(b.entities) == 0 {
		total += w.unanchored // neither says whose claim it is or what it is about
	}
	if len(a.entities) > 0 && len(b.entities) > 0 {
		if j := jaccard(a.entities, b.entities); j > 0 {
			evidence += w.entities * j
		} else {
			total += w.entitiesDisjoint
		}
	}
	evidence += c.valueEvidence(a.facts, b.facts)
	return total + evidence, evidence
}

// valueEvidence weighs the values two claims share: the best weight of a
// value of a compatible with one of b (amounts, counts and percentages
// weigh more than dates and durations, and periods of time_span days or
// more no more than a shared slot), else the smaller weight when they only
// have a slot in common, else 0.
func (c *config) valueEvidence(a, b []fact) float64 {
	best, shared := 0.0, false
	for _, fa := range a {
		for _, fb := range b {
			if fa.slot != fb.slot {
				continue
			}
			shared = true
			if ok, comparable := compatible(fa, fb); ok && comparable {
				w := c.w.values
				if fa.slot == SlotDate || fa.slot == SlotDuration {
					w = c.w.timeValues
					if fa.slot == SlotDate && max(fa.hi-fa.lo, fb.hi-fb.lo) >= c.w.timeSpan {
						w = c.w.valueSlotOnly // "this summer" and "the third quarter" overlap by nature
					}
				}
				best = max(best, w)
			}
		}
	}
	if best == 0 && shared {
		return c.w.valueSlotOnly
	}
	return best
}

// sameScore reports whether two claims make the same statement, with their score.
func (c *config) sameScore(a, b *item) (float64, bool) {
	total, evidence := c.score(a, b)
	return total, evidence >= c.w.minEvidence && total >= c.w.threshold
}

// aboutClaimant reports whether a, the article's own claim, carries the
// entity that makes claim b: the article says of X what X says.
func aboutClaimant(a, b *item) bool {
	if a.who >= 0 || b.whoEntity < 0 {
		return false
	}
	_, found := slices.BinarySearch(a.entities, b.whoEntity)
	return found
}
