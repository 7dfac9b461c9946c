package compare

import "slices"

// pairScore is the evidence that two claims make the same statement.
type pairScore struct {
	// total is all the evidence; said the part that comes from what the
	// claims say (content words, entities, values).
	total, said float64
	// common counts the content words the claims share.
	common int
	// differ is set when the claims name two different linked claimants.
	differ bool
}

// score weighs the evidence that two claims make the same statement.
func (c *config) score(a, b *item) pairScore {
	w := &c.w
	var p pairScore
	affiliated := speaksFor(a, b) || speaksFor(b, a)
	p.total, p.differ = c.claimantScore(a, b, affiliated), a.who != b.who && a.whoEntity >= 0 && b.whoEntity >= 0 && !affiliated
	switch {
	case a.kind == b.kind:
		p.total += w.kind
	case c.kindCompat[a.kind][b.kind]:
		p.total += w.kindFamily
	}
	if a.cueFamily >= 0 && a.cueFamily == b.cueFamily {
		p.total += w.cue
	}
	// Two short claims sharing a word or two overlap much by chance: the
	// overlap counts in full from full_common shared words on, or when one
	// claimant says the very same words ("the plan").
	var d float64
	d, p.common = overlap(a.words, b.words)
	damp := min(1, float64(p.common)/w.fullCommon)
	if d == 1 && a.who >= 0 && a.who == b.who {
		damp = 1
	}
	p.said = w.content * d * damp
	if a.doc != b.doc && countCommon(a.anchors, b.anchors) == 0 {
		p.total += w.documentsApart // reports of one event name some person or organization in common
	}
	if a.who < 0 && b.who < 0 && len(a.entities) == 0 && len(b.entities) == 0 {
		p.total += w.unanchored // neither says whose claim it is or what it is about
	}
	if len(a.entities) > 0 && len(b.entities) > 0 {
		if j := jaccard(a.entities, b.entities); j > 0 {
			p.said += w.entities * j
		} else {
			p.total += w.entitiesDisjoint
		}
	}
	p.said += c.valueEvidence(a.facts, b.facts)
	p.total += p.said
	return p
}

// claimantScore weighs who makes the two claims; affiliated says that one
// claimant speaks for the other.
func (c *config) claimantScore(a, b *item, affiliated bool) float64 {
	w := &c.w
	switch {
	case a.who < 0 && b.who < 0:
		return w.claimantNone
	case a.who < 0 || b.who < 0:
		if aboutClaimant(a, b) || aboutClaimant(b, a) {
			return w.claimantSubject
		}
	case a.who == b.who:
		return w.claimant
	case affiliated:
		return w.claimantAffiliated
	case a.whoEntity >= 0 && b.whoEntity >= 0:
		return w.claimantDiffers
	}
	return 0
}

// valueEvidence weighs the values two claims share: the best weight of a
// value of a compatible with one of b (amounts, counts and percentages
// weigh more than dates and durations); else, when two values could be
// compared and disagree (how a conflict groups), the conflict weight; else
// the smaller weight when they only have a slot in common, else 0. Periods
// of time_span days or more overlap by nature ("this summer" and "the third
// quarter") and count only as a shared slot.
func (c *config) valueEvidence(a, b []fact) float64 {
	best, shared := 0.0, false
	for _, fa := range a {
		for _, fb := range b {
			if fa.slot != fb.slot {
				continue
			}
			shared = true
			ok, comparable := compatible(fa, fb)
			broad := fa.slot == SlotDate && max(fa.hi-fa.lo, fb.hi-fb.lo) >= c.w.timeSpan
			switch {
			case !comparable || broad:
			case !ok:
				best = max(best, c.w.valueConflict)
			case fa.slot == SlotDate || fa.slot == SlotDuration:
				best = max(best, c.w.timeValues)
			default:
				best = max(best, c.w.values)
			}
		}
	}
	if shared {
		return max(best, c.w.valueSlotOnly)
	}
	return best
}

// sameScore reports whether two claims make the same statement, with their
// score. Claims of two different claimants must also share differs_min_common
// content words: only the same words make them one statement.
func (c *config) sameScore(a, b *item) (float64, bool) {
	p := c.score(a, b)
	if p.differ && float64(p.common) < c.w.differsMinCommon {
		return p.total, false
	}
	return p.total, p.said >= c.w.minEvidence && p.total >= c.w.threshold
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
