package compare

import (
	"slices"
	"strings"
	"unicode"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract"
)

// entityRef names one document's entity: document index and position in its entities.
type entityRef struct{ doc, ent int }

// linker links the entities of all documents into cross-document entities.
type linker struct {
	cfg   *config
	refs  []entityRef
	types []string
	names [][]string // per ref: its name, then its aliases that are names
	uf    unionFind
}

// linked is the outcome of entity linking.
type linked struct {
	entities []Entity
	byRef    map[entityRef]int       // a document's entity → its linked entity
	byID     []map[string]int        // per document: entity id → linked entity
	names    map[string]map[int]bool // type-free folded names and short forms → linked entities
}

// linkEntities links by canonical name, name-like aliases and acronyms, then
// links short forms ("Hu", "Huawei") to the one longer name they shorten.
func (c *config) linkEntities(docs []*extract.Record) *linked {
	l := &linker{cfg: c}
	for d, r := range docs {
		for e := range r.Entities {
			ent := &r.Entities[e]
			l.refs = append(l.refs, entityRef{d, e})
			l.types = append(l.types, ent.Type)
			l.names = append(l.names, l.nameForms(ent))
		}
	}
	l.uf = newUnionFind(len(l.refs))
	l.linkByKeys()
	l.linkShortForms()
	return l.result(docs)
}

// nameForms returns an entity's name and those aliases that are names: not
// descriptions ("the company") and not a part of the name ("Hu" of "Ken Hu").
func (l *linker) nameForms(e *extract.Entity) []string {
	out := []string{e.Name}
	full := fold(e.Name)
	for _, a := range e.Aliases {
		words := strings.Fields(fold(a))
		if len(words) == 0 || l.cfg.descriptors[words[0]] || !startsUpper(a) {
			continue
		}
		if f := fold(a); f != full && !strings.Contains(" "+full+" ", " "+f+" ") {
			out = append(out, a)
		}
	}
	return out
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// linkByKeys joins entities of one type sharing a folded name or acronym.
func (l *linker) linkByKeys() {
	first := map[string]int{}
	for i := range l.refs {
		for _, n := range l.names[i] {
			keys := []string{l.types[i] + "|" + fold(n)}
			if a := acronym(n); a != "" {
				keys = append(keys, l.types[i]+"|"+a)
			}
			for _, k := range keys {
				if j, ok := first[k]; ok {
					l.uf.union(j, i)
				} else {
					first[k] = i
				}
			}
		}
	}
}

// linkShortForms joins a name to the one linked entity of its type with a
// longer name it shortens: a person by the last words ("Hu", "Ken Hu" of
// "rotating Chairman Ken Hu"), anything else by the first ("Huawei" of
// "Huawei Technologies"). Longer names link first.
func (l *linker) linkShortForms() {
	longer := map[string][]int{}
	for i := range l.refs {
		for _, n := range l.names[i] {
			for _, a := range affixes(strings.Fields(fold(n)), l.types[i] == document.Person) {
				k := l.types[i] + "|" + a
				longer[k] = append(longer[k], i)
			}
		}
	}
	order := make([]int, len(l.refs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return len(strings.Fields(l.names[b][0])) - len(strings.Fields(l.names[a][0]))
	})
	for _, i := range order {
		roots := map[int]bool{}
		for _, j := range longer[l.types[i]+"|"+fold(l.names[i][0])] {
			if r := l.uf.find(j); r != l.uf.find(i) {
				roots[r] = true
			}
		}
		if len(roots) == 1 {
			for r := range roots {
				l.uf.union(r, i)
			}
		}
	}
}

// affixes are the proper suffixes (for a person) or prefixes of a name's words.
func affixes(words []string, person bool) []string {
	var out []string
	for n := 1; n < len(words); n++ {
		if person {
			out = append(out, strings.Join(words[len(words)-n:], " "))
		} else {
			out = append(out, strings.Join(words[:n], " "))
		}
	}
	return out
}

// acronym returns the lower-case initials of a name of two or more
// capitalized words ("United Kingdom" → "uk"), or "".
func acronym(name string) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		if unicode.IsUpper(r[0]) {
			b.WriteRune(unicode.ToLower(r[0]))
			n++
		}
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

// fold lower-cases a name, drops periods and normalizes apostrophes and spaces.
func fold(s string) string {
	s = strings.NewReplacer(".", "", "\u2019", "'").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// result numbers the linked entities in order of first appearance.
func (l *linker) result(docs []*extract.Record) *linked {
	out := &linked{byRef: map[entityRef]int{}, byID: make([]map[string]int, len(docs)), names: map[string]map[int]bool{}}
	for d := range docs {
		out.byID[d] = map[string]int{}
	}
	index := map[int]int{}
	for i, ref := range l.refs {
		root := l.uf.find(i)
		x, ok := index[root]
		if !ok {
			x = len(out.entities)
			index[root] = x
			out.entities = append(out.entities, Entity{ID: entityID(x), Type: l.types[i], Aliases: []string{}})
		}
		e := &docs[ref.doc].Entities[ref.ent]
		out.entities[x].Members = append(out.entities[x].Members, EntityMember{Document: ref.doc, Source: docs[ref.doc].Source, Entity: e.ID})
		out.byRef[ref] = x
		out.byID[ref.doc][e.ID] = x
	}
	l.nameEntities(docs, out)
	return out
}

// nameEntities gives each linked entity its most used name (the longest on
// ties) and every other form as an alias, and indexes names for claimants.
func (l *linker) nameEntities(docs []*extract.Record, out *linked) {
	forms := make([][]string, len(out.entities))
	counts := make([]map[string]int, len(out.entities))
	for i, ref := range l.refs {
		x := out.byRef[ref]
		e := &docs[ref.doc].Entities[ref.ent]
		if counts[x] == nil {
			counts[x] = map[string]int{}
		}
		counts[x][e.Name]++
		forms[x] = append(forms[x], e.Name)
		forms[x] = append(forms[x], e.Aliases...)
		for _, n := range l.names[i] {
			l.indexName(out, fold(n), x, l.types[i] == document.Person)
		}
	}
	for x := range out.entities {
		count := counts[x]
		best := ""
		for n, k := range count {
			if best == "" || k > count[best] || (k == count[best] && (len(n) > len(best) || (len(n) == len(best) && n < best))) {
				best = n
			}
		}
		out.entities[x].Name = best
		seen := map[string]bool{fold(best): true}
		for _, f := range forms[x] {
			if !seen[fold(f)] {
				seen[fold(f)] = true
				out.entities[x].Aliases = append(out.entities[x].Aliases, f)
			}
		}
	}
}

// indexName records a folded name and its short forms as naming entity x.
func (l *linker) indexName(out *linked, name string, x int, person bool) {
	keys := append([]string{name}, affixes(strings.Fields(name), person)...)
	for _, k := range keys {
		if out.names[k] == nil {
			out.names[k] = map[int]bool{}
		}
		out.names[k][x] = true
	}
}

// resolveName returns the linked entity a claimant's name stands for when
// exactly one has that name or short form.
func (lk *linked) resolveName(name string) (int, bool) {
	xs := lk.names[fold(name)]
	if len(xs) != 1 {
		return 0, false
	}
	for x := range xs {
		return x, true
	}
	return 0, false
}

func entityID(x int) string { return "x" + itoa(x+1) }
