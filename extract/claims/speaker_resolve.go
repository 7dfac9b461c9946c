package claims

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// mentionIn returns the best entity mention overlapping sp: a person before
// an organization before anything else, the last of them when several; -1
// when none.
func (r *run) mentionIn(sp document.Span) int {
	best, bestRank := -1, 0
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].End > sp.Start })
	// Mentions are sorted by start; a long mention may start before sp, so look back a little.
	for i > 0 && r.mentions[i-1].End > sp.Start {
		i--
	}
	bestLen := 0
	for ; i < len(r.mentions) && r.mentions[i].Start < sp.End; i++ {
		m := r.mentions[i]
		if !m.Overlaps(sp) || (m.Start > sp.Start && strings.Count(r.text[sp.Start:m.Start], "(") > strings.Count(r.text[sp.Start:m.Start], ")")) {
			continue // a mention inside parentheses: "(D-N.Y.)"
		}
		if m.Start > sp.Start && r.inTitle(m.Start, sp.Start) {
			continue // a name in a quoted title: "Fleming's ''The Fixers: Eddie Mannix ...''"
		}
		rank := 2 * typeRank(r.d.Entities[m.ent].Type)
		if m.End < sp.End && r.f.hasPossessive(r.text[m.End:]) {
			rank-- // a possessor yields to the name it qualifies: "Clinton's campaign manager Robby Mook"
		}
		if best < 0 || rank > bestRank || (rank == bestRank && m.Len() >= bestLen && !r.prepBetween(r.mentions[best].End, m.Start)) {
			best, bestRank, bestLen = i, rank, m.Len()
		}
	}
	return best
}

// prepBetween reports whether a lower-case preposition follows byte
// offset from, where one name ends, and a second name starts at byte
// offset to after it: the second name modifies the first ("Ana Ruiz of
// Harbour Watch"), which heads the phrase.
func (r *run) prepBetween(from, to int) bool {
	k := r.tokenFrom(from)
	return k < len(r.toks) && r.toks[k].End <= to && r.isLower(k) && r.wordClass(k).Has(phr.Preposition)
}

// inTitle reports whether byte offset off lies in a quotation that opens
// at or after byte offset from, inside the phrase that starts there.
func (r *run) inTitle(off, from int) bool {
	q := r.quoteOf[r.tokenAt(off)]
	return q >= 0 && r.toks[r.quotes[q].open].Start >= from
}

func typeRank(t string) int {
	switch t {
	case document.Person:
		return 3
	case document.Org:
		return 2
	case document.GPE:
		return 1
	}
	return 0
}

// latest returns the last mention of an entity of type typ that starts
// before off, or -1.
func (r *run) latest(off int, typ string) int {
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= off })
	for n := 0; i > 0 && n < 400; n++ {
		i--
		if r.d.Entities[r.mentions[i].ent].Type == typ {
			return i
		}
	}
	return -1
}

// resolve sets the claimant of draft k from its speaker phrase.
func (r *run) resolve(k int) {
	d := &r.drafts[k]
	if d.resolved {
		return
	}
	d.resolved = true
	if d.inherit >= 0 && d.inherit != k {
		r.resolve(d.inherit)
		src := &r.drafts[d.inherit]
		if src.claimant != nil {
			c := *src.claimant
			d.claimant = &c
		}
		if d.via == "" {
			d.via = src.via
		}
		return
	}
	if d.speaker.empty() {
		return
	}
	if r.timePhrase(d.speaker[0], d.speaker[1]) {
		sp, ok := r.beforeTime(d.speaker[0])
		if !ok {
			return // a time is no claimant: "Last week, ... said"
		}
		d.speaker = sp
	}
	if sp, ok := r.relativeSubject(d.speaker); ok {
		d.speaker = sp
	}
	if p := r.placeInPhrase(d.speaker); p >= 0 {
		sp, ok := r.beforePlace(p)
		if !ok {
			return // a place after a preposition is no speaker: "drove from Leeds to ask"
		}
		d.speaker = sp
	}
	if sp, ok := r.participleHolder(d.speaker); ok {
		if d.speaker = sp; sp.empty() {
			return
		}
	}
	if sub, ok := r.senderOf(d); ok {
		d.speaker = sub
	}
	defer r.noteGroup(k)
	if ns, ok := r.modifiedHead(d.speaker[0], d.speaker[1]); ok {
		d.claimant = r.phraseClaimant(ns, d.speaker[1])
		r.remember(d.claimant, ns, d.speaker[1])
		return
	}
	s, e := d.speaker[0], d.speaker[1]
	if e-s == 1 && r.wordIs(rules.WordSelfPronoun, s) {
		if d.claimant = r.quotingSpeaker(k); d.claimant != nil {
			return
		}
		if d.claimant = r.narrator(s); d.claimant != nil {
			return
		}
	}
	if r.groupPronoun(s, e) {
		if d.claimant = r.groupAntecedent(s); d.claimant != nil {
			return
		}
	}
	if d.claimant = r.relativeClaimant(s, e); d.claimant == nil {
		d.claimant = r.claimantOf(s, e)
	}
	r.remember(d.claimant, s, e)
}

