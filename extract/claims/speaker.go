package claims

import (
	"sort"
	"strings"
	"unicode"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// skipAuxBack walks back from token k over auxiliaries and adverbs ("has",
// "also", "repeatedly", "so far") and returns the first token before them.
func (r *run) skipAuxBack(k, a int) int {
	for k >= a && r.isLower(k) {
		switch {
		case r.f.aux[r.low[k]] || r.f.words.hasSuffix(rules.WordAdverbEnd, r.low[k]) && len(r.low[k]) > 4:
			k--
		case k-1 >= a && r.asideAdverb(k-1):
			k -= 2 // "has so far resisted"
		default:
			return k
		}
	}
	return k
}

// asideAdverb reports whether tokens k and k+1 are a two-word phrase that may
// stand between a subject and its cue: "so far".
func (r *run) asideAdverb(k int) bool {
	for _, p := range r.f.words.phrases[rules.WordAsideAdverb] {
		if len(p) == 2 && r.low[k] == p[0] && r.low[k+1] == p[1] {
			return true
		}
	}
	return false
}

// npBack returns the first token of the noun phrase that ends at token k,
// read backwards; it returns k+1 when there is none.
func (r *run) npBack(k, a int) int {
	t, n := k, 0
	for t >= a && n < 8 {
		switch {
		case r.isWord(t):
			low := r.low[t]
			if r.isLower(t) && r.f.words.is(rules.WordPhraseJoiner, low) && t < k && n <= 3 && t-1 >= a && r.joins(t-1) {
				// "Federal and state officials", "Experts on North Korea and
				// nuclear nonproliferation", "The head of Sony Pictures".
				t--
				continue
			}
			if r.isLower(t) && (r.f.boundary[low] || r.f.aux[low]) {
				return t + 1
			}
			if t == a && !r.isLower(t) && r.f.boundary[low] {
				return t + 1
			}
			if t < k {
				if _, _, ok := match(r, r.f.cues, t, k+1); ok && r.isLower(t) {
					return t + 1
				}
				// A verb form ends the phrase ("included retired Air Force general
				// Lloyd Newton"), unless a determiner makes it an adjective.
				if r.isLower(t) && (r.f.words.hasSuffix(rules.WordPastEnd, low) || r.f.words.hasSuffix(rules.WordGerundEnd, low)) && t > a && r.isWord(t-1) && !r.f.determ[r.low[t-1]] {
					return t + 1
				}
			}
			n++
			if r.f.determ[low] {
				return t
			}
		case r.isPossessive(t) || r.is(t, "-&"):
		case r.is(t, ".") && t > a && r.isCap(t-1) && len(r.toks[t-1].Text) <= 4:
		case r.is(t, ")") && t == k:
			// A parenthesis after a name: "Rep. Gregory W. Meeks (D-N.Y.)".
			p := t - 1
			for p > a && p > t-10 && !r.is(p, "(") {
				p--
			}
			if p <= a || !r.is(p, "(") {
				return t + 1
			}
			t = p
		default:
			return t + 1
		}
		t--
	}
	return t + 1
}

// joins reports whether token t can end the first half of a noun phrase
// joined by "and" or "of": a capitalized word or a plural noun.
func (r *run) joins(t int) bool {
	if !r.isWord(t) || r.f.boundary[r.low[t]] || r.f.aux[r.low[t]] || r.f.determ[r.low[t]] || r.subjectPronoun(t) {
		return false
	}
	if r.isCap(t) {
		return true
	}
	return r.f.words.hasSuffix(rules.WordPluralEnd, r.low[t]) && !r.f.words.hasSuffix(rules.WordSingularEnd, r.low[t])
}

func (r *run) isPossessive(t int) bool {
	switch r.low[t] {
	case "'s", "’s":
		return true
	case "'", "’":
		// "Davis' commentary", but not a closing quotation mark.
		return t > 0 && r.toks[t-1].End == r.toks[t].Start && r.f.words.hasSuffix(rules.WordPluralEnd, r.low[t-1]) &&
			r.quoteOf[t] < 0 && r.closedBy(t) < 0 && (t+1 >= len(r.toks) || r.toks[t+1].Text != r.toks[t].Text)
	}
	return false
}

// validNP reports whether tokens [a, b) can be a speaker: it holds a word
// that is neither a determiner nor a possessive at its end.
func (r *run) validNP(a, b int) bool {
	if a >= b {
		return false
	}
	if b-a == 1 && r.readerPronoun(a) {
		return false // the reader, not a speaker: "you plan", "you're considering"
	}
	last := b - 1
	if r.is(last, ")") {
		for last > a && !r.is(last, "(") {
			last--
		}
		last--
	}
	if last < a || r.isPossessive(last) || !r.isWord(last) {
		return false
	}
	if r.isLower(last) && r.f.words.hasSuffix(rules.WordPastEnd, r.low[last]) && !r.f.determ[r.low[last]] {
		return false // a verb, not a noun: "unveiled plans to"
	}
	if r.f.words.is(rules.WordObjectPronoun, r.toks[last].Text) {
		return false
	}
	if r.f.determ[r.low[last]] && !(b-a == 1 && (r.isCap(a) || r.quantifier(a) && (a == 0 || !r.f.determ[r.low[a-1]]))) {
		return false // "the most anticipated witness" has no speaker "most"
	}
	if b-a == 1 && (r.f.adverb[r.low[a]] || r.f.aux[r.low[a]] || r.f.boundary[r.low[a]]) && !r.subjectPronoun(a) {
		return false // "Now tell us ..."
	}
	for k := a; k < b; k++ {
		// A verb form inside the phrase means it is not a noun phrase:
		// "making dubious medical claims", "Crimea renewed fears".
		// An opening -ed word is an adjective: "retired Air Force general".
		if k < last && r.isLower(k) && (r.f.words.hasSuffix(rules.WordGerundEnd, r.low[k]) && k == a || k > a && (r.f.words.hasSuffix(rules.WordPastEnd, r.low[k]) || r.f.words.hasSuffix(rules.WordGerundEnd, r.low[k])) && !r.f.determ[r.low[k-1]]) {
			return false
		}
	}
	for k := a; k < b; k++ {
		if r.isWord(k) && !unicode.IsDigit(rune(r.toks[k].Text[0])) {
			return true
		}
	}
	return false
}

// readerPronoun reports whether token k is a pronoun for the reader, alone
// or contracted: "you", "you're".
func (r *run) readerPronoun(k int) bool {
	for p := range r.f.words.set[rules.WordReaderPronoun] {
		if rest, ok := strings.CutPrefix(r.low[k], p); ok && (rest == "" || strings.ContainsAny(rest, "'’")) {
			return true
		}
	}
	return false
}

// quantifier reports whether token k can stand alone as a subject: "all agreed".
func (r *run) quantifier(k int) bool {
	return r.f.words.is(rules.WordQuantifier, r.low[k])
}

// subjectPronoun reports whether token k is a subject pronoun.
func (r *run) subjectPronoun(k int) bool {
	return r.f.words.is(rules.WordSubjectPronoun, r.low[k])
}

// speakerBefore finds the speaker of a cue at token i: the noun phrase before
// it, past auxiliaries ("has repeatedly insisted"), a relative pronoun ("Hu,
// who said") or an appositive ("Ken Hu, Huawei's chairman, said").
func (r *run) speakerBefore(i, a int) ([2]int, bool) {
	spk, _, ok := r.speakerPhrase(i, a)
	return spk, ok
}

// speakerPhrase is speakerBefore that also returns the first token of the
// whole phrase, appositives included.
func (r *run) speakerPhrase(i, a int) ([2]int, int, bool) {
	if ac, j, ok := match(r, r.f.cues, i, len(r.toks)); ok && j == i+1 && !ac.rule.Subject && r.passiveCue(i, a) {
		return [2]int{}, 0, false
	}
	if sp, from, ok := r.nearSpeaker(i, a); ok {
		return sp, from, true
	}
	k := r.skipAuxBack(i-1, a)
	// A time between subject and cue: "McConnell, who in 2010 said", "Trump on Monday said".
	if k-1 > a && r.isWord(k) && (unicode.IsDigit(rune(r.toks[k].Text[0])) || r.isCap(k) && r.f.adverb[r.low[k]]) &&
		r.isLower(k-1) && r.f.words.is(rules.WordAsidePrep, r.low[k-1]) {
		k = r.skipAuxBack(k-2, a)
	}
	if k-1 > a && r.isLower(k) && r.timeUnit(k) && r.isLower(k-1) && r.f.words.is(rules.WordRelativeLink, r.low[k-1]) {
		k = r.skipAuxBack(k-2, a) // "A study published last month found"
	}
	if k-1 >= a && r.isLower(k) && r.f.words.is(rules.WordSubjectRelative, r.low[k]) {
		k-- // "Hu, who said", "voters who see"
		if r.is(k, ",") {
			k--
		}
	}
	// A named subject opening the sentence, then an appositive and a relative
	// clause: "Angelique Brunner, a developer and spokeswoman for the EB-5
	// Coalition, which is made up of investors, said ...".
	if sp, ok := r.openingName(k, a); ok {
		return sp, a, true
	}
	// Appositives and relative clauses between commas: "Ken Hu, Huawei's
	// chairman, said", "Schiff, 56, who has served ..., told".
	var name [2]int
	for n := 0; k >= a && r.is(k, ",") && n < 3; n++ {
		p := k - 1
		for p >= a && p > k-30 && !r.is(p, ",") {
			p--
		}
		if p < a || !r.is(p, ",") || p+1 >= k {
			return [2]int{}, 0, false
		}
		if r.nameLike(p+1, k) && !r.partyTag(p+1, k) && name[1] == 0 {
			name = [2]int{p + 1, k}
		}
		k = p - 1
		if k-1 >= a && r.isWord(k) && (unicode.IsDigit(rune(r.toks[k].Text[0])) || r.partyTag(k, k+1)) && r.is(k-1, ",") {
			k -= 2 // an age or a party: "Schiff, 56, who ...", "Corker, R-Tenn., said"
		}
	}
	ns := r.npBack(k, a)
	if name[1] > 0 {
		if ns > k {
			ns = name[0]
		}
		return name, ns, true
	}
	if ns > k || !r.validNP(ns, k+1) {
		return [2]int{}, 0, false
	}
	if ns == k && ns-1 >= a && r.f.words.is(rules.WordInfinitive, r.low[ns-1]) && r.isLower(ns) {
		return [2]int{}, 0, false // a verb: "to settle claims that"
	}
	if ns == k && !r.f.words.hasSuffix(rules.WordPluralEnd, r.low[k]) {
		// A nationality adjective is no speaker: "Republican attacks".
		if m := r.mentionIn(r.span(k, k+1)); m >= 0 && r.d.Entities[r.mentions[m].ent].Type == document.NORP {
			return [2]int{}, 0, false
		}
	}
	from := ns
	if k >= a && r.subjectPronoun(k) {
		ns = k
	}
	return [2]int{ns, k + 1}, from, true
}

// passiveCue reports whether the cue at token i is a passive participle
// after a form of "be" ("he was formally called", "were told"): its subject is
// not the speaker.
func (r *run) passiveCue(i, a int) bool {
	w := r.low[i]
	if !r.f.words.hasSuffix(rules.WordPastEnd, w) && !r.f.words.is(rules.WordPassivePart, w) {
		return false
	}
	k := i - 1
	for k >= a && r.isLower(k) && r.f.words.hasSuffix(rules.WordAdverbEnd, r.low[k]) && len(r.low[k]) > 4 {
		k--
	}
	if k < a || !r.isLower(k) {
		return false
	}
	return r.f.words.is(rules.WordPassiveAux, r.low[k])
}

// partyTag reports whether tokens [a, b) are a party and state tag such as
// "R-Tenn." or "D-N.Y.".
func (r *run) partyTag(a, b int) bool {
	t := r.toks[a].Text
	if len(t) < 3 || t[1] != '-' || (t[0] != 'R' && t[0] != 'D' && t[0] != 'I') {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !r.is(k, ".") && !(r.isCap(k) && len(r.toks[k].Text) <= 3) {
			return false
		}
	}
	return true
}

// nameParticle reports whether token t is a lower-case word inside names ("de", "van").
func (r *run) nameParticle(t int) bool {
	return r.f.words.is(rules.WordNameParticle, r.low[t])
}

// nameLike reports whether tokens [a, b) are a name: capitalized words,
// possibly joined by particles.
func (r *run) nameLike(a, b int) bool {
	if !r.isCap(a) {
		return false
	}
	for k := a; k < b; k++ {
		if r.isWord(k) && !r.isCap(k) && !r.nameParticle(k) {
			return false
		}
		if !r.isWord(k) && !r.is(k, ".-") {
			return false
		}
	}
	return true
}

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
		rank := 2 * typeRank(r.d.Entities[m.ent].Type)
		if m.End < sp.End && (strings.HasPrefix(r.text[m.End:], "'s") || strings.HasPrefix(r.text[m.End:], "’s")) {
			rank-- // a possessor yields to the name it qualifies: "Clinton's campaign manager Robby Mook"
		}
		if best < 0 || rank > bestRank || (rank == bestRank && m.Len() >= bestLen) {
			best, bestRank, bestLen = i, rank, m.Len()
		}
	}
	return best
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
	if d.speaker[1] <= d.speaker[0] {
		return
	}
	if r.timePhrase(d.speaker[0], d.speaker[1]) {
		sp, ok := r.beforeTime(d.speaker[0])
		if !ok {
			return // a time is no claimant: "Last week, ... said"
		}
		d.speaker = sp
	}
	if ns, ok := r.placeHead(d.speaker[0], d.speaker[1]); ok {
		d.claimant = r.placeClaimant(ns, d.speaker[1])
		r.remember(d.claimant, ns, d.speaker[1])
		return
	}
	s, e := d.speaker[0], d.speaker[1]
	sp := r.span(s, e)
	first, last := r.low[s], r.low[e-1]
	switch {
	case e-s == 1 && (r.f.person[first] || r.f.words.is(rules.WordPersonPossess, first)):
		d.claimant = r.refer(sp, document.Person, r.lastPer, first)
	case (e-s == 1 && r.f.words.is(rules.WordBodyPronoun, first)) || (e-s > 1 && r.f.org[last] && r.isLower(e-1) && r.f.determ[first]):
		if m := r.mentionIn(sp); m >= 0 && typeRank(r.d.Entities[r.mentions[m].ent].Type) >= 2 {
			// The entity stage read the phrase, or a name inside it: "a Gavi spokesperson".
			ent := r.d.Entities[r.mentions[m].ent]
			d.claimant = &document.Claimant{Name: ent.Name, Entity: ent.ID}
			break
		}
		if e-s > 1 && r.f.words.is(rules.WordDefiniteArt, r.low[s]) && !r.proxy(e-1) {
			if x := r.indefinite(s, e-1); x >= 0 {
				// "a Chinese state-owned group ... the group denied"
				d.claimant = &document.Claimant{Name: r.clean(r.span(x, r.headBefore(x, e-1)+1))}
				break
			}
			if m := r.headForm(s, e); m >= 0 {
				ent := r.d.Entities[r.mentions[m].ent]
				d.claimant = &document.Claimant{Name: ent.Name, Entity: ent.ID}
				break
			}
		}
		if e-s > 2 && r.proxy(e-1) && r.isLower(e-2) && !r.f.org[r.low[e-2]] && !r.f.determ[r.low[e-2]] {
			// A body that is no organization named so far: "a government spokesperson".
			d.claimant = &document.Claimant{Name: r.clean(r.span(s+1, e))}
			break
		}
		if e-s > 1 {
			if m := r.salient(sp.Start); m >= 0 {
				ent := r.d.Entities[r.mentions[m].ent]
				d.claimant = &document.Claimant{Name: ent.Name, Entity: ent.ID}
				break
			}
		}
		d.claimant = r.refer(sp, document.Org, r.lastOrg, r.clean(sp))
	default:
		if m := r.mentionIn(sp); m >= 0 {
			ent := r.d.Entities[r.mentions[m].ent]
			d.claimant = &document.Claimant{Name: ent.Name, Entity: ent.ID}
			if ent.Type == document.NORP && r.toks[e-1].Start >= r.mentions[m].End && r.isLower(e-1) {
				// A nationality before the head is no claimant: "the Norwegian government".
				d.claimant = &document.Claimant{Name: r.clean(sp)}
			} else if typeRank(ent.Type) < 2 && r.isLower(s) && !r.f.determ[r.low[s]] && r.toks[s].End <= r.mentions[m].Start {
				// A place after the head is no claimant: "officials in Brussels".
				d.claimant = &document.Claimant{Name: r.clean(sp)}
			} else if name, full := r.nameRun(s, e, m); full {
				// The mention is part of a longer name: "Nordic Pilots' Union",
				// "Society of Indian Automobile Manufacturers".
				d.claimant.Name = name
				if typeRank(ent.Type) < 2 {
					d.claimant.Entity = r.acronymAfter(e)
				}
			}
		} else if m := r.headForm(s, e); m >= 0 {
			// "the office" after the Financial Accountability Office
			ent := r.d.Entities[r.mentions[m].ent]
			d.claimant = &document.Claimant{Name: ent.Name, Entity: ent.ID}
		} else if name := r.clean(sp); name != "" {
			d.claimant = &document.Claimant{Name: name}
			if m := r.fullForm(name, sp.Start); m >= 0 {
				ent := r.d.Entities[r.mentions[m].ent]
				d.claimant = &document.Claimant{Name: ent.Name, Entity: ent.ID}
			}
		} else {
			d.claimant = &document.Claimant{Name: strings.TrimSpace(r.text[sp.Start:sp.End])}
		}
	}
	r.remember(d.claimant, s, e)
}

