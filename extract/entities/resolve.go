package entities

import (
	"strings"

	"github.com/claimex/claimex/document"
)

// personIndex maps the first and last words of the document's full person
// names to the longest such name.
func (w *work) personIndex() map[string]string {
	idx, _ := w.personIndexStrength()
	return idx
}

// personIndexStrength is personIndex with the evidence of each entry's
// person. A word that ends one full name and opens another is the first's
// surname ("Trump" of "Donald Trump", not of "Trump Taj Mahal").
func (w *work) personIndexStrength() (map[string]string, map[string]int) {
	idx := map[string]string{}
	strength := map[string]int{}
	surname := map[string]bool{}
	for _, m := range w.ms {
		if m.typ != document.Person || m.b-m.a < 2 || m.person != "" {
			continue
		}
		full := w.surface(m.a, m.b)
		for n, k := range []string{w.toks[m.b-1].sp.text, w.toks[m.a].sp.text, w.key(m.a+1, m.b, false)} {
			last := n == 0
			if surname[k] && !last {
				continue
			}
			old, ok := idx[k]
			if !ok || last && !surname[k] || m.strength > strength[k] || m.strength == strength[k] && len(full) > len(old) {
				idx[k], strength[k] = full, m.strength
				surname[k] = surname[k] || last
			}
		}
	}
	return idx, strength
}

// resolveTypes settles each mention's type with the rest of the document:
// short forms of people, one reading per form, lone sentence-initial words.
func (w *work) resolveTypes() {
	w.unitsOfOrgs()
	w.surnameSupport()
	w.personShortForms()
	// Made here, the maps stay on the stack.
	v := votes{best: map[string]vote{}, nonInitial: map[string]bool{}, team: map[string]bool{}, orgHead: map[string]bool{}}
	w.formVotes(&v)
	w.shortForms()
	w.bracketed()
	w.coordinated()
	w.settleForms(&v)
}

// surnameSupport keeps the names read as a first name and a common word
// ("Mark Baker", see givenAndCommon) as people when their last word is a
// mention of its own somewhere in the document ("Baker said"), as a person
// named in full is named again; the others are left to the short forms of
// organizations.
func (w *work) surnameSupport() {
	var alone map[string]bool // built on the first such name
	for i := range w.ms {
		m := &w.ms[i]
		if m.typ != document.Person || m.strength != guess || !w.givenAndCommon(m.a, m.b) {
			continue
		}
		if alone == nil {
			alone = w.loneForms()
		}
		if !alone[w.key(m.b-1, m.b, false)] {
			m.typ, m.short = "", true
		}
	}
}

// loneForms returns the forms of the document's one-word mentions.
func (w *work) loneForms() map[string]bool {
	alone := map[string]bool{}
	for _, m := range w.ms {
		if m.b-m.a == 1 {
			alone[m.form] = true
		}
	}
	return alone
}

// unitsOfOrgs retypes a guessed person as an organization when it opens
// with an organization named elsewhere or repeats the leading words of one.
func (w *work) unitsOfOrgs() {
	// A guessed person whose first word is an organization named elsewhere
	// is that organization's unit: "Pirelli Cables" after "giant Pirelli".
	orgWord := map[string]bool{}
	for _, m := range w.ms {
		if m.b-m.a == 1 && m.typ == document.Org && m.strength >= medium && !m.team {
			orgWord[w.toks[m.a].sp.text] = true
		}
	}
	// ... or the leading words of an organization named in full: "Ceres
	// Robotics" after "Ceres Robotics Inc".
	orgLead := map[string]bool{}
	for _, m := range w.ms {
		if m.typ == document.Org && m.strength == strong && m.b-m.a > 2 {
			for k := m.a + 2; k < m.b; k++ {
				orgLead[w.key(m.a, k, false)] = true
			}
		}
	}
	for i := range w.ms {
		m := &w.ms[i]
		if m.typ == document.Person && (m.strength == guess && orgWord[w.toks[m.a].sp.text] || m.strength <= weak && orgLead[m.form]) {
			m.typ, m.strength = document.Org, weak
		}
	}
}

// vote is the strongest reading of a form and how many mentions give it.
type vote struct {
	typ      string
	strength int
	n        int
}

// votes is what the mentions say of their forms before short forms are
// linked.
type votes struct {
	best       map[string]vote // the strongest reading of each form
	nonInitial map[string]bool // forms written somewhere other than a sentence's start
	team       map[string]bool // places that are teams somewhere on the page
	// orgHead holds the single words that open a multi-word organization.
	orgHead map[string]bool
}

