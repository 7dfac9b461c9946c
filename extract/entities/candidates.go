package entities

import "github.com/claimex/claimex/document"

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

// mention is a stretch of tokens naming something. Its flags stand
// together, so that they share a word.
type mention struct {
	a, b     int // token range
	typ      string
	strength int
	group    int // gazetteer group, -1 when none
	titles   []string
	form     string // its tokens' texts as gazetteer keys join them (see work.key), set by add
	person   string // for short person forms: the full name they stand for
	from     int    // when > 0, the byte offset where the mention starts inside its first token ("Texas" of "R-Texas")
	cut      int    // when > 0, the byte offset where the mention ends inside its last token ("Hong Kong" of "Hong Kong-based")
	link     string // for short forms and bracketed abbreviations: the folded full form of their organization
	ent      int
	country  bool
	initial  bool // a lone common word opening a sentence: needs support elsewhere
	team     bool // a place read as a sports team by its context
	dateline bool // the place slot of a dateline: a place whatever the page makes of the name elsewhere
	short    bool // a lone ordinary capitalized word kept only if it is the short form of an organization
}

// work is the state of one Run.
type work struct {
	f      *Finder
	d      *document.Document
	toks   []tok
	sents  []sent
	spells []spelling
	sports bool
	ms     []mention
	// midPairs holds the pairs of capitalized words written inside a
	// sentence, built on first use by capitalizedInside.
	midPairs map[string]bool
	// alone holds the capitalized words written as names of one word,
	// built on first use by standsAlone.
	alone map[string]bool
	// buf holds the key keyBytes writes.
	buf []byte
}

func (w *work) surface(a, b int) string {
	return w.d.Text[w.d.Tokens[a].Span.Start:w.d.Tokens[b-1].Span.End]
}

// key joins token texts the way gazetteer keys are built.
func (w *work) key(a, b int, fold bool) string {
	if b == a+1 {
		return w.toks[a].sp.key(fold)
	}
	return string(w.keyBytes(a, b, fold))
}

// keyBytes is key written into the work's buffer, for a lookup that keeps
// no copy: the bytes are good until the next call.
func (w *work) keyBytes(a, b int, fold bool) []byte {
	buf := w.buf[:0]
	for i := a; i < b; i++ {
		if i > a {
			buf = append(buf, ' ')
		}
		buf = w.toks[i].sp.appendKey(buf, fold)
	}
	w.buf = buf
	return buf
}

// gazAt returns the longest gazetteer form starting at token i and ending by end.
func (w *work) gazAt(i, end int, fold bool) (int, gazEntry) {
	lx := w.f.lx
	t := &w.toks[i]
	var n int
	if fold {
		n = t.sp.bound(gazFoldBound)
	} else {
		n = t.sp.bound(gazBound)
	}
	if !fold && n == 0 && t.allCaps && t.sp.runes > 3 {
		// "GERMANY - Bunds extended losses": a headline word in running text.
		if l, e := w.gazAt(i, end, true); l > 0 && w.allCaps(i, i+l) {
			return l, e
		}
	}
	for l := min(n, end-i); l >= 1; l-- {
		var e gazEntry
		var ok bool
		switch {
		case l == 1 && fold:
			e, ok = lx.gazFold.get(t.sp.key(true))
		case l == 1:
			e, ok = lx.gaz.get(t.sp.key(false))
		case fold:
			e, ok = lx.gazFold.getBytes(w.keyBytes(i, i+l, true))
		default:
			e, ok = lx.gaz.getBytes(w.keyBytes(i, i+l, false))
		}
		if ok {
			return l, e
		}
	}
	return 0, gazEntry{}
}

// connector reports whether token i may join two capitalized parts of one name.
func (w *work) connector(runStart, i int) bool {
	t := &w.toks[i]
	switch {
	case t.sp.is(ofWord):
		// Inside a title: "Secretary of State John Kerry".
		if i > runStart && i+1 < len(w.toks) && w.f.lx.titles.set[string(w.keyBytes(i-1, i+2, true))] {
			return true
		}
		// Only right after an organization or place head: "Bank of England", "Gulf of Mexico".
		k := i - 1
		return k >= runStart && (w.toks[k].sp.is(headWord) || w.toks[k].sp.is(placeHeadWord))
	case t.sp.is(forWord):
		// "National League for Democracy", "Centre for Economic Policy Research".
		k := i - 1
		return k >= runStart && (w.toks[k].sp.is(headWord) || w.toks[k].sp.is(suffixWord)) && w.toks[k].cap
	case t.sp.is(particleWord):
		return true
	case t.sp.is(possessiveWord):
		// "People's Bank": only when a head word follows; "Ghana's Cyber
		// Security Authority" is a place and a body.
		if i > runStart && w.gazExact(i-1) {
			return false
		}
		return i+1 < len(w.toks) && w.toks[i+1].sp.is(headWord) || w.suffixAhead(i+1)
	case t.sp.text == "'" || t.sp.text == "’":
		// "Nordic Pilots' Union": a plural possessive before a head or suffix.
		return i > runStart && w.toks[i-1].sp.is(pluralWord) && w.adjacent(i-1, i) &&
			i+1 < len(w.toks) && (w.toks[i+1].sp.is(headWord) || w.toks[i+1].sp.is(suffixWord))
	case t.sp.is(andWord):
		// "Securities and Exchange Commission", "Financial Futures and Options
		// Exchange"; but "Wistron and Global Lighting Technologies" are two.
		if i > runStart && w.toks[i-1].sp.is(commonLow) && !w.gazExact(i-1) && w.suffixAhead(i+1) && w.commonAhead(i+1) {
			return true
		}
		// "Department of Health and Social Care", "Chamber of Commerce and
		// Industry": ordinary words on both sides, after a head and its "of".
		return w.headOf(runStart, i) && w.toks[i-1].sp.is(commonLow) && !w.gazExact(i-1) && w.commonAhead(i+1)
	case t.sp.text == ",":
		// "Department for Science, Innovation and Technology": a list of
		// ordinary words closed by "and", after a head and its "for".
		if !w.headOf(runStart, i) || !w.toks[i-1].sp.is(commonLow) || !w.commonAhead(i+1) {
			return false
		}
		for k := i + 2; k+1 < len(w.toks) && k < i+8; k++ {
			switch {
			case w.toks[k].sp.text == ",":
				if !w.commonAhead(k + 1) {
					return false
				}
				continue
			case w.toks[k].sp.is(andWord):
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
		if w.toks[k].sp.is(headWord) && w.toks[k+1].joiner() {
			return true
		}
	}
	return false
}

// commonAhead reports whether token i is a capitalized ordinary word that is
// no place: "Industry", "Social", "Prevention".
func (w *work) commonAhead(i int) bool {
	return i < len(w.toks) && w.toks[i].cap && !w.toks[i].allCaps && w.toks[i].sp.is(commonLow) && !w.gazExact(i)
}

// suffixAhead reports whether the capitalized words from token i end with an
// organization suffix.
func (w *work) suffixAhead(i int) bool {
	j := i
	for j < len(w.toks) && w.nameTok(j) {
		j++
	}
	return j > i && w.toks[j-1].sp.is(suffixWord)
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
	if t.sp.is(neverLow) && !(t.allCaps && t.sp.runes > 1 && w.gazExact(i)) {
		return false
	}
	// "We’re", "I'm", "It's"; "Jan-June".
	return !t.sp.is(neverStemLow) && !t.sp.is(calendarSpanLow)
}