// refer resolves an anaphoric speaker to the latest entity of type typ, else
// to the latest claimant of that kind, else to the phrase itself.
func (r *run) refer(sp document.Span, typ string, fallback *document.Claimant, name string) *document.Claimant {
	m := -1
	if typ == document.Person {
		if c := r.nominalAntecedent(sp, name); c != nil {
			return c
		}
		var role tokenSpan
		if m, role = r.antecedent(sp, name); m < 0 && !role.empty() {
			// "The prime minister has not commented. Her office said ...":
			// the person who holds the role, else the role.
			if m = r.roleHolder(role); m < 0 {
				return r.claimantOf(role[0], role[1])
			}
		}
	} else {
		m = r.latest(sp.Start, typ)
	}
	if m >= 0 {
		return r.entityClaimant(m)
	}
	if fallback != nil && len(r.mentions) == 0 {
		c := *fallback
		return &c
	}
	return &document.Claimant{Name: name}
}

// maxRoleBack is how many mentions before a role roleHolder reads.
const maxRoleBack = 200

// roleHolder returns the person mention that the role at tokens role
// stands for: the latest person before it whose entity holds that title
// ("the senator" after "Sen. Ana Ruiz", "the district judge"), or -1.
func (r *run) roleHolder(role tokenSpan) int {
	head := r.lower(role[1] - 1)
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= r.toks[role[0]].Start })
	for n := 0; i > 0 && n < maxRoleBack; n++ {
		i--
		r.steps++
		e := &r.d.Entities[r.mentions[i].ent]
		if e.Type != document.Person {
			continue
		}
		for _, t := range e.Titles {
			if slices.Contains(strings.Fields(t), head) || len(t) >= 3 && strings.HasPrefix(head, t) {
				return i // "sen" of "senator"
			}
		}
	}
	return -1
}

// remember keeps the latest person and organization claimants, for pronouns
// when the document has no entities.
func (r *run) remember(c *document.Claimant, s, e int) {
	if c == nil {
		return
	}
	if c.Entity != "" {
		switch r.entType[c.Entity] {
		case document.Person:
			r.lastPer = c
		case document.Org:
			r.lastOrg = c
		}
		return
	}
	caps := 0
	for _, w := range strings.Fields(c.Name) {
		if unicode.IsUpper([]rune(w)[0]) {
			caps++
		} else {
			return
		}
	}
	switch {
	case caps >= 2:
		r.lastPer = c
	case caps == 1:
		r.lastOrg = c
	}
}

// clean returns the text of a speaker phrase without a leading "the" before a
// name, parenthetical remarks ("(D-N.Y.)"), a final possessive or stray
// punctuation, and with white space collapsed.
func (r *run) clean(sp document.Span) string {
	text := r.text[sp.Start:sp.End]
	for {
		o := strings.IndexByte(text, '(')
		c := strings.IndexByte(text, ')')
		if o < 0 || c < o {
			break
		}
		text = text[:o] + text[c+1:]
	}
	words := strings.Fields(text)
	if len(words) > 1 && r.f.determ[strings.ToLower(words[0])] && unicode.IsUpper([]rune(words[1])[0]) {
		words = words[1:]
	}
	s := strings.Join(words, " ")
	s = r.f.trimPossessive(s)
	return strings.Trim(s, " ,;:'\"“”‘’—–-")
}

