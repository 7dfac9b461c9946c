package compare

import (
	"math"
	"slices"

	"github.com/claimex/claimex/extract"
)

// groupItems groups claims that make the same statement and returns the
// groups as lists of items, ordered by their first item. Candidate pairs
// that pass are taken best first; a pair joins its two groups only when
// at least the linkage share of all pairs between them pass too, so one
// claim that states two facts does not chain their groups into one.
func (c *config) groupItems(items []item) [][]int {
	type edge struct {
		i, j  int
		score float64
	}
	var edges []edge
	adj := make([][]int32, len(items)) // the passing pairs of each item
	c.block(items).pairs(len(items), func(i, j int) {
		if total, ok := c.sameScore(&items[i], &items[j]); ok {
			edges = append(edges, edge{i, j, total})
			adj[i] = append(adj[i], int32(j))
			adj[j] = append(adj[j], int32(i))
		}
	})
	slices.SortStableFunc(edges, func(a, b edge) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return 0
	})
	uf := newUnionFind(len(items))
	members := make([][]int, len(items))
	for i := range members {
		members[i] = []int{i}
	}
	for _, e := range edges {
		ra, rb := uf.find(e.i), uf.find(e.j)
		if ra == rb || !c.linked(members[ra], members[rb], rb, adj, uf) {
			continue
		}
		uf.union(ra, rb)
		r := uf.find(ra)
		joined := append(members[ra], members[rb]...)
		members[ra], members[rb] = nil, nil
		members[r] = joined
	}
	byRoot := map[int]int{}
	var groups [][]int
	for i := range items {
		r := uf.find(i)
		g, ok := byRoot[r]
		if !ok {
			g = len(groups)
			byRoot[r] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
	}
	return groups
}

// linked reports whether at least the linkage share of the pairs between
// groups a and b (whose root is rb) make the same statement: it counts the
// passing pairs of a's members that end in b.
func (c *config) linked(a, b []int, rb int, adj [][]int32, uf unionFind) bool {
	need := int(math.Ceil(c.w.linkage * float64(len(a)*len(b))))
	pass := 0
	for _, i := range a {
		for _, j := range adj[i] {
			if uf.find(int(j)) == rb {
				pass++
			}
		}
		if pass >= need {
			return true
		}
	}
	return pass >= need
}

// newGroup builds the output of one group of items.
func (c *config) newGroup(n int, members []int, items []item, docs []*extract.Record, lk *linked) Group {
	g := Group{ID: "g" + itoa(n+1), Members: []Member{}}
	sources := map[int]bool{}
	kinds := map[string]int{}
	claimants := map[string]int{}
	for _, i := range members {
		it := &items[i]
		cl := it.claim
		sources[it.doc] = true
		kinds[cl.Kind]++
		if it.claimant != "" {
			claimants[it.claimant]++
		}
		m := Member{Document: it.doc, Source: docs[it.doc].Source, Claim: cl.ID, Kind: cl.Kind, Text: cl.Text,
			Start: cl.Start, End: cl.End, Values: slices.Clone(it.values)}
		if cl.Claimant != nil {
			m.Claimant = &cl.Claimant.Name
		}
		g.Members = append(g.Members, m)
	}
	g.Sources = len(sources)
	first := &items[members[0]]
	g.Statement = first.claim.Text
	g.Kind = mostCommon(kinds, first.claim.Kind, members, items, func(it *item) string { return it.claim.Kind })
	if len(claimants) > 0 {
		key := mostCommon(claimants, "", members, items, func(it *item) string { return it.claimant })
		g.Claimant = claimantOf(key, members, items, lk)
	}
	g.Slots = c.slots(members, items, docs)
	g.Status = status(g)
	return g
}

// mostCommon returns the most counted key, the first member's on ties.
func mostCommon(count map[string]int, fallback string, members []int, items []item, key func(*item) string) string {
	best, bestN := fallback, count[fallback]
	for _, i := range members {
		if k := key(&items[i]); count[k] > bestN {
			best, bestN = k, count[k]
		}
	}
	return best
}

// claimantOf names a group's claimant: the linked entity's name, or the
// name as the first member with that claimant wrote it.
func claimantOf(key string, members []int, items []item, lk *linked) *Claimant {
	if x, ok := entityIndex(key); ok && x < len(lk.entities) {
		id := lk.entities[x].ID
		return &Claimant{Name: lk.entities[x].Name, Entity: &id}
	}
	for _, i := range members {
		if it := &items[i]; it.claimant == key && it.claim.Claimant != nil {
			return &Claimant{Name: it.claim.Claimant.Name}
		}
	}
	return nil
}

// status is conflicting when a slot is incompatible, corroborated when two
// or more sources carry the statement, else single.
func status(g Group) string {
	for _, s := range g.Slots {
		if !s.Compatible {
			return Conflicting
		}
	}
	if g.Sources > 1 {
		return Corroborated
	}
	return Single
}
