package entities

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

func coarse(typ string) string {
	switch typ {
	case document.GPE, document.Loc:
		return "L"
	case document.Org:
		return "O"
	case document.NORP:
		return "N"
	}
	return "P"
}

// groupLink marks a link to a gazetteer entry by its group number.
const groupLink = "\x00g"

// entityKey says which entity a mention belongs to.
func (w *work) entityKey(m *mention, orgFirst map[string]string, orgInitials map[string]string) string {
	c := coarse(m.typ)
	if m.typ == document.Person {
		if m.person != "" {
			return "P:" + m.person
		}
		return "P:" + w.surface(m.a, m.b)
	}
	if m.group >= 0 {
		return c + ":g" + strconv.Itoa(m.group)
	}
	form := w.key(m.a, m.b, true)
	if strings.HasPrefix(m.link, groupLink) {
		return c + ":g" + strings.TrimPrefix(m.link, groupLink)
	}
	if m.link != "" {
		form = m.link
	}
	if c == "O" {
		if k, ok := orgFirst[form]; ok {
			return k
		}
		if k, ok := orgInitials[strings.ReplaceAll(form, ".", "")]; ok && m.b-m.a == 1 {
			return k
		}
	}
	return c + ":" + form
}

// initials returns the capital initials of a multi-word name, skipping
// function words: "Government Communications Headquarters" → "gch".
func (w *work) initials(m *mention) string {
	var sb strings.Builder
	for i := m.a; i < m.b; i++ {
		t := w.toks[i]
		if !t.cap {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.lower())
		sb.WriteRune(r)
	}
	return sb.String()
}

// maxOrgPrefix bounds the leading tokens of an organization's name that a
// later, shorter mention may repeat. Without it a run of thousands of
// capitalized words stored every prefix: quadratic time and memory.
const maxOrgPrefix = 12

// build groups the mentions into entities, numbered by first mention.
func (w *work) build() []document.Entity {
	sort.SliceStable(w.ms, func(i, j int) bool { return w.ms[i].a < w.ms[j].a })
	// Made here, the maps stay on the stack.
	orgFirst, orgInitials := map[string]string{}, map[string]string{}
	w.orgPrefixes(orgFirst, orgInitials)
	index := map[string]int{}
	var ents []document.Entity
	var counts [][len(entityTypes)]int
	for i := range w.ms {
		m := &w.ms[i]
		k := w.entityKey(m, orgFirst, orgInitials)
		e, ok := index[k]
		if !ok {
			e = len(ents)
			index[k] = e
			ents = append(ents, document.Entity{ID: "e" + strconv.Itoa(e+1)})
			counts = append(counts, [len(entityTypes)]int{})
		}
		m.ent = e
		if t := typeIndex(m.typ); t >= 0 {
			counts[e][t]++
		}
		w.addMention(&ents[e], m)
	}
	for e := range ents {
		ents[e].Type = majorityType(&counts[e])
	}
	w.roles(ents)
	return ents
}

// orgPrefixes maps, in orgFirst, the leading words and the first word of
// the multi-word organizations not in the gazetteers, and in orgInitials
// their initials, to the entity key of the first organization having them,
// for the shorter mentions of it.
func (w *work) orgPrefixes(orgFirst, orgInitials map[string]string) {
	for i := range w.ms {
		m := &w.ms[i]
		if m.typ != document.Org || m.b-m.a < 2 || m.group >= 0 {
			continue
		}
		k := "O:" + w.key(m.a, m.b, true)
		for j := m.a + 2; j < min(m.b, m.a+maxOrgPrefix); j++ {
			if _, ok := orgFirst[string(w.keyBytes(m.a, j, true))]; !ok {
				orgFirst[w.key(m.a, j, true)] = k
			}
		}
		first := w.toks[m.a].lower()
		if !w.toks[m.a].sp.is(commonListed) {
			if _, ok := orgFirst[first]; !ok {
				orgFirst[first] = k
			}
		}
		if in := w.initials(m); len(in) >= 2 {
			if _, ok := orgInitials[in]; !ok {
				orgInitials[in] = k
			}
		}
	}
}

// addMention adds the span, titles and forms of m to its entity.
func (w *work) addMention(ent *document.Entity, m *mention) {
	span := document.Span{Start: w.d.Tokens[m.a].Span.Start, End: w.d.Tokens[m.b-1].Span.End}
	if m.cut > 0 {
		span.End = m.cut
	}
	if m.from > 0 {
		span.Start = m.from
	} else if w.articleInName(m) {
		span.Start = w.d.Tokens[m.a-1].Span.Start
	}
	ent.Mentions = append(ent.Mentions, span)
	for _, t := range m.titles {
		if !contains(ent.Titles, t) {
			ent.Titles = append(ent.Titles, t)
		}
	}
	form := w.d.Text[span.Start:span.End]
	if m.person != "" && utf8.RuneCountInString(m.person) > utf8.RuneCountInString(ent.Name) {
		w.rename(ent, m.person)
	}
	w.rename(ent, form)
}

// majorityType returns the entity type most of the mentions counted in
// counts have, ties going by the order of entityTypes.
func majorityType(counts *[len(entityTypes)]int) string {
	best, n := "", -1
	for t, typ := range entityTypes {
		if counts[t] > n {
			best, n = typ, counts[t]
		}
	}
	return best
}

// entityTypes are the types an entity takes, by precedence when its
// mentions' types tie.
var entityTypes = [...]string{document.Person, document.Org, document.GPE, document.Loc, document.NORP}

// typeIndex returns the index of typ in entityTypes, or -1.
func typeIndex(typ string) int {
	for i, t := range entityTypes {
		if t == typ {
			return i
		}
	}
	return -1
}

// rename makes form the entity's name when it is longer, keeping the other
// forms as aliases.
func (w *work) rename(ent *document.Entity, form string) {
	switch {
	case ent.Name == "":
		ent.Name = form
	case form == ent.Name || contains(ent.Aliases, form):
	case utf8.RuneCountInString(form) > utf8.RuneCountInString(ent.Name) && !w.capsForm(form),
		w.capsForm(ent.Name) && !w.capsForm(form) && utf8.RuneCountInString(form) >= utf8.RuneCountInString(ent.Name):
		ent.Aliases = append(ent.Aliases, ent.Name)
		ent.Name = form
	default:
		ent.Aliases = append(ent.Aliases, form)
	}
}

// capsForm reports whether form is written all in capitals (a headline form
// never becomes the name when a mixed-case one exists).
func (w *work) capsForm(form string) bool {
	return strings.ToUpper(form) == form && strings.ToLower(form) != form && utf8.RuneCountInString(form) > 4
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// articleInName reports whether a definite article capitalized inside a
// sentence opens the name of the organization or place m: "at The Oval",
// "told The Times". Written so, it belongs to the name.
func (w *work) articleInName(m *mention) bool {
	if m.a == 0 || m.typ != document.Org && m.typ != document.GPE && m.typ != document.Loc {
		return false
	}
	t := w.toks[m.a-1]
	if t.initial || t.allCaps || t.sent != w.toks[m.a].sent || w.sents[t.sent].caps || !t.sp.is(definiteLow) || !w.adjacentSpace(m.a-1, m.a) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.sp.text)
	return unicode.IsUpper(r)
}