// fullForm returns the latest mention before off of a person or organization
// whose name ends with the capitalized name ("the Commission" after "the
// European Commission"), or -1.
func (r *run) fullForm(name string, off int) int {
	if name == "" || !unicode.IsUpper([]rune(name)[0]) || strings.ContainsAny(name, " ") && !r.nameWords(name) {
		return -1
	}
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= off })
	for n := 0; i > 0 && n < 400; n++ {
		i--
		e := r.d.Entities[r.mentions[i].ent]
		if (e.Type == document.Org || e.Type == document.Person) && len(e.Name) > len(name) &&
			strings.HasSuffix(e.Name, name) && e.Name[len(e.Name)-len(name)-1] == ' ' {
			return i
		}
	}
	return -1
}

// nameWords reports whether every word of name is capitalized.
func (r *run) nameWords(name string) bool {
	for _, w := range strings.Fields(name) {
		if !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	return true
}

// salient returns the latest mention, before off, of the organization named
// most often up to there: "the company" is the company the article is about
// rather than the agency named last. Mentions in the last sentences count
// double, so a company the article turns to can take over. It returns -1
// when no organization is named.
func (r *run) salient(off int) int {
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= off })
	score := map[int]int{}
	last := map[int]int{}
	best := -1
	for k := i - 1; k >= 0 && k >= i-400; k-- {
		m := r.mentions[k]
		if r.d.Entities[m.ent].Type != document.Org || r.beforeNumber(m.Span) {
			continue
		}
		w := 1
		if off-m.End < 600 {
			w = 2
		}
		score[m.ent] += w
		if _, ok := last[m.ent]; !ok {
			last[m.ent] = k
		}
	}
	for ent, k := range last {
		if best < 0 || score[ent] > score[r.mentions[best].ent] || score[ent] == score[r.mentions[best].ent] && k > best {
			best = k
		}
	}
	return best
}

// nameRun extends mention m, within the speaker tokens [s, e), over the
// capitalized words and joining words around it ("Mar" before "Viva
// Canarias", "Union" after "Nordic Pilots'", "and Social Care" after
// "Department of Health"). It never takes in another person or organization,
// nor a title before it ("Former", "President"); a person's name takes no
// joining words ("Obama and Mr. Xi"). It returns the name and whether it is longer
// than the mention.
func (r *run) nameRun(s, e, m int) (string, bool) {
	mt := r.mentions[m]
	ms := r.tokenAt(mt.Start)
	me := ms
	for me < e && r.toks[me].End <= mt.End {
		me++
	}
	ms, me = max(ms, s), min(me, e)
	if ms >= me {
		return "", false
	}
	person := r.d.Entities[mt.ent].Type == document.Person
	other := func(t int) bool { // inside a person or organization mention other than m's entity
		x := r.mentionIn(r.span(t, t+1))
		if x < 0 || r.mentions[x].ent == mt.ent {
			return false
		}
		return person || typeRank(r.d.Entities[r.mentions[x].ent].Type) >= 2
	}
	capWord := func(t int) bool {
		return r.isWord(t) && r.isCap(t) && !r.in(setAdverb, t) && !r.headlineVerbal(t) && !other(t)
	}
	joins := func(t int) bool {
		switch r.lower(t) {
		case "'", "’":
			return r.isPossessive(t)
		}
		return r.wordIs(rules.WordNameJoiner, t) && (r.isLower(t) || r.lower(t) == "&")
	}
	x := ms
	for x-1 >= s {
		if sn := r.sentOf(x - 1); person && sn >= 0 && r.opensSentence(sn, x-1) {
			break // the entity stage left the sentence's first word out: "Rival Hillary Clinton's"
		}
		if capWord(x-1) && !r.in(setTitle, x-1) && !r.in(setDeterm, x-1) {
			x--
			continue
		}
		if !person && x-2 >= s && r.lower(x-1) != "'" && r.lower(x-1) != "’" && joins(x-1) && capWord(x-2) && !r.in(setTitle, x-2) {
			x -= 2 // "Society of" before "Indian Carmakers"
			continue
		}
		break
	}
	y := me
	for y < e {
		if capWord(y) {
			y++
			continue
		}
		if !person && joins(y) && y+1 < e && capWord(y+1) {
			y += 2
			continue
		}
		break
	}
	if x == ms && y == me {
		return "", false
	}
	return r.clean(r.span(x, y)), true
}

