package claims

import "github.com/claimex/claimex/document"

// nestedVias records, for each claim whose frame (a named speaker, then its
// cue) opens the content of another claim by someone else, that other
// claimant as its via: in "X said Y told him that ...", the words are Y's,
// and the article has them from X. The innermost such content gives the
// via; a via an "according to" phrase gave is kept, and a pronoun speaker,
// which may stand for the outer one, gets none. order lists the drafts by
// position.
func (r *run) nestedVias(order []int) {
	for p, k2 := range order {
		d2 := &r.drafts[k2]
		if d2.via != "" || d2.claimant == nil || d2.cueSpan.Len() == 0 || d2.speaker.empty() || d2.kind == document.Assertion ||
			d2.speaker[1]-d2.speaker[0] == 1 && r.subjectPronoun(d2.speaker[0]) {
			continue // a pronoun may stand for the outer speaker
		}
		frame := document.Span{Start: min(r.toks[d2.speaker[0]].Start, d2.cueSpan.Start), End: max(r.toks[d2.speaker[1]-1].End, d2.cueSpan.End)}
		var outer *draft
		for q := p - 1; q >= 0 && q >= p-draftsBack; q-- {
			r.steps++
			d1 := &r.drafts[order[q]]
			if d1.claimant == nil || d1.kind == document.Assertion || d1.content.Start != frame.Start || !d1.content.Contains(d2.content) {
				continue // the inner frame opens the outer content: "X said (that) Y told ..."
			}
			if outer == nil || outer.content.Contains(d1.content) {
				outer = d1
			}
		}
		if outer != nil && !sameClaimant(outer.claimant, d2.claimant) {
			d2.via = outer.claimant.Name
		}
	}
}

// sameClaimant reports whether two claimants are one: the same entity, or
// the same name when either has none.
func sameClaimant(a, b *document.Claimant) bool {
	if a.Entity != "" && b.Entity != "" {
		return a.Entity == b.Entity
	}
	return a.Name == b.Name
}
