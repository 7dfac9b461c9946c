package compare

import (
	"strconv"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract"
)

// item is one claim prepared for comparison.
type item struct {
	doc       int
	claim     *extract.Claim
	claimant  string  // a linked entity ("x3"), a folded name ("=the report"), or "" for none
	who       int32   // claimant interned, -1 for none
	whoEntity int32   // the claimant's linked entity, -1 for none
	kind      int     // index of the claim's kind in kindOrder
	anchors   []int32 // the people and organizations of the claim's document, linked, sorted
	speaksFor []int32 // the organizations the claimant speaks for, linked, sorted
	cueFamily int
	entities  []int32 // linked entities the claim carries, sorted
	values    []extract.Value
	facts     []fact
	words     content
}

// items prepares every claim of every document, in document then claim order.
func (c *config) items(docs []*extract.Record, lk *linked) []item {
	v, whos := vocab{}, vocab{}
	affiliated := c.affiliations(docs, lk)
	var out []item
	for d, r := range docs {
		vals := make(map[string]*extract.Value, len(r.Values))
		for i := range r.Values {
			vals[r.Values[i].ID] = &r.Values[i]
		}
		names := make(map[string][]string, len(r.Entities))
		var anchors []int32
		for _, e := range r.Entities {
			names[e.ID] = append([]string{e.Name}, e.Aliases...)
			if e.Type == document.Person || e.Type == document.Org {
				anchors = append(anchors, int32(lk.byID[d][e.ID]))
			}
		}
		anchors = sortedSet(anchors)
		for i := range r.Claims {
			cl := &r.Claims[i]
			it := item{doc: d, claim: cl, claimant: claimantKey(cl, lk, d), cueFamily: c.cueFamily(cl.Rule),
				values: []extract.Value{}, who: -1, whoEntity: -1, kind: kindIndex(cl.Kind), anchors: anchors}
			if it.claimant != "" {
				it.who = whos.id(it.claimant)
			}
			if x, ok := entityIndex(it.claimant); ok {
				it.whoEntity = int32(x)
				it.speaksFor = affiliated[it.whoEntity]
			}
			for _, id := range cl.Entities {
				if x, ok := lk.byID[d][id]; ok {
					it.entities = append(it.entities, int32(x))
				}
			}
			it.entities = sortedSet(it.entities)
			var texts []string
			for _, id := range cl.Values {
				val, ok := vals[id]
				if !ok {
					continue
				}
				it.values = append(it.values, *val)
				texts = append(texts, val.Text)
				if f, ok := c.factOf(val); ok {
					it.facts = append(it.facts, f)
				}
			}
			// Entities and claimants weigh on their own: their names are not content.
			for _, id := range cl.Entities {
				texts = append(texts, names[id]...)
			}
			if cl.Claimant != nil && cl.Claimant.Entity != nil {
				texts = append(texts, names[*cl.Claimant.Entity]...)
			}
			it.words = c.contentOf(v, cl.Text, texts)
			out = append(out, it)
		}
	}
	return out
}

// claimantKey names a claim's claimant: its linked entity, else the one
// linked entity its name stands for, else its folded name.
func claimantKey(cl *extract.Claim, lk *linked, doc int) string {
	if cl.Claimant == nil {
		return ""
	}
	if cl.Claimant.Entity != nil {
		if x, ok := lk.byID[doc][*cl.Claimant.Entity]; ok {
			return entityID(x)
		}
	}
	if x, ok := lk.resolveName(cl.Claimant.Name); ok {
		return entityID(x)
	}
	if f := fold(cl.Claimant.Name); f != "" {
		return "=" + f
	}
	return ""
}

// entityIndex turns a claimant key naming a linked entity back into its index.
func entityIndex(key string) (int, bool) {
	if len(key) < 2 || key[0] != 'x' {
		return 0, false
	}
	n, err := strconv.Atoi(key[1:])
	return n - 1, err == nil
}

// isEntityKey reports whether a claimant key names a linked entity, not
// just a name ("the steelmaker") that may describe anyone.
func isEntityKey(key string) bool {
	_, ok := entityIndex(key)
	return ok
}