// acronymAfter returns the organization named in parentheses right after
// token e ("(SIAM)"), or "".
func (r *run) acronymAfter(e int) string {
	if e+2 >= len(r.toks) || !r.is(e, "(") || !r.is(e+2, ")") {
		return ""
	}
	sp := r.span(e+1, e+2)
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= sp.Start })
	if i < len(r.mentions) && r.mentions[i].Start == sp.Start && r.d.Entities[r.mentions[i].ent].Type == document.Org {
		return r.d.Entities[r.mentions[i].ent].ID
	}
	return ""
}

// indefinite returns the first token of "a"/"an" phrase with the same head
// noun as token h, within the two sentences before token s ("a Chinese
// state-owned group" for "the group"), or -1 when there is none or an entity
// is named in between as that noun.
func (r *run) indefinite(s, h int) int {
	for k := s - 1; k >= 0 && k > s-80; k-- {
		r.steps++
		if r.lower(k) != r.lower(h) || !r.isLower(k) {
			continue
		}
		for x := k - 1; x >= 0 && x >= k-7; x-- {
			if !r.isWord(x) && !r.is(x, "-") {
				break
			}
			if r.wordIs(rules.WordIndefiniteArt, x) {
				if x > 0 && (r.is(x-1, ",(—–") || r.isLower(x-1) && (r.in(setAux, x-1) || r.wordIs(rules.WordPredicateMarker, x-1))) {
					return -1 // an appositive or a predicate describes a name: "Nordvind, a Danish company"
				}
				return x
			}
			if r.isLower(x) && (r.in(setDeterm, x) || r.in(setBoundary, x)) {
				break
			}
		}
		return -1 // the nearest mention of the noun is not indefinite
	}
	return -1
}

// headBefore returns the token, after x, holding the same word as token h.
func (r *run) headBefore(x, h int) int {
	for k := x + 1; k < h && k <= x+8; k++ {
		if r.lower(k) == r.lower(h) {
			return k
		}
	}
	return x
}

// proxy reports whether token k is a noun that speaks for someone else: "the
// statement", "the spokesman".
func (r *run) proxy(k int) bool {
	return r.wordIs(rules.WordProxyNoun, k)
}

// headForm returns the latest mention, within the last stretch of text, of
// an organization whose name ends with the head noun of "the" + noun at
// tokens [s, e): "the office" for the Financial Accountability Office, "the
// association" for the Ontario Hospital Association; or -1.
func (r *run) headForm(s, e int) int {
	if e-s != 2 || !r.wordIs(rules.WordDefiniteArt, s) || !r.isLower(e-1) {
		return -1
	}
	head := r.lower(e - 1)
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= r.toks[s].Start })
	for n := 0; i > 0 && n < 60; n++ {
		i--
		r.steps++
		ent := r.d.Entities[r.mentions[i].ent]
		if ent.Type != document.Org {
			continue
		}
		w := strings.Fields(ent.Name)
		if len(w) > 1 && strings.EqualFold(w[len(w)-1], head) {
			return i
		}
	}
	return -1
}

// beforeNumber reports whether a number follows the mention sp: a currency
// or a period read as a name ("Rs 2,000 crore", "Q3 2019") is no company.
func (r *run) beforeNumber(sp document.Span) bool {
	t := r.tokenAt(sp.End)
	return t < len(r.toks) && r.toks[t].Start >= sp.End && r.toks[t].Start-sp.End <= 1 && r.isWord(t) && unicode.IsDigit(rune(r.toks[t].Text[0]))
}
