package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

// Evidence strengths of a mention's type.
const (
	guess  = 0 // default reading of an unknown name
	weak   = 1 // a weak context cue
	medium = 2 // a context cue or the document's other mentions
	strong = 3 // a gazetteer, title, honorific or organization suffix
)

// misc is the gazetteer type of names that are none of the entity types
// (events, products, works): a span it matches is no entity.
const misc = "MISC"

// mention is a stretch of tokens naming something.
type mention struct {
	a, b     int // token range
	typ      string
	strength int
	group    int // gazetteer group, -1 when none
	country  bool
	titles   []string
	initial  bool   // a lone common word opening a sentence: needs support elsewhere
	role     string // for role references ("the company"): the phrase
	person   string // for short person forms: the full name they stand for
	team     bool   // a place read as a sports team by its context
	dateline bool   // the place slot of a dateline: a place whatever the page makes of the name elsewhere
	from     int    // when > 0, the byte offset where the mention starts inside its first token ("Texas" of "R-Texas")
	cut      int    // when > 0, the byte offset where the mention ends inside its last token ("Hong Kong" of "Hong Kong-based")
	short    bool   // a lone ordinary capitalized word kept only if it is the short form of an organization
	link     string // for short forms and bracketed abbreviations: the folded full form of their organization
	ent      int
}

// work is the state of one Run.
type work struct {
	f      *Finder
	d      *document.Document
	toks   []tok
	sents  []sent
	sports bool
	ms     []mention
	// midPairs holds the pairs of capitalized words written inside a
	// sentence, built on first use by capitalizedInside.
	midPairs map[string]bool
}

func (w *work) surface(a, b int) string {
	return w.d.Text[w.d.Tokens[a].Span.Start:w.d.Tokens[b-1].Span.End]
}

// key joins token texts the way gazetteer keys are built.
func (w *work) key(a, b int, fold bool) string {
	var sb strings.Builder
	for i := a; i < b; i++ {
		if i > a {
			sb.WriteByte(' ')
		}
		t := w.toks[i].text
		if fold {
			t = w.toks[i].lower
		}
		if strings.ContainsRune(t, '’') {
			t = strings.ReplaceAll(t, "’", "'") // "O’Neill" is "O'Neill"
		}
		sb.WriteString(t)
	}
	return sb.String()
}

// gazAt returns the longest gazetteer form starting at token i and ending by end.
func (w *work) gazAt(i, end int, fold bool) (int, gazEntry) {
	lx := w.f.lx
	var n int
	if fold {
		n = lx.gazMaxF.at(w.toks[i].lower)
	} else {
		n = lx.gazMax.at(w.toks[i].text)
	}
	if !fold && n == 0 && w.toks[i].allCaps && utf8.RuneCountInString(w.toks[i].text) > 3 {
		// "GERMANY - Bunds extended losses": a headline word in running text.
		if l, e := w.gazAt(i, end, true); l > 0 && w.allCaps(i, i+l) {
			return l, e
		}
	}
	for l := min(n, end-i); l >= 1; l-- {
		k := w.key(i, i+l, fold)
		var e gazEntry
		var ok bool
		if fold {
			e, ok = lx.gazFold.get(k)
		} else {
			e, ok = lx.gaz.get(k)
		}
		if ok {
			return l, e
		}
	}
	return 0, gazEntry{}
}

// titleAt returns the length of the longest title phrase starting at token i
// (case-insensitive) that ends by end.
func (w *work) titleAt(i, end int) int {
	ps := w.f.lx.titles
	n := ps.maxLen[w.toks[i].lower]
	for l := min(n, end-i); l >= 1; l-- {
		if ps.set[w.key(i, i+l, true)] {
			return l
		}
	}
	return 0
}

