package claims

import (
	"sort"
	"strings"

	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
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
	names := 0
	for _, r := range set.Genders() {
		names += len(r.Names)
	}
	g := &genderLex{pronoun: map[string]byte{}, title: map[string]byte{}, kin: map[string]byte{}, name: make(map[string]byte, names)}
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
	if g := r.f.gender.title[r.lower(title)]; g != genderNone && r.isWord(title) {
		return g
	}
	if r.is(t, ",") && t > 0 {
		t--
	}
	if g := r.f.gender.kin[r.lower(t)]; g != genderNone && t > 0 && (r.isPossessive(t-1) || r.in(setDeterm, t-1)) {
		return g
	}
	return genderNone
}

// speakerState is the person who spoke last, and the latest group that
// spoke, for the pronouns that follow.
type speakerState struct {
	id      string // entity id of the latest claim's person claimant, "" when none
	sent    int    // sentence of that claim
	body    bodySpeaker
	group   groupSpeaker
	nominal nominalSpeaker
}

// bodySpeaker is the organization that made the latest claim an
// organization made, and the sentence of that claim.
type bodySpeaker struct {
	claimant *document.Claimant
	sent     int
}

// noteSpeaker records the claimant of draft k, when a person, as the current
// speaker, and when an organization, as the current speaking body.
func (r *run) noteSpeaker(k int) {
	d := &r.drafts[k]
	if d.claimant == nil || d.claimant.Entity == "" {
		return
	}
	switch r.entType[d.claimant.Entity] {
	case document.Person:
		r.speaking.id, r.speaking.sent = d.claimant.Entity, r.sentOfOff(d.order())
	case document.Org:
		r.speaking.body = bodySpeaker{claimant: d.claimant, sent: r.sentOfOff(d.order())}
	}
}

// speakingBody returns the organization that made a claim in the sentence
// before sentence s or in s itself, for a proxy that speaks next ("The
// company said ... A spokesman said ..."), or nil.
func (r *run) speakingBody(s int) *document.Claimant {
	if b := r.speaking.body; b.claimant != nil && b.sent <= s && b.sent >= s-1 {
		c := *b.claimant
		return &c
	}
	return nil
}

// antecedent returns the mention of the person that the pronoun at span sp
// refers to, or -1 and the role that opens a sentence as its subject when
// that is the antecedent ("The prime minister has not commented. Her office
// said ..."). The most salient compatible person wins: going back sentence
// by sentence, the current speaker when its claim is in that sentence, else
// the sentence's subject, a name or a role; failing all within a few
// sentences, the latest person mention. A person is compatible when its
// gender does not clash with the pronoun's, and never when named inside
// quoted words other than the pronoun's own quotation.
func (r *run) antecedent(sp document.Span, pron string) (int, tokenSpan) {
	want := r.f.gender.pronoun[pron]
	tok := r.tokenAt(sp.Start)
	own := r.quoteOf[tok]
	ok := func(m mention) bool {
		if r.d.Entities[m.ent].Type != document.Person {
			return false
		}
		if q := r.quoteOf[r.tokenAt(m.Start)]; q >= 0 && q != own {
			return false
		}
		// The entity's gender, and that of a title on this very mention (an
		// entity may hold mentions of a spouse: "Mrs. Clinton"), must both fit.
		fits := func(g byte) bool { return want == genderNone || g == genderNone || g == want }
		return fits(r.entityGender(m.ent)) && fits(r.genderBefore(m.Span))
	}
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= sp.Start })
	if s := r.sentOf(tok); s >= 0 && own < 0 {
		for x := s; x >= 0 && x > s-salienceSentences; x-- {
			if r.speaking.sent == x && r.speaking.id != "" {
				if m := r.latestOf(i, r.speaking.id); m >= 0 && ok(r.mentions[m]) {
					return m, tokenSpan{}
				}
			}
			if m := r.subjectOf(x, i, ok); m >= 0 {
				return m, tokenSpan{}
			}
			if role, found := r.roleSubject(x, tok, want); found {
				return -1, role
			}
		}
	}
	for n := 0; i > 0 && n < 400; n++ {
		i--
		if ok(r.mentions[i]) {
			return i, tokenSpan{}
		}
	}
	return -1, tokenSpan{}
}

// roleLead is how many tokens into a sentence roleSubject looks for the
// article of a role before it reads the sentence's openings.
const roleLead = 12

// definiteNear reports whether a definite article stands among the first
// tokens of [a, b).
func (r *run) definiteNear(a, b int) bool {
	for k := a; k < b && k < a+roleLead; k++ {
		if r.wordIs(rules.WordDefiniteArt, k) {
			return true
		}
	}
	return false
}

// maxRoleWords is the most words of a role subject that roleSubject reads:
// "the" and a title with its modifiers ("the former prime minister").
const maxRoleWords = 5

