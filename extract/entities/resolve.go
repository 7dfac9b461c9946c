package entities

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

// titleCase marks headlines written in title case ("Huawei Unveils Major
// Cybersecurity Push") to be read like all-capitals ones: by the document's
// names and the gazetteers only.
func (w *work) titleCase() {
	lx := w.f.lx
	for si := range w.sents {
		s := &w.sents[si]
		if s.caps || w.toks[s.b-1].text == "." || w.toks[s.b-1].text == "," {
			continue
		}
		// A headline stands alone on its line.
		if si > 0 && w.d.Text[w.d.Tokens[w.sents[si-1].b-1].End:w.d.Tokens[s.a].Span.Start] == " " {
			continue
		}
		words, caps, common := 0, 0, 0
		for i := s.a; i < s.b; i++ {
			t := w.toks[i]
			switch {
			case t.num || t.text == "(" || t.text == ":" || t.text == ",":
				// Tables, datelines and lists are no headlines.
				words = -100
			case !t.letters || len(t.text) <= 3 && lx.never[t.lower]:
				continue
			}
			words++
			if t.cap {
				caps++
				if lx.isCommon(t.lower) && !t.initial && !w.namePart(t.text, t.lower) {
					common++
				}
			}
		}
		if words >= 4 && caps*10 >= words*8 && common >= 2 {
			s.caps = true
		}
	}
}

// maxSlug is how many words a headline's slug may hold before its dash.
const maxSlug = 5

// detectSports marks the sentences of sports pages, and sentences that are
// about a match themselves (a sport word next to a score).
func (w *work) detectSports() {
	lx := w.f.lx
	if len(w.sents) > 0 {
		w.sports = w.sportSlug(w.slug(w.sents[0]))
	}
	for si := range w.sents {
		s := &w.sents[si]
		if w.sports {
			s.sports = true
			continue
		}
		word, score := false, false
		for i := s.a; i < s.b; i++ {
			t := w.toks[i]
			if lx.sportWord[t.lower] {
				word = true
			}
			if t.num && strings.Count(t.text, "-") == 1 && len(t.text) <= 5 {
				score = true
			}
		}
		s.sports = word && score
	}
}

// slug returns the folded words of the headline's slug, before its dash:
// "SOCCER - ...", "MOTOR RACING - ...", "NHL ICE HOCKEY - ...". Without a
// dash standing alone among the first words, a dash written on a word ends
// the slug there: "Rugby league-Australian ...". Else it returns nil.
func (w *work) slug(s sent) []string {
	var words []string
	attached := -1 // the words up to the first dash written on a word
	for i := s.a; i < s.b && i <= s.a+maxSlug; i++ {
		t := w.toks[i]
		if t.text == "-" && i > s.a {
			return words
		}
		lower := strings.ReplaceAll(t.lower, "’", "'")
		if head, tail, ok := strings.Cut(lower, "-"); ok && head != "" && tail != "" {
			words = append(words, head)
			if attached < 0 {
				attached = len(words)
			}
			words = append(words, strings.Split(tail, "-")...)
			continue
		}
		words = append(words, lower)
	}
	if attached < 0 {
		return nil
	}
	return words[:attached]
}

// sportSlug reports whether the slug names a sport or a league anywhere in
// it: "ENGLISH SOCCER", "NHL ICE HOCKEY".
func (w *work) sportSlug(words []string) bool {
	lx := w.f.lx
	for a := range words {
		for b := a + 1; b <= len(words) && b <= a+lx.sportHeadMax; b++ {
			if lx.sportHead[strings.Join(words[a:b], " ")] {
				return true
			}
		}
	}
	return false
}

// personIndex maps the first and last words of the document's full person
// names to the longest such name.
func (w *work) personIndex() map[string]string {
	idx, _ := w.personIndexStrength()
	return idx
}

// personIndexStrength is personIndex with the evidence of each entry's person.
func (w *work) personIndexStrength() (map[string]string, map[string]int) {
	idx := map[string]string{}
	strength := map[string]int{}
	for _, m := range w.ms {
		if m.typ != document.Person || m.b-m.a < 2 || m.person != "" {
			continue
		}
		full := w.surface(m.a, m.b)
		for _, k := range []string{w.toks[m.b-1].text, w.toks[m.a].text, w.key(m.a+1, m.b, false)} {
			old, ok := idx[k]
			if !ok || m.strength > strength[k] || m.strength == strength[k] && len(full) > len(old) {
				idx[k] = full
				strength[k] = m.strength
			}
		}
	}
	return idx, strength
}

