package compare

import (
	"testing"

	"github.com/claimex/claimex/extract"
)

func entity(id, typ, name string, aliases ...string) extract.Entity {
	return extract.Entity{ID: id, Type: typ, Name: name, Aliases: aliases}
}

func docWith(source string, ents ...extract.Entity) *extract.Record {
	return &extract.Record{Source: source, Entities: ents}
}

// linkedOf returns the linked entity index of each document's entity, keyed "doc/id".
func linkedOf(t *testing.T, docs ...*extract.Record) map[string]int {
	t.Helper()
	lk := newComparer(t).cfg.linkEntities(docs)
	out := map[string]int{}
	for d, r := range docs {
		for _, e := range r.Entities {
			out[itoa(d)+"/"+e.ID] = lk.byID[d][e.ID]
		}
	}
	return out
}

func TestLinkEntities(t *testing.T) {
	cases := []struct {
		name  string
		docs  []*extract.Record
		same  [][2]string // entities that must be linked
		apart [][2]string
	}{
		{"short and long forms of a person",
			[]*extract.Record{
				docWith("a", entity("e1", "PERSON", "Ken Hu")),
				docWith("b", entity("e1", "PERSON", "Hu")),
				docWith("c", entity("e1", "PERSON", "Huawei rotating Chairman Ken Hu")),
			},
			[][2]string{{"0/e1", "1/e1"}, {"0/e1", "2/e1"}}, nil},
		{"an organization by its first words",
			[]*extract.Record{docWith("a", entity("e1", "ORG", "Huawei Technologies")), docWith("b", entity("e1", "ORG", "Huawei"))},
			[][2]string{{"0/e1", "1/e1"}}, nil},
		{"acronyms and dotted forms",
			[]*extract.Record{
				docWith("a", entity("e1", "GPE", "United States"), entity("e2", "GPE", "UK")),
				docWith("b", entity("e1", "GPE", "U.S."), entity("e2", "GPE", "United Kingdom")),
			},
			[][2]string{{"0/e1", "1/e1"}, {"0/e2", "1/e2"}}, [][2]string{{"0/e1", "0/e2"}}},
		{"a name-like alias links, a description does not",
			[]*extract.Record{
				docWith("a", entity("e1", "ORG", "Huawei", "the company", "Huawei Technologies Co")),
				docWith("b", entity("e1", "ORG", "Huawei Technologies Co")),
				docWith("c", entity("e1", "ORG", "Brightwater Shipping", "the company")),
			},
			[][2]string{{"0/e1", "1/e1"}}, [][2]string{{"0/e1", "2/e1"}}},
		{"an ambiguous short form links to neither",
			[]*extract.Record{
				docWith("a", entity("e1", "PERSON", "Ken Hu"), entity("e2", "PERSON", "Hu Jintao")),
				docWith("b", entity("e1", "PERSON", "Jintao")),
				docWith("c", entity("e1", "PERSON", "Ming Hu")),
				docWith("d", entity("e1", "PERSON", "Hu")),
			},
			nil, [][2]string{{"3/e1", "0/e1"}, {"3/e1", "2/e1"}, {"0/e1", "2/e1"}}},
		{"types are kept apart",
			[]*extract.Record{docWith("a", entity("e1", "GPE", "Georgia")), docWith("b", entity("e1", "PERSON", "Georgia"))},
			nil, [][2]string{{"0/e1", "1/e1"}}},
	}
	for _, tc := range cases {
		got := linkedOf(t, tc.docs...)
		for _, p := range tc.same {
			if got[p[0]] != got[p[1]] {
				t.Errorf("%s: %s and %s not linked", tc.name, p[0], p[1])
			}
		}
		for _, p := range tc.apart {
			if got[p[0]] == got[p[1]] {
				t.Errorf("%s: %s and %s linked", tc.name, p[0], p[1])
			}
		}
	}
}

func TestLinkedEntityNames(t *testing.T) {
	docs := []*extract.Record{
		docWith("a", entity("e1", "ORG", "Huawei", "the Chinese technology giant")),
		docWith("b", entity("e1", "ORG", "Huawei", "the company")),
		docWith("c", entity("e1", "ORG", "Huawei Technologies")),
	}
	lk := newComparer(t).cfg.linkEntities(docs)
	if len(lk.entities) != 1 {
		t.Fatalf("got %d linked entities, want 1: %+v", len(lk.entities), lk.entities)
	}
	e := lk.entities[0]
	if e.Name != "Huawei" || e.ID != "x1" || len(e.Members) != 3 {
		t.Errorf("got %+v", e)
	}
	want := map[string]bool{"the Chinese technology giant": true, "the company": true, "Huawei Technologies": true}
	for _, a := range e.Aliases {
		delete(want, a)
	}
	if len(want) > 0 {
		t.Errorf("aliases %v lack %v", e.Aliases, want)
	}
	if x, ok := lk.resolveName("huawei"); !ok || x != 0 {
		t.Errorf("resolveName(huawei) = %d, %v", x, ok)
	}
}