// roleSubject returns the role that opens sentence x as its subject, before
// token before, when a pronoun of gender want may stand for it: "the", a
// few lower-case words and a title ("The prime minister has ..."), no name
// and no possessor.
func (r *run) roleSubject(x, before int, want byte) (tokenSpan, bool) {
	a, b := r.sents[x][0], min(r.sents[x][1], before)
	if !r.definiteNear(a, b) {
		return tokenSpan{}, false
	}
	k := r.pastOpenings(a, b)
	if k >= b || !r.wordIs(rules.WordDefiniteArt, k) {
		return tokenSpan{}, false
	}
	e := k + 1
	for e < b && e-k < maxRoleWords && r.isLower(e) && r.isWord(e) && !r.in(setBoundary, e) && !r.in(setAux, e) {
		e++
	}
	h := e - 1
	if h <= k || !r.f.roles[r.lower(h)] || e < b && (r.isPossessive(e) || r.is(e, ",")) || r.mentionIn(r.span(k, e)) >= 0 {
		return tokenSpan{}, false
	}
	if g := r.f.gender.title[r.lower(h)]; want != genderNone && g != genderNone && g != want {
		return tokenSpan{}, false
	}
	return tokenSpan{k, e}, true
}

// salienceSentences is how many sentences, the pronoun's own included, are
// searched for a speaker or subject before recency decides.
const salienceSentences = 3

// latestOf returns the latest mention of entity id before mention index i,
// or -1.
func (r *run) latestOf(i int, id string) int {
	for n := 0; i > 0 && n < 400; n++ {
		i--
		if r.d.Entities[r.mentions[i].ent].ID == id {
			return i
		}
	}
	return -1
}

// subjectOf returns the first mention, before mention index i, that opens
// sentence x as its subject and passes ok; -1 when none does.
func (r *run) subjectOf(x, i int, ok func(mention) bool) int {
	a, b := r.sents[x][0], r.sents[x][1]
	if a >= b {
		return -1
	}
	j := sort.Search(len(r.mentions), func(j int) bool { return r.mentions[j].Start >= r.toks[a].Start })
	for ; j < i && j < len(r.mentions) && r.mentions[j].Start < r.toks[b-1].End; j++ {
		m := r.mentions[j]
		t := r.tokenAt(m.Start)
		if r.subjectAt(t, a) && !r.possessed(m) {
			if ok(m) {
				return j
			}
			if e := r.tokenAt(m.End - 1); e+1 < b && r.is(e+1, ",") && isPlace(r.d.Entities[m.ent].Type) {
				continue // a place set off in the opening phrase: "At a rally in Portland, Maine, Trump ..."
			}
			return -1 // the sentence's subject is another
		}
	}
	return -1
}

// subjectAt reports whether the noun phrase at token t opens the clause of
// the sentence starting at token a: only a title, a determiner or capitalized
// words stand before it ("Florida Sen. Marco Rubio"), after at most a
// coordinator opening the sentence ("But Rubio"), or an opening phrase
// closed by a comma ("After the debate, Rubio said").
func (r *run) subjectAt(t, a int) bool {
	k := t - 1
	for k >= a && (r.isCap(k) && !r.in(setAdverb, k) && !r.in(setBoundary, k) || r.abbrevDot(k, t+1) || r.isLower(k) && r.in(setDeterm, k)) {
		k--
	}
	if k < a || k == a && r.wordClass(k).Has(phr.Coordinator) {
		return true // a sentence may open with "And" or "But" before its subject
	}
	if !r.is(k, ",") || r.quoteOf[k] >= 0 {
		return false
	}
	// The opening phrase: an adverbial or a participle, no quotation.
	for x := a; x < k; x++ {
		if r.quoteOf[x] >= 0 || r.isOpen(x) {
			return false
		}
	}
	return r.in(setAdverb, a) || r.isLower(a) && (r.endsWith(rules.WordGerundEnd, a) || r.endsWith(rules.WordPastEnd, a)) || r.in(setBoundary, a)
}

// possessed reports whether mention m is a possessor ("Smith's campaign"):
// the phrase it opens is not the person.
func (r *run) possessed(m mention) bool {
	return r.f.hasPossessive(r.text[m.End:])
}

// abbrevDot reports whether token t is the full stop of an abbreviated title
// or initial inside a name ("Mr. Rhodes", "Sen. Scott Brown", "J. Smith"):
// a short capitalized word before it and a word after it, within [.., b).
func (r *run) abbrevDot(t, b int) bool {
	return r.is(t, ".") && t > 0 && t+1 < b && r.isCap(t-1) && len(r.toks[t-1].Text) <= 4 &&
		r.toks[t-1].End == r.toks[t].Start && r.isWord(t+1)
}