// refer resolves an anaphoric speaker to the latest entity of type typ, else
// to the latest claimant of that kind, else to the phrase itself.
func (r *run) refer(sp document.Span, typ string, fallback *document.Claimant, name string) *document.Claimant {
	m := -1
	if typ == document.Person {
		m = r.antecedent(sp, name)
	} else {
		m = r.latest(sp.Start, typ)
	}
	if m >= 0 {
		ent := r.d.Entities[r.mentions[m].ent]
		return &document.Claimant{Name: ent.Name, Entity: ent.ID}
	}
	if fallback != nil && len(r.mentions) == 0 {
		c := *fallback
		return &c
	}
	return &document.Claimant{Name: name}
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
	s = strings.TrimSuffix(strings.TrimSuffix(s, "’s"), "'s")
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
		return r.isWord(t) && r.isCap(t) && !r.f.adverb[r.low[t]] && !r.headlineVerbal(t) && !other(t)
	}
	joins := func(t int) bool {
		switch r.low[t] {
		case "'", "’":
			return r.isPossessive(t)
		}
		return r.f.words.is(rules.WordNameJoiner, r.low[t]) && (r.isLower(t) || r.low[t] == "&")
	}
	x := ms
	for x-1 >= s {
		if capWord(x-1) && !r.f.titles[r.low[x-1]] && !r.f.determ[r.low[x-1]] {
			x--
			continue
		}
		if !person && x-2 >= s && r.low[x-1] != "'" && r.low[x-1] != "’" && joins(x-1) && capWord(x-2) && !r.f.titles[r.low[x-2]] {
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

// openingName returns the person or organization that opens the sentence
// and is followed by a comma, when token k is a comma closing a stretch of at
// least two commas and at most 60 tokens after it, with no quotation inside.
func (r *run) openingName(k, a int) ([2]int, bool) {
	if k < a || !r.is(k, ",") || k-a > 60 {
		return [2]int{}, false
	}
	x := a
	for x < k && !r.is(x, ",") {
		x++
	}
	if x >= k || x == a || !r.nameLike(a, x) {
		return [2]int{}, false
	}
	commas := 0
	for t := x; t <= k; t++ {
		if r.quoteOf[t] >= 0 || r.isOpen(t) {
			return [2]int{}, false
		}
		if r.is(t, ",") {
			commas++
		}
	}
	m := r.mentionIn(r.span(a, x))
	if commas < 3 || m < 0 || typeRank(r.d.Entities[r.mentions[m].ent].Type) < 2 {
		return [2]int{}, false
	}
	return [2]int{a, x}, true
}

// indefinite returns the first token of "a"/"an" phrase with the same head
// noun as token h, within the two sentences before token s ("a Chinese
// state-owned group" for "the group"), or -1 when there is none or an entity
// is named in between as that noun.
func (r *run) indefinite(s, h int) int {
	for k := s - 1; k >= 0 && k > s-80; k-- {
		r.steps++
		if r.low[k] != r.low[h] || !r.isLower(k) {
			continue
		}
		for x := k - 1; x >= 0 && x >= k-7; x-- {
			if !r.isWord(x) && !r.is(x, "-") {
				break
			}
			if r.f.words.is(rules.WordIndefiniteArt, r.low[x]) {
				if x > 0 && (r.is(x-1, ",(—–") || r.isLower(x-1) && (r.f.aux[r.low[x-1]] || r.f.words.is(rules.WordPredicateMarker, r.low[x-1]))) {
					return -1 // an appositive or a predicate describes a name: "Nordvind, a Danish company"
				}
				return x
			}
			if r.isLower(x) && (r.f.determ[r.low[x]] || r.f.boundary[r.low[x]]) {
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
		if r.low[k] == r.low[h] {
			return k
		}
	}
	return x
}

// proxy reports whether token k is a noun that speaks for someone else: "the
// statement", "the spokesman".
func (r *run) proxy(k int) bool {
	return r.f.words.is(rules.WordProxyNoun, r.low[k])
}

// headForm returns the latest mention, within the last stretch of text, of
// an organization whose name ends with the head noun of "the" + noun at
// tokens [s, e): "the office" for the Financial Accountability Office, "the
// association" for the Ontario Hospital Association; or -1.
func (r *run) headForm(s, e int) int {
	if e-s != 2 || !r.f.words.is(rules.WordDefiniteArt, r.low[s]) || !r.isLower(e-1) {
		return -1
	}
	head := r.low[e-1]
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