// titleEndingAt returns the start of the longest title phrase ending at
// token j (inclusive), extended backwards over modifiers and the nouns of
// its field ("competition commissioner", "energy and mines minister"), or
// -1. The phrase may end in "of" or "for" and a noun: "director of
// cybercrime", "cabinet member for planning".
func (w *work) titleEndingAt(j, lo int) int {
	if j < lo || !w.toks[j].letters {
		return -1
	}
	best := w.bareTitleEndingAt(j, lo)
	for k := 1; best < 0 && k <= 2 && j-k-1 >= lo; k++ {
		// "member for planning": nouns after "of"/"for" closing the phrase.
		if !w.tailNoun(j - k + 1) {
			break
		}
		if w.f.lx.fn.joiner(w.toks[j-k].text) {
			best = w.bareTitleEndingAt(j-k-1, lo)
		}
	}
	if best < 0 {
		return -1
	}
	for best-1 >= lo && w.f.lx.modifier[w.toks[best-1].lower] {
		best--
	}
	// Nouns naming the field: "competition commissioner", "threat analyst",
	// "energy and mines minister".
	for n := 0; n < 2 && best-1 >= lo; n++ {
		switch {
		case w.fieldNoun(best - 1):
			best--
		case w.f.lx.fn.and[w.toks[best-1].text] && best-2 >= lo && w.fieldNoun(best-2) && n == 1:
			best -= 2
		default:
			n = 2
		}
	}
	for best-1 >= lo && w.f.lx.modifier[w.toks[best-1].lower] {
		best--
	}
	return best
}

// bareTitleEndingAt returns the start of the longest listed title ending at
// token j, or -1.
func (w *work) bareTitleEndingAt(j, lo int) int {
	best := -1
	for l := 1; l <= 4 && j-l+1 >= lo; l++ {
		a := j - l + 1
		if w.f.lx.titles.set[w.key(a, j+1, true)] {
			best = a
		}
	}
	return best
}

// fieldNoun reports whether token i may be a noun qualifying a title: a
// lower-case ordinary word that is no function word, verb form or cue
// ("said", "told").
func (w *work) fieldNoun(i int) bool {
	t := &w.toks[i]
	lx := w.f.lx
	if t.cap || !t.letters || len(t.text) < 3 || lx.never[t.lower] || lx.fn.inflected(t.lower) || strings.ContainsAny(t.text, "'’-") {
		return false
	}
	if c, ok := lx.after[t.lower]; ok && c.typ == document.Person {
		return false
	}
	if _, ok := lx.before[t.lower]; ok {
		return false
	}
	return !lx.role[t.lower] && !lx.honor[t.lower]
}

// suffixWord reports whether the title [a,b) is one word that also ends
// names of bodies and places ("the administrative centre").
func (w *work) suffixWord(a, b int) bool {
	if b-a != 1 {
		return false
	}
	t := w.toks[a].text
	r, n := utf8.DecodeRuneInString(t)
	up := string(unicode.ToUpper(r)) + t[n:]
	return w.f.lx.suffix[up] || w.f.lx.plSuffix[up]
}

// tailNoun is fieldNoun allowing nouns in -ing: "minister for housing",
// "cabinet member for planning".
func (w *work) tailNoun(i int) bool {
	t := w.toks[i].lower
	if endsWith(t, w.f.lx.fn.gerundEnd) && len(t) > 5 && !w.toks[i].cap && !strings.ContainsAny(t, "'’-") {
		_, cue := w.f.lx.after[t]
		return !cue
	}
	return w.fieldNoun(i)
}

// titleTail returns the end of "of"/"for" and one or two field nouns after a
// title ending before token i: "director [of cybercrime]". It returns i when
// there is none.
func (w *work) titleTail(i, end int) int {
	if i+1 >= end || !w.f.lx.fn.joiner(w.toks[i].text) || !w.tailNoun(i+1) {
		return i
	}
	k := i + 2
	if k < end && w.tailNoun(k) {
		k++
	}
	return k
}