// formVotes fills v, whose maps are made, with the readings of each form
// among the mentions.
func (w *work) formVotes(v *votes) {
	for _, m := range w.ms {
		if m.typ == "" {
			continue
		}
		form := m.form
		if !m.initial {
			v.nonInitial[form] = true
		}
		if m.team {
			v.team[form] = true
		}
		b := v.best[form]
		switch {
		case m.strength > b.strength || b.typ == "":
			v.best[form] = vote{m.typ, m.strength, 1}
		case m.strength == b.strength && m.typ == b.typ:
			b.n++
			v.best[form] = b
		}
	}
	// Unknown single words that open a multi-word organization: "Rotor" of "Rotor Volgograd".
	for _, m := range w.ms {
		if m.typ == document.Org && m.b-m.a > 1 && m.strength >= weak {
			v.orgHead[w.toks[m.a].sp.text] = true
		}
	}
}

// settleForms gives each mention the reading its form has elsewhere, and
// drops the short forms, lone openers and unknown words nothing supports.
func (w *work) settleForms(v *votes) {
	formCount := map[string]int{}
	for _, m := range w.ms {
		formCount[m.form]++
	}
	listed := w.peoplePerSentence()
	out := w.ms[:0]
	for _, m := range w.ms {
		form := m.form
		if w.listEnd(&m, listed) {
			// "..., Paul Eales 67 68, Wayne" / "Riley (Australia) 64 71, ...":
			// a list of players broken across lines.
			m.typ, m.strength, m.short, m.initial = document.Person, weak, false, false
		}
		if b, ok := v.best[form]; ok && b.strength > m.strength && m.person == "" {
			m.typ, m.strength = b.typ, min(b.strength, medium)
		}
		if v.team[form] && !m.country && !m.dateline && (m.typ == document.GPE || m.typ == document.Loc) && !w.placeContext(w.sents[w.toks[m.a].sent], m.a, true) {
			m.typ, m.team = document.Org, true
		}
		if m.short && m.link == "" {
			if m.b-m.a > 1 || !w.theProper(m.a) {
				continue
			}
			// "to the Diet before March": an institution by its own name.
			m.typ, m.strength = document.Org, weak
		}
		if m.initial && m.strength < medium && !v.nonInitial[form] && m.link == "" {
			continue
		}
		if m.b-m.a == 1 && v.orgHead[form] && m.strength < medium && m.person == "" {
			m.typ, m.strength = document.Org, weak
		}
		if m.typ == "" && formCount[form] >= w.f.minRepeat {
			m.typ = w.f.defaultType
			if w.sports {
				// On sports pages lone names are players: "Vaas c Hollioake b Mullally".
				m.typ = document.Person
			}
		}
		if m.typ == "" {
			continue
		}
		out = append(out, m)
	}
	w.ms = out
}

// known is what the document's running text says about a form, for the
// all-capitals headlines and tables.
type known struct {
	typ     string
	country bool
	group   int
	person  string
}

// scanCaps finds names in an all-capitals sentence by the document's own
// names and the gazetteers, case-insensitively.
func (w *work) scanCaps(s sent, forms map[string]known, maxLen map[string]int) {
	lx := w.f.lx
	for i := s.a; i < s.b; {
		t := &w.toks[i]
		if !t.letters || t.money || !t.cap && !t.allCaps || t.sp.is(neverLow) && !(t.allCaps && len(t.sp.text) > 1 && w.gazExact(i)) {
			i++
			continue
		}
		kl := 0
		var kn known
		for l := min(maxLen[t.lower()], s.b-i); l >= 1; l-- {
			if k, ok := forms[w.key(i, i+l, true)]; ok {
				kl, kn = l, k
				break
			}
		}
		gl, ge := w.gazAt(i, s.b, true)
		if gl == 1 && t.sp.is(commonListed) && !w.gazExact(i) && kl == 0 {
			gl = 0 // "TURKEY", "CHAD": only with the document's support
		}
		if gl > 0 && ge.typ == misc {
			i += gl
			continue
		}
		dateline := gl > 0 && i+gl < s.b && (w.toks[i+gl].sp.text == "," || w.dateLike(i+gl))
		m := mention{group: -1}
		switch {
		case gl > 0 && (dateline || gl > kl):
			m = mention{a: i, b: i + gl, typ: ge.typ, strength: strong, group: ge.group, country: lx.country[ge.group]}
		case kl > 0:
			m = mention{a: i, b: i + kl, typ: kn.typ, strength: medium, group: kn.group, person: kn.person, country: kn.country}
		default:
			i++
			continue
		}
		if !dateline {
			w.sportsTeam(s, &m)
		}
		w.add(m)
		i = m.b
	}
}

