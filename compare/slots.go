package compare

import "github.com/claimex/claimex/extract"

// slots gathers the values of each slot type across a group's members. A
// value slot is incompatible when two members of different sources each
// carry values of it and the fewer values of one cannot all be matched by
// compatible values of the other; values that cannot be compared (other
// currencies, units, a vague amount of no known size) never conflict. The
// claimant slot is incompatible when two sources name different claimants.
func (c *config) slots(members []int, items []item, docs []*extract.Record) []Slot {
	out := []Slot{}
	for _, typ := range SlotTypes {
		s := Slot{Type: typ, Values: []SlotValue{}, Compatible: true}
		for _, i := range members {
			it := &items[i]
			for _, sv := range slotValues(it, typ, c) {
				sv.Document, sv.Source, sv.Claim = it.doc, docs[it.doc].Source, it.claim.ID
				s.Values = append(s.Values, sv)
			}
		}
		if len(s.Values) == 0 {
			continue
		}
		s.Compatible = c.slotCompatible(typ, members, items)
		out = append(out, s)
	}
	return out
}

// slotValues lists an item's values of one slot type.
func slotValues(it *item, typ string, c *config) []SlotValue {
	if typ == SlotClaimant {
		if it.claimant == "" || it.claim.Claimant == nil {
			return nil
		}
		return []SlotValue{{Text: it.claim.Claimant.Name, Value: it.claim.Claimant.Name}}
	}
	var out []SlotValue
	for k := range it.values {
		v := &it.values[k]
		if f, ok := c.factOf(v); ok && f.slot == typ {
			out = append(out, SlotValue{Text: v.Text, Value: v.Value})
		}
	}
	return out
}

// slotCompatible checks every pair of members from different sources.
func (c *config) slotCompatible(typ string, members []int, items []item) bool {
	if typ == SlotClaimant {
		return claimantsCompatible(members, items)
	}
	for x, i := range members {
		for _, j := range members[x+1:] {
			a, b := &items[i], &items[j]
			if a.doc == b.doc {
				continue
			}
			if !factsMatch(factsOf(a, typ), factsOf(b, typ)) {
				return false
			}
		}
	}
	return true
}

func factsOf(it *item, typ string) []fact {
	var out []fact
	for _, f := range it.facts {
		if f.slot == typ {
			out = append(out, f)
		}
	}
	return out
}

// factsMatch reports whether every fact of the shorter list has a
// compatible (or incomparable) fact in the other; an empty list matches.
func factsMatch(a, b []fact) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, fa := range a {
		found := false
		for _, fb := range b {
			if ok, _ := compatible(fa, fb); ok {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// claimantsCompatible is false when two sources each name linked entities
// as the group's claimants and share none of them, and none of one's
// people speaks for a claimant of the other (the company and its chairman
// agree). Names no entity stands for ("the steelmaker") never conflict:
// they may describe anyone.
func claimantsCompatible(members []int, items []item) bool {
	bySource := map[int][]*item{}
	var docs []int
	for _, i := range members {
		it := &items[i]
		if it.whoEntity < 0 {
			continue
		}
		if bySource[it.doc] == nil {
			docs = append(docs, it.doc)
		}
		bySource[it.doc] = append(bySource[it.doc], it)
	}
	for x, a := range docs {
		for _, b := range docs[x+1:] {
			if !claimantsMeet(bySource[a], bySource[b]) {
				return false
			}
		}
	}
	return true
}

// claimantsMeet reports whether two sources' claimants share one, or one
// speaks for the other.
func claimantsMeet(a, b []*item) bool {
	for _, x := range a {
		for _, y := range b {
			if x.whoEntity == y.whoEntity || speaksFor(x, y) || speaksFor(y, x) {
				return true
			}
		}
	}
	return false
}