func (w *work) titleText(a, b int) string {
	var parts []string
	for i := a; i < b; i++ {
		t := w.toks[i].lower
		if t == "-" && len(parts) > 0 && i+1 < b {
			parts[len(parts)-1] += "-" + w.toks[i+1].lower
			i++
			continue
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, " ")
}

// connector reports whether token i may join two capitalized parts of one name.
func (w *work) connector(runStart, i int) bool {
	fn := &w.f.lx.fn
	t := w.toks[i].text
	switch {
	case fn.of[t]:
		// Inside a title: "Secretary of State John Kerry".
		if i > runStart && i+1 < len(w.toks) && w.f.lx.titles.set[w.key(i-1, i+2, true)] {
			return true
		}
		// Only right after an organization or place head: "Bank of England", "Gulf of Mexico".
		k := i - 1
		return k >= runStart && (w.f.lx.head[w.toks[k].text] || w.f.lx.plHead[w.toks[k].text])
	case fn.for_[t]:
		// "National League for Democracy", "Centre for Economic Policy Research".
		k := i - 1
		return k >= runStart && (w.f.lx.head[w.toks[k].text] || w.f.lx.suffix[w.toks[k].text]) && w.toks[k].cap
	case fn.particle[t]:
		return true
	case fn.possessive[t]:
		// "People's Bank": only when a head word follows; "Ghana's Cyber
		// Security Authority" is a place and a body.
		if i > runStart && w.gazExact(i-1) {
			return false
		}
		return i+1 < len(w.toks) && w.f.lx.head[w.toks[i+1].text] || w.suffixAhead(i+1)
	case t == "'" || t == "’":
		// "Nordic Pilots' Union": a plural possessive before a head or suffix.
		return i > runStart && fn.plural(w.toks[i-1].text) && w.adjacent(i-1, i) &&
			i+1 < len(w.toks) && (w.f.lx.head[w.toks[i+1].text] || w.f.lx.suffix[w.toks[i+1].text])
	case fn.and[t]:
		// "Securities and Exchange Commission", "Financial Futures and Options
		// Exchange"; but "Wistron and Global Lighting Technologies" are two.
		if i > runStart && w.f.lx.isCommon(w.toks[i-1].lower) && !w.gazExact(i-1) && w.suffixAhead(i+1) && w.commonAhead(i+1) {
			return true
		}
		// "Department of Health and Social Care", "Chamber of Commerce and
		// Industry": ordinary words on both sides, after a head and its "of".
		return w.headOf(runStart, i) && w.f.lx.isCommon(w.toks[i-1].lower) && !w.gazExact(i-1) && w.commonAhead(i+1)
	case t == ",":
		// "Department for Science, Innovation and Technology": a list of
		// ordinary words closed by "and", after a head and its "for".
		if !w.headOf(runStart, i) || !w.f.lx.isCommon(w.toks[i-1].lower) || !w.commonAhead(i+1) {
			return false
		}
		for k := i + 2; k+1 < len(w.toks) && k < i+8; k++ {
			switch {
			case w.toks[k].text == ",":
				if !w.commonAhead(k + 1) {
					return false
				}
				continue
			case fn.and[w.toks[k].text]:
				return w.commonAhead(k + 1)
			}
			if !w.toks[k].cap {
				return false
			}
		}
	}
	return false
}

// adjacent reports whether tokens i and j touch, with no space between them.
func (w *work) adjacent(i, j int) bool {
	return w.d.Tokens[i].Span.End == w.d.Tokens[j].Span.Start
}

// headOf reports whether an organization head followed by "of" or "for"
// ("Department of", "Centres for") stands in the run [a,i).
func (w *work) headOf(a, i int) bool {
	for k := a; k+1 < i; k++ {
		if w.f.lx.head[w.toks[k].text] && w.f.lx.fn.joiner(w.toks[k+1].text) {
			return true
		}
	}
	return false
}

// commonAhead reports whether token i is a capitalized ordinary word that is
// no place: "Industry", "Social", "Prevention".
func (w *work) commonAhead(i int) bool {
	return i < len(w.toks) && w.toks[i].cap && !w.toks[i].allCaps && w.f.lx.isCommon(w.toks[i].lower) && !w.gazExact(i)
}

// suffixAhead reports whether the capitalized words from token i end with an
// organization suffix.
func (w *work) suffixAhead(i int) bool {
	j := i
	for j < len(w.toks) && w.nameTok(j) {
		j++
	}
	return j > i && w.f.lx.suffix[w.toks[j-1].text]
}

// allCaps reports whether the tokens [a,b) with letters are all capitals.
func (w *work) allCaps(a, b int) bool {
	for i := a; i < b; i++ {
		if w.toks[i].letters && !w.toks[i].allCaps {
			return false
		}
	}
	return true
}

// nameTok reports whether token i can be part of a name in running text.
func (w *work) nameTok(i int) bool {
	t := &w.toks[i]
	if !t.cap {
		return false
	}
	if w.f.lx.never[t.lower] && !(t.allCaps && utf8.RuneCountInString(t.text) > 1 && w.gazExact(i)) {
		return false
	}
	// "We’re", "I'm", "It's".
	if k := strings.IndexAny(t.lower, "'’"); k > 0 && w.f.lx.never[t.lower[:k]] {
		return false
	}
	return !w.calendarSpan(t.lower)
}

// calendarSpan reports whether a hyphenated word joins day or month names:
// "Jan-June", "January-July" are spans of time.
func (w *work) calendarSpan(lower string) bool {
	if !strings.Contains(lower, "-") {
		return false
	}
	for _, part := range strings.Split(lower, "-") {
		if !w.f.lx.calendar[strings.TrimSuffix(part, ".")] {
			return false
		}
	}
	return true
}

// scanSentence finds the names of a sentence in running text.
func (w *work) scanSentence(s sent) {
	i := s.a
	for i < s.b {
		if !w.nameTok(i) && !w.calendarName(i, s.b) {
			if !w.compound(s, i, i) {
				i++
				continue
			}
			i++
			continue
		}
		j := i + 1
		for j < s.b {
			if w.nameTok(j) || w.monthSurname(j, s.b) || w.lowerSuffix(j) {
				j++
				continue
			}
			// "Nordvind Energy A/S": a legal form written with a slash.
			if l := w.slashSuffix(j, s.b); l > 0 {
				j += l
				continue
			}
			// "J. Smith", "M. Atherton": an initial and its period.
			// "St. Louis": a place head's abbreviation and its period.
			if w.toks[j].text == "." && j+1 < s.b && w.nameTok(j+1) && w.toks[j-1].cap && (utf8.RuneCountInString(w.toks[j-1].text) == 1 || w.f.lx.plHead[w.toks[j-1].text] && w.adjacent(j-1, j)) {
				j += 2
				continue
			}
			if j+1 < s.b && w.nameTok(j+1) && w.connector(i, j) {
				j += 2
				continue
			}
			// "van der Westhuizen", "de la Hoya".
			if j+2 < s.b && w.nameTok(j+2) && w.connector(i, j) && w.connector(i, j+1) && !w.f.lx.fn.of[w.toks[j].text] && !w.f.lx.fn.of[w.toks[j+1].text] {
				j += 3
				continue
			}
			break
		}
		// A listed name runs on past what capitals show: "Moody's",
		// "Lloyd's of London".
		if w.f.lx.gazMax.at(w.toks[i].text) > j-i {
			if l, _ := w.gazAt(i, s.b, false); i+l > j {
				j = i + l
			}
		}
		if j < s.b && w.compound(s, i, j) {
			i = j + 1
			continue
		}
		w.run(s, i, j)
		i = j
	}
}

// calendarName reports whether token i, a short day or month name, opens a
// name here: "Mar Viva Canarias", "Sun Microsystems" (a capitalized name
// word follows; no number stands before or after).
func (w *work) calendarName(i, end int) bool {
	t := &w.toks[i]
	if !t.cap || t.allCaps || len(t.text) != 3 || !w.f.lx.calendar[t.lower] || i+1 >= end || !w.nameTok(i+1) || !w.adjacentSpace(i, i+1) {
		return false
	}
	if w.f.lx.calendar[w.toks[i+1].lower] || i+2 < end && w.toks[i+2].num || i > 0 && w.toks[i-1].num {
		return false
	}
	return true
}

// adjacentSpace reports whether tokens i and j are separated by one space.
func (w *work) adjacentSpace(i, j int) bool {
	return w.d.Tokens[j].Span.Start == w.d.Tokens[i].Span.End+1 && w.d.Text[w.d.Tokens[i].Span.End] == ' '
}

// lowerSuffix reports whether token j is a legal form written in lower case
// after a name: "BT Group plc".
func (w *work) lowerSuffix(j int) bool {
	t := &w.toks[j]
	return !t.cap && t.letters && j > 0 && w.toks[j-1].cap && w.f.lx.suffix[t.text] && len(t.text) > 2
}

// slashSuffix returns 3 when tokens j, j+1, j+2 spell a legal form with a
// slash ("A/S"), else 0.
func (w *work) slashSuffix(j, end int) int {
	if j+2 >= end || w.toks[j+1].text != "/" || !w.adjacent(j, j+1) || !w.adjacent(j+1, j+2) {
		return 0
	}
	if !w.f.lx.suffix[w.toks[j].text+"/"+w.toks[j+2].text] {
		return 0
	}
	return 3
}

// lastWord returns the last word of the name [a,b), joining a legal form
// written with a slash ("A/S").
func (w *work) lastWord(a, b int) string {
	if b-a >= 3 && w.toks[b-2].text == "/" && w.slashSuffix(b-3, b) == 3 {
		return w.toks[b-3].text + "/" + w.toks[b-1].text
	}
	return w.toks[b-1].text
}

// compoundHead returns the capitalized first part of a hyphenated word such
// as "Shenzhen-headquartered" or "Kong-based", or "".
func (w *work) compoundHead(i int) string {
	t := w.toks[i]
	h, rest, ok := strings.Cut(t.text, "-")
	if !ok || t.cap || rest == "" || h == "" {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(h); !unicode.IsUpper(r) {
		return ""
	}
	return h
}

// compound handles a name that runs into a hyphenated word: "Hong
// Kong-based", "Shenzhen-headquartered". It reports whether it took the run
// [a,j) and the word at j.
func (w *work) compound(s sent, a, j int) bool {
	h := w.compoundHead(j)
	if h == "" {
		return false
	}
	for k := a; k <= j; k++ {
		key := h
		if k < j {
			key = w.key(k, j, false) + " " + h
		}
		e, ok := w.f.lx.gaz.get(key)
		if !ok || e.typ == document.Person {
			continue
		}
		if k > a {
			w.run(s, a, k)
		}
		w.add(mention{a: k, b: j + 1, typ: e.typ, strength: strong, group: e.group, country: w.f.lx.country[e.group], cut: w.d.Tokens[j].Span.Start + len(h)})
		return true
	}
	return false
}

// scoreAfter reports whether the name ending before token b on a sports page
// is followed by a score: a whole number, not a date or a minute.
func (w *work) scoreAfter(s sent, b int) bool {
	if !s.sports || b >= s.b {
		return false
	}
	t := w.toks[b]
	return t.num && !w.dateLike(b) && !minute(t.text) && !strings.ContainsAny(t.text, ".:,/")
}

// run splits the capitalized run [a,b) at titles and honorifics and
// classifies its parts.
func (w *work) run(s sent, a, b int) {
	lx := w.f.lx
	// A common word opening a sentence is not part of the name: "Without
	// Huawei"; but a sports table line holds only names and scores, so
	// there it opens a club's name ("Rotor Volgograd 0 Dynamo Moscow 1").
	if w.toks[a].initial && b-a > 1 && lx.isCommon(w.toks[a].lower) && !w.scoreAfter(s, b) {
		if l, _ := w.gazAt(a, b, false); l == 0 && w.titleAt(a, b) == 0 && !lx.honor[w.toks[a].lower] {
			// "Introducing Junior Gaspard", "Nearby Beijing": verbs and adverbs
			// are never first names.
			if l, _ := w.gazAt(a+1, b, false); (l == b-a-1 || lx.fn.inflected(w.toks[a].lower)) && !w.capitalizedInside(a) {
				a++
			}
		}
	}
	segStart := a
	var title string
	person := false
	// Title or honorific just before the run: "chairman Ken Hu", "its chief financial officer, Meng Wanzhou", "Mr. Hu".
	if t, ok := w.titleBefore(s, a); ok {
		title, person = t, true
	}
	pos := a
	for pos < b {
		if l, _ := w.gazAt(pos, b, false); l > 0 {
			// A title inside a gazetteer name ("General Motors") is no title,
			// but a gazetteer name followed by a title splits: "U.S. President Bill Clinton".
			pos += l
			continue
		}
		tl := w.titleAt(pos, b)
		if tl == 0 && lx.honor[w.toks[pos].lower] {
			tl = 1
			if pos+1 < b && w.toks[pos+1].text == "." {
				tl = 2
			}
		}
		ms := pos
		for tl == 0 && ms < b && lx.modifier[w.toks[ms].lower] {
			ms++
			if ms < b {
				tl = w.titleAt(ms, b)
			}
		}
		if tl > 0 && ms+tl < b && w.personable(ms+tl, b) {
			if segStart < pos {
				w.segment(s, segStart, pos, title, person)
			}
			ta := pos
			if pos == a {
				for ta > s.a && lx.modifier[w.toks[ta-1].lower] && !w.toks[ta-1].cap {
					ta--
				}
			}
			title = ""
			if !lx.honor[w.toks[ms].lower] {
				title = w.titleText(ta, ms+tl)
			}
			person = true
			segStart = ms + tl
			pos = segStart
			continue
		}
		pos++
	}
	// "Retired U.S. Air Force Gen.": the run ends in a title whose name
	// follows after its period; "Huawei Chairman": no name follows.
	end := b
	for end > segStart {
		k := end - 1
		for k > segStart && k > end-4 && w.titleAt(k, end) != end-k {
			k--
		}
		if w.titleAt(k, end) != end-k || k == segStart && (!person || title == "") || w.f.lx.suffix[w.toks[end-1].text] && end-segStart > 1 {
			// "Mr. King": after an honorific a title word is the name.
			break
		}
		end = k
	}
	for segStart < end && lx.modifier[w.toks[segStart].lower] && w.toks[segStart].initial {
		segStart++
	}
	if segStart < end {
		w.segment(s, segStart, end, title, person)
	}
}

// capitalizedInside reports whether the document also writes the
// capitalized words at i and i+1 inside a sentence, where the first one's
// capital is its own: "Advanced Medical Inc. said ..." and later "Advanced
// Medical's subsidiary".
func (w *work) capitalizedInside(i int) bool {
	if w.midPairs == nil {
		w.midPairs = map[string]bool{}
		for j := 0; j+1 < len(w.toks); j++ {
			t, u := w.toks[j], w.toks[j+1]
			if t.cap && u.cap && !t.initial && !t.allCaps && w.adjacentSpace(j, j+1) {
				w.midPairs[t.text+" "+u.text] = true
			}
		}
	}
	return w.midPairs[w.toks[i].text+" "+w.toks[i+1].text]
}

// personable reports whether [a,b) can be a person's name after a title.
func (w *work) personable(a, b int) bool {
	lx := w.f.lx
	last := w.toks[b-1].text
	if b-a > 1 && (lx.suffix[last] || lx.plSuffix[last]) {
		return false
	}
	if l, e := w.gazAt(a, b, false); l == b-a && e.typ != document.Person {
		return false
	}
	if b-a == 1 {
		// "President Park", "Chancellor Brown": one word after a title is a surname.
		return !lx.suffix[last] && utf8.RuneCountInString(last) > 1
	}
	for i := a; i < b; i++ {
		if !lx.isCommon(w.toks[i].lower) {
			return true
		}
	}
	return false
}

// titleBefore looks for a title or honorific ending just before token a,
// possibly followed by a comma.
func (w *work) titleBefore(s sent, a int) (string, bool) {
	lx := w.f.lx
	j := a - 1
	if j >= s.a && w.toks[j].text == "." && j-1 >= s.a && lx.honor[w.toks[j-1].lower] {
		if t, ok := w.titleBefore(s, j-1); ok && t != "" {
			return t, true
		}
		return "", true
	}
	// Abbreviated titles with their periods: "Retired Lt. Gen. Michael Flynn", "Sen. John McCain".
	if j-1 >= s.a && w.toks[j].text == "." && lx.titles.set[w.toks[j-1].lower] && w.toks[j-1].cap {
		k := j - 1
		for k-2 >= s.a && w.toks[k-1].text == "." && lx.titles.set[w.toks[k-2].lower] && w.toks[k-2].cap {
			k -= 2
		}
		for k-1 >= s.a && lx.modifier[w.toks[k-1].lower] {
			k--
		}
		var parts []string
		for i := k; i < j; i++ {
			if w.toks[i].text != "." {
				parts = append(parts, w.toks[i].lower)
			}
		}
		return strings.Join(parts, " "), true
	}
	if j >= s.a && lx.honor[w.toks[j].lower] {
		// "The trust's chief executive, Dr Amara Nwosu".
		if t, ok := w.titleBefore(s, j); ok && t != "" {
			return t, true
		}
		return "", true
	}
	if j >= s.a && w.toks[j].text == "," {
		j--
	}
	if j < s.a || w.toks[j].cap {
		return "", false
	}
	if t := w.titleEndingAt(j, s.a); t >= 0 {
		return w.titleText(t, j+1), true
	}
	return "", false
}

// titleAfter looks for an appositive title after a name: "Ken Hu, chairman of Huawei".
func (w *work) titleAfter(s sent, b int) string {
	lx := w.f.lx
	i := b
	if i >= s.b || w.toks[i].text != "," {
		return ""
	}
	i++
	if i < s.b && lx.fn.determiner(w.toks[i].lower) {
		i++
	}
	// "Interpol's director of cybercrime", "the EPA's regional
	// administrator", "the agency's deputy director".
	for k := i; k < s.b && k < i+5 && (w.toks[k].cap || k == i && lx.role[w.toks[k].lower]); k++ {
		if w.possessive(k + 1) {
			i = k + 2
			break
		}
	}
	ms := i
	for i < s.b && lx.modifier[w.toks[i].lower] {
		i++
	}
	if i >= s.b {
		return ""
	}
	// "a threat analyst": up to two nouns of the field before the title.
	for k := i; k < s.b && k <= i+2; k++ {
		if l := w.titleAt(k, s.b); l > 0 && (k == i || !w.suffixWord(k, k+l)) {
			return w.titleText(ms, w.titleTail(k+l, s.b))
		}
		if !w.fieldNoun(k) {
			break
		}
	}
	if l := w.titleAt(ms, s.b); l > 0 {
		return w.titleText(ms, w.titleTail(ms+l, s.b))
	}
	return ""
}

// monthSurname reports whether token j is a month that is a surname here:
// "Theresa May" (after a name, not before a number).
func (w *work) monthSurname(j, end int) bool {
	if !w.f.lx.fn.monthSurname[w.toks[j].text] {
		return false
	}
	return j > 0 && w.toks[j-1].cap && !w.f.lx.isCommon(w.toks[j-1].lower) && (j+1 >= end || !w.toks[j+1].num)
}