func (w *work) gazExact(i int) bool {
	return w.toks[i].sp.is(gazWord)
}

// dateLike reports whether token i is a date such as "1996-08-30".
func (w *work) dateLike(i int) bool {
	t := w.toks[i].sp.text
	return w.toks[i].num && len(t) >= 8 && strings.Count(t, "-") == 2
}

// knownForms collects the forms named in running text, lower-cased.
func (w *work) knownForms() (map[string]known, map[string]int) {
	forms := map[string]known{}
	maxLen := map[string]int{}
	for _, m := range w.ms {
		k := w.key(m.a, m.b, true)
		if _, ok := forms[k]; ok || m.dateline {
			// A dateline's place type comes from its slot, not from the name.
			continue
		}
		p := m.person
		if p == "" && m.typ == document.Person && m.b-m.a > 1 {
			p = w.surface(m.a, m.b)
		}
		forms[k] = known{typ: m.typ, group: m.group, person: p, country: m.country}
		first := w.toks[m.a].lower()
		maxLen[first] = max(maxLen[first], m.b-m.a)
	}
	// Surnames and first words of people named in full.
	for form, full := range w.personIndex() {
		k := strings.ToLower(form)
		if _, ok := forms[k]; !ok {
			forms[k] = known{typ: document.Person, group: -1, person: full}
			ws := strings.Fields(k)
			maxLen[ws[0]] = max(maxLen[ws[0]], len(ws))
		}
	}
	return forms, maxLen
}

// namePart reports whether a capitalized word is a usual part of names:
// a gazetteer word, an organization or place suffix or head, a title.
func (lx *lexicon) namePart(text, lower string) bool {
	if lx.gaz.has(text) {
		return true
	}
	return lx.suffix[text] || lx.head[text] || lx.plSuffix[text] || lx.plHead[text] || lx.clubHead[text] || lx.event[text] || lx.titles.set[lower] || lx.modifier[lower]
}

// possessive reports whether token i is a possessive "'s".
func (w *work) possessive(i int) bool {
	return i < len(w.toks) && w.toks[i].sp.is(possessiveWord)
}

// speechAfter reports whether token i is a verb of speech, commitment or
// business ("Aurora vowed to refund", "Clearwater announced").
func (w *work) speechAfter(i int) bool {
	if i >= len(w.toks) {
		return false
	}
	return w.toks[i].sp.is(speechLow)
}

// coordinated gives an unknown lone name joined by "and" or "or" to a place
// the place's type: "residents in Circleville and Chillicothe".
func (w *work) coordinated() {
	end := map[int]int{} // last token → mention index
	for i := range w.ms {
		end[w.ms[i].b-1] = i
	}
	for i := range w.ms {
		m := &w.ms[i]
		if m.b-m.a != 1 || m.typ != "" && m.strength > weak || m.person != "" || m.a < 2 || m.short || m.b < len(w.toks) && roman(w.toks[m.b].sp.text) {
			// ("Portugal and Pedro I": a king.)
			continue
		}
		if prev := &w.toks[m.a-1]; !prev.sp.is(andLow) && !prev.sp.is(orLow) {
			continue
		}
		p, ok := end[m.a-2]
		if !ok || w.toks[m.a-2].sent != w.toks[m.a].sent {
			continue
		}
		if t := w.ms[p].typ; (t == document.GPE || t == document.Loc) && !w.ms[p].team {
			m.typ, m.strength = t, weak
		}
	}
}

// theProper reports whether the lone ordinary word at token i, capitalized
// in running text after "the" and before a lower-case word or a stop, is a
// proper name: "the Diet", "the Bundesrat"; not titles, events or sport words.
func (w *work) theProper(i int) bool {
	t := &w.toks[i]
	if i == 0 || !w.toks[i-1].sp.is(definiteLow) || t.initial || t.allCaps || w.sents[t.sent].sports || w.sents[t.sent].caps || t.sp.is(genericLow) {
		return false
	}
	if t.sp.is(titleLow) || t.sp.is(eventWord) || t.sp.is(sportLow) || t.sp.is(suffixWord) || t.sp.is(headWord) || t.sp.is(placeSuffixWord) || t.sp.is(modifierLow) || t.sp.is(pluralLow) {
		return false
	}
	if i+1 < len(w.toks) {
		n := &w.toks[i+1]
		// "the Return of the King" is a title of a work.
		if n.cap || n.num || n.sp.is(ofLow) || !n.letters && n.sp.text != "," && n.sp.text != "." {
			return false
		}
	}
	return true
}
