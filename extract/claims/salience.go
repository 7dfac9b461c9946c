package claims

import (
	"sort"
	"strings"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// Genders of persons and the number of groups, as the gender packs tell them.
const (
	genderNone   byte = 0
	genderMale   byte = 'm'
	genderFemale byte = 'f'
	genderPlural byte = 'p'
)

// genderLex holds the words that tell a gender: pronouns, titles before a
// name, kin nouns after a possessive, and first names.
type genderLex struct {
	pronoun map[string]byte
	title   map[string]byte
	kin     map[string]byte
	name    map[string]byte
}

func newGenderLex(set *rules.Set) *genderLex {
	g := &genderLex{pronoun: map[string]byte{}, title: map[string]byte{}, kin: map[string]byte{}, name: map[string]byte{}}
	for _, r := range set.Genders() {
		v := genderPlural
		switch r.Gender {
		case rules.GenderMale:
			v = genderMale
		case rules.GenderFemale:
			v = genderFemale
		}
		for _, w := range r.Pronouns {
			g.pronoun[w] = v
		}
		for _, w := range r.Titles {
			g.title[w] = v
		}
		for _, w := range r.Kin {
			g.kin[w] = v
		}
		for _, w := range r.Names {
			g.name[w] = v
		}
	}
	return g
}

// entityGender returns the gender of entity ei: from a title before one of
// its mentions ("Mrs. Clinton"), a kin noun after a possessive ("his wife,
// Jane"), or its first name; genderNone when nothing tells.
func (r *run) entityGender(ei int) byte {
	if g, ok := r.genders[ei]; ok {
		return g
	}
	g := genderNone
	e := &r.d.Entities[ei]
	for _, m := range e.Mentions {
		if g = r.genderBefore(m); g != genderNone {
			break
		}
	}
	if first, _, ok := strings.Cut(e.Name, " "); g == genderNone && ok {
		g = r.f.gender.name[first]
	}
	if r.genders == nil {
		r.genders = map[int]byte{}
	}
	r.genders[ei] = g
	return g
}

// genderBefore returns the gender told by the words right before mention m:
// a title ("Mr.", "Ms") or a possessive and a kin noun ("his wife, ").
func (r *run) genderBefore(m document.Span) byte {
	if m.Start < 0 || m.Start > len(r.text) {
		return genderNone
	}
	t := r.tokenAt(m.Start) - 1
	if t < 0 {
		return genderNone
	}
	title := t
	if r.is(title, ".") && title > 0 {
		title--
	}
	if g := r.f.gender.title[r.low[title]]; g != genderNone && r.isWord(title) {
		return g
	}
	if r.is(t, ",") && t > 0 {
		t--
	}
	if g := r.f.gender.kin[r.low[t]]; g != genderNone && t > 0 && (r.isPossessive(t-1) || r.f.determ[r.low[t-1]]) {
		return g
	}
	return genderNone
}

// antecedent returns the mention of the person that the pronoun at span sp
// refers to, or -1: the latest person mention before it whose gender does
// not clash with the pronoun's, never one inside quoted words other than the
// pronoun's own quotation.
func (r *run) antecedent(sp document.Span, pron string) int {
	want := r.f.gender.pronoun[pron]
	own := r.quoteOf[r.tokenAt(sp.Start)]
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= sp.Start })
	for n := 0; i > 0 && n < 400; n++ {
		i--
		m := r.mentions[i]
		if r.d.Entities[m.ent].Type != document.Person {
			continue
		}
		if q := r.quoteOf[r.tokenAt(m.Start)]; q >= 0 && q != own {
			continue
		}
		if g := r.entityGender(m.ent); want != genderNone && g != genderNone && g != want {
			continue
		}
		return i
	}
	return -1
}

// abbrevDot reports whether token t is the full stop of an abbreviated title
// or initial inside a name ("Mr. Rhodes", "Sen. Scott Brown", "J. Smith"):
// a short capitalized word before it and a word after it, within [.., b).
func (r *run) abbrevDot(t, b int) bool {
	return r.is(t, ".") && t > 0 && t+1 < b && r.isCap(t-1) && len(r.toks[t-1].Text) <= 4 &&
		r.toks[t-1].End == r.toks[t].Start && r.isWord(t+1)
}