// resolveTypes settles each mention's type with the rest of the document:
// short forms of people, one reading per form, lone sentence-initial words.
func (w *work) resolveTypes() {
	// A guessed person whose first word is an organization named elsewhere
	// is that organization's unit: "Pirelli Cables" after "giant Pirelli".
	orgWord := map[string]bool{}
	for _, m := range w.ms {
		if m.b-m.a == 1 && m.typ == document.Org && m.strength >= medium && !m.team {
			orgWord[w.toks[m.a].text] = true
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
		if m.typ == document.Person && (m.strength == guess && orgWord[w.toks[m.a].text] || m.strength <= weak && orgLead[w.key(m.a, m.b, false)]) {
			m.typ, m.strength = document.Org, weak
		}
	}
	people, pstrength := w.personIndexStrength()
	for i := range w.ms {
		m := &w.ms[i]
		if m.role != "" || m.person != "" || m.typ != document.Person && m.strength >= strong && m.typ != "" && m.group < 0 {
			continue
		}
		form := w.key(m.a, m.b, false)
		if m.group >= 0 && (m.typ == document.GPE || m.typ == document.Loc) && pstrength[form] < medium {
			// A listed place beats a guessed person: "Japan" of "Japan
			// Chamber of Commerce" read as a name.
			continue
		}
		if full, ok := people[form]; ok && full != w.surface(m.a, m.b) && !w.placeContext(w.sents[w.toks[m.a].sent], m.a, false) {
			m.typ, m.strength, m.person = document.Person, max(m.strength, medium), full
		}
	}
	type vote struct {
		typ      string
		strength int
		n        int
	}
	best := map[string]vote{}
	nonInitial := map[string]bool{}
	team := map[string]bool{} // places that are teams somewhere on the page
	for _, m := range w.ms {
		if m.typ == "" || m.role != "" {
			continue
		}
		form := w.key(m.a, m.b, false)
		if !m.initial {
			nonInitial[form] = true
		}
		if m.team {
			team[form] = true
		}
		v := best[form]
		switch {
		case m.strength > v.strength || v.typ == "":
			best[form] = vote{m.typ, m.strength, 1}
		case m.strength == v.strength && m.typ == v.typ:
			v.n++
			best[form] = v
		}
	}
	// Unknown single words that open a multi-word organization: "Rotor" of "Rotor Volgograd".
	orgHead := map[string]bool{}
	for _, m := range w.ms {
		if m.typ == document.Org && m.b-m.a > 1 && m.strength >= weak {
			orgHead[w.toks[m.a].text] = true
		}
	}
	w.shortForms()
	w.bracketed()
	w.coordinated()
	formCount := map[string]int{}
	for _, m := range w.ms {
		formCount[w.key(m.a, m.b, false)]++
	}
	listed := w.peoplePerSentence()
	out := w.ms[:0]
	for _, m := range w.ms {
		form := w.key(m.a, m.b, false)
		if w.listEnd(&m, listed) {
			// "..., Paul Eales 67 68, Wayne" / "Riley (Australia) 64 71, ...":
			// a list of players broken across lines.
			m.typ, m.strength, m.short, m.initial = document.Person, weak, false, false
		}
		if v, ok := best[form]; ok && v.strength > m.strength && m.person == "" {
			m.typ, m.strength = v.typ, min(v.strength, medium)
		}
		if team[form] && !m.country && !m.dateline && (m.typ == document.GPE || m.typ == document.Loc) && !w.placeContext(w.sents[w.toks[m.a].sent], m.a, true) {
			m.typ, m.team = document.Org, true
		}
		if m.short && m.link == "" {
			if m.b-m.a > 1 || !w.theProper(m.a) {
				continue
			}
			// "to the Diet before March": an institution by its own name.
			m.typ, m.strength = document.Org, weak
		}
		if m.initial && m.strength < medium && !nonInitial[form] && m.link == "" {
			continue
		}
		if m.b-m.a == 1 && orgHead[form] && m.strength < medium && m.person == "" {
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
		t := w.toks[i]
		if !t.letters || t.money || !t.cap && !t.allCaps || lx.never[t.lower] && !(t.allCaps && len(t.text) > 1 && w.gazExact(i)) {
			i++
			continue
		}
		kl := 0
		var kn known
		for l := min(maxLen[t.lower], s.b-i); l >= 1; l-- {
			if k, ok := forms[w.key(i, i+l, true)]; ok {
				kl, kn = l, k
				break
			}
		}
		gl, ge := w.gazAt(i, s.b, true)
		if gl == 1 && lx.common.has(t.lower) && !w.gazExact(i) && kl == 0 {
			gl = 0 // "TURKEY", "CHAD": only with the document's support
		}
		if gl > 0 && ge.typ == misc {
			i += gl
			continue
		}
		dateline := gl > 0 && i+gl < s.b && (w.toks[i+gl].text == "," || w.dateLike(i+gl))
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
		m.ent = -1
		w.ms = append(w.ms, m)
		i = m.b
	}
}

func (w *work) gazExact(i int) bool {
	return w.f.lx.gaz.has(w.toks[i].text)
}

// dateLike reports whether token i is a date such as "1996-08-30".
func (w *work) dateLike(i int) bool {
	t := w.toks[i].text
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
		first := w.toks[m.a].lower
		maxLen[first] = max(maxLen[first], m.b-m.a)
	}
	// Surnames and first words of people named in full.
	for form, full := range w.personIndex() {
		k := strings.ToLower(form)
		if _, ok := forms[k]; !ok {
			forms[k] = known{typ: document.Person, group: -1, person: full}
			first := strings.Fields(k)[0]
			maxLen[first] = max(maxLen[first], len(strings.Fields(k)))
		}
	}
	return forms, maxLen
}

// namePart reports whether a capitalized word is a usual part of names:
// a gazetteer word, an organization or place suffix or head, a title.
func (w *work) namePart(text, lower string) bool {
	lx := w.f.lx
	if lx.gaz.has(text) {
		return true
	}
	return lx.suffix[text] || lx.head[text] || lx.plSuffix[text] || lx.plHead[text] || lx.clubHead[text] || lx.event[text] || lx.titles.set[lower] || lx.modifier[lower]
}

// shortForms links lone words to the organizations they shorten: the first
// word of a name whose other words are all organization suffixes ("Aurora"
// of "Aurora Airways", "Kestrel" of "Kestrel Mining Ltd"), and the suffix
// ending a name ("Rovers" of "Severnside Rovers", "Commission" of "European
// Commission"), which names the latest such organization before it.
func (w *work) shortForms() {
	lx := w.f.lx
	type org struct {
		key string
		at  int
	}
	first := map[string]string{}
	firstCompany := map[string]bool{}
	lasts := map[string][]org{}
	prefix := map[string]string{}
	for _, m := range w.ms {
		if m.typ != document.Org || m.b-m.a < 2 || m.strength < medium || m.team && !m.country && m.group >= 0 {
			continue
		}
		key := w.key(m.a, m.b, true)
		if m.group >= 0 {
			key = groupLink + strconv.Itoa(m.group)
		}
		if p := w.beforeSuffixes(m.a, m.b); p-m.a >= 2 {
			if _, ok := prefix[w.key(m.a, p, false)]; !ok {
				prefix[w.key(m.a, p, false)] = key
			}
		}
		tail, company := true, true
		for i := m.a + 1; i < m.b; i++ {
			t := w.toks[i].text
			if t == "/" || i+1 < m.b && w.toks[i+1].text == "/" {
				continue
			}
			tail = tail && lx.suffix[t]
			company = company && lx.company[t]
		}
		// "Clearwater Valley Water Co." is a company named after a place.
		legal := m.b-m.a > 2 && lx.legal[w.lastWord(m.a, m.b)] || lx.legal[strings.TrimSuffix(w.toks[m.b-1].text, ".")]
		if f := w.toks[m.a].text; (tail || legal) && w.toks[m.a].cap && !lx.suffix[f] && !lx.head[f] {
			if _, ok := first[f]; !ok {
				first[f] = key
				firstCompany[f] = company || legal
			}
		}
		if l := w.toks[m.b-1].text; lx.suffix[l] && w.toks[m.b-1].cap {
			lasts[l] = append(lasts[l], org{key, m.a})
		}
	}
	if len(first) == 0 && len(lasts) == 0 && len(prefix) == 0 {
		return
	}
	for i := range w.ms {
		m := &w.ms[i]
		if m.short && m.b-m.a > 1 {
			if k, ok := prefix[w.key(m.a, m.b, false)]; ok {
				m.typ, m.strength, m.link, m.group = document.Org, strong, k, -1
			}
			continue
		}
		if m.b-m.a != 1 || m.person != "" || m.country || m.typ == document.Person && m.strength >= medium || m.typ == document.NORP {
			continue
		}
		if m.group >= 0 && (m.typ == document.Org || !firstCompany[w.toks[m.a].text] || !w.possessive(m.b) && !w.speechAfter(m.b)) {
			// A listed body; a place that only names a public body ("Bristol
			// City Council"); a place is a company's short form only as an
			// owner: "Aurora's chief executive", not "Damascus radio".
			continue
		}
		t := w.toks[m.a].text
		if k, ok := first[t]; ok {
			m.typ, m.strength, m.link, m.group = document.Org, strong, k, -1
			continue
		}
		if m.typ != "" && m.typ != document.Org && m.strength >= medium {
			continue
		}
		best := ""
		for _, o := range lasts[t] {
			if o.at < m.a {
				best = o.key
			}
		}
		if best != "" {
			m.typ, m.strength, m.link, m.group = document.Org, strong, best, -1
		}
	}
}

// beforeSuffixes returns where the organization suffixes ending [a,b) begin
// ("Inc." of "Advanced Medical Inc."), or b when the name ends in none.
func (w *work) beforeSuffixes(a, b int) int {
	p := b
	for p > a+1 && (w.toks[p-1].text == "." || w.f.lx.suffix[strings.TrimSuffix(w.toks[p-1].text, ".")]) {
		p--
	}
	if p < b && w.toks[p].text == "." {
		return b
	}
	return p
}

// bracketed links an abbreviation in brackets right after an organization's
// name to it, with every later use: "Society of Indian Automobile
// Manufacturers (SIAM)", "Africa Centres for Disease Control and Prevention
// (Africa CDC)". The abbreviation's capitals must be initials of the name, in order.
func (w *work) bracketed() {
	abbr := map[string]string{}
	sort.SliceStable(w.ms, func(i, j int) bool { return w.ms[i].a < w.ms[j].a })
	for i := 1; i < len(w.ms); i++ {
		m, p := &w.ms[i], &w.ms[i-1]
		if p.typ != document.Org || p.b-p.a < 2 || p.b+1 != m.a || w.toks[p.b].text != "(" || m.b >= len(w.toks) || w.toks[m.b].text != ")" {
			continue
		}
		if in := w.capInitials(p.a, p.b); !initialsOf(w.surface(m.a, m.b), in) && !(len(in) > 2 && strings.EqualFold(w.surface(m.a, m.b), in)) {
			// ("Scottish Environment Protection Agency (Sepa)" is spelt as a word.)
			continue
		}
		key := w.key(p.a, p.b, true)
		if p.group >= 0 {
			key = groupLink + strconv.Itoa(p.group)
		} else if p.link != "" {
			key = p.link
		}
		abbr[w.key(m.a, m.b, false)] = key
	}
	if len(abbr) == 0 {
		return
	}
	for i := range w.ms {
		m := &w.ms[i]
		if k, ok := abbr[w.key(m.a, m.b, false)]; ok && m.person == "" {
			m.typ, m.strength, m.link, m.group, m.country = document.Org, strong, k, -1, false
		}
	}
}

// capInitials returns the first letters of the capitalized words of [a,b), upper case.
func (w *work) capInitials(a, b int) string {
	var sb strings.Builder
	for i := a; i < b; i++ {
		if w.toks[i].cap {
			r, _ := utf8.DecodeRuneInString(w.toks[i].text)
			sb.WriteRune(unicode.ToUpper(r))
		}
	}
	return sb.String()
}

// initialsOf reports whether the capitals of abbr appear, in order, among
// initials, and abbr has at least two.
func initialsOf(abbr, initials string) bool {
	n := 0
	rest := initials
	for _, r := range abbr {
		if !unicode.IsUpper(r) {
			continue
		}
		k := strings.IndexRune(rest, r)
		if k < 0 {
			return false
		}
		rest = rest[k+utf8.RuneLen(r):]
		n++
	}
	return n >= 2
}

// possessive reports whether token i is a possessive "'s".
func (w *work) possessive(i int) bool {
	return i < len(w.toks) && w.f.lx.fn.possessive[w.toks[i].text]
}

// speechAfter reports whether token i is a verb of speech, commitment or
// business ("Aurora vowed to refund", "Clearwater announced").
func (w *work) speechAfter(i int) bool {
	if i >= len(w.toks) {
		return false
	}
	c, ok := w.f.lx.after[w.toks[i].lower]
	return ok && c.weak && (c.typ == document.Person || c.typ == document.Org) && !w.f.lx.fn.relative[w.toks[i].lower]
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
		if m.b-m.a != 1 || m.typ != "" && m.strength > weak || m.person != "" || m.a < 2 || m.short || m.b < len(w.toks) && roman(w.toks[m.b].text) {
			// ("Portugal and Pedro I": a king.)
			continue
		}
		if prev := w.toks[m.a-1].lower; !w.f.lx.fn.and[prev] && !w.f.lx.fn.or[prev] {
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
	lx := w.f.lx
	t := w.toks[i]
	if i == 0 || !lx.fn.definite[w.toks[i-1].lower] || t.initial || t.allCaps || w.sents[t.sent].sports || w.sents[t.sent].caps || lx.generic[t.lower] {
		return false
	}
	if lx.titles.set[t.lower] || lx.event[t.text] || lx.sportWord[t.lower] || lx.suffix[t.text] || lx.head[t.text] || lx.plSuffix[t.text] || lx.modifier[t.lower] || lx.fn.plural(t.lower) {
		return false
	}
	if i+1 < len(w.toks) {
		n := w.toks[i+1]
		// "the Return of the King" is a title of a work.
		if n.cap || n.num || lx.fn.of[n.lower] || !n.letters && n.text != "," && n.text != "." {
			return false
		}
	}
	return true
}
