package compare

import "slices"

// score weighs the evidence that two claims make the same statement. It
// returns the total and the part that comes from what the claims say
// (content words, entities, values), which must reach min_evidence alone.
func (c *config) score(a, b *item) (total, evidence float64) {
	w := &c.w
	switch {
	case a.claimant == "" && b.claimant == "":
		total += w.claimantNone
	case a.claimant == "" || b.claimant == "":
		if aboutClaimant(a, b) || aboutClaimant(b, a) {
			total += w.claimantSubject
		}
	case a.claimant == b.claimant:
		total += w.claimant
	case isEntityKey(a.claimant) && isEntityKey(b.claimant):
		total += w.claimantDiffers
	}
	switch {
	case a.claim.Kind == b.claim.Kind:
		total += w.kind
	case c.kindFamily[[2]string{a.claim.Kind, b.claim.Kind}]:
		total += w.kindFamily
	}
	if a.cueFamily >= 0 && a.cueFamily == b.cueFamily {
		total += w.cue
	}
	evidence = w.content * dice(a.words, b.words)
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
// weigh more than dates and durations), else the smaller weight when they
// only have a slot in common, else 0.
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
	x, ok := entityIndex(b.claimant)
	if a.claimant != "" || !ok {
		return false
	}
	_, found := slices.BinarySearch(a.entities, int32(x))
	return found
}
