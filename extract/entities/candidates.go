package entities

import (
	"strings"
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
	if b == a+1 && !strings.ContainsRune(w.toks[a].text, '’') {
		if fold {
			return w.toks[a].lower()
		}
		return w.toks[a].text
	}
	var sb strings.Builder
	for i := a; i < b; i++ {
		if i > a {
			sb.WriteByte(' ')
		}
		t := w.toks[i].text
		if fold {
			t = w.toks[i].lower()
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
		n = lx.gazMaxF.at(w.toks[i].lower())
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
		if i > runStart && w.f.lx.isCommon(w.toks[i-1].lower()) && !w.gazExact(i-1) && w.suffixAhead(i+1) && w.commonAhead(i+1) {
			return true
		}
		// "Department of Health and Social Care", "Chamber of Commerce and
		// Industry": ordinary words on both sides, after a head and its "of".
		return w.headOf(runStart, i) && w.f.lx.isCommon(w.toks[i-1].lower()) && !w.gazExact(i-1) && w.commonAhead(i+1)
	case t == ",":
		// "Department for Science, Innovation and Technology": a list of
		// ordinary words closed by "and", after a head and its "for".
		if !w.headOf(runStart, i) || !w.f.lx.isCommon(w.toks[i-1].lower()) || !w.commonAhead(i+1) {
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
	return i < len(w.toks) && w.toks[i].cap && !w.toks[i].allCaps && w.f.lx.isCommon(w.toks[i].lower()) && !w.gazExact(i)
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
	if w.f.lx.never[t.lower()] && !(t.allCaps && utf8.RuneCountInString(t.text) > 1 && w.gazExact(i)) {
		return false
	}
	// "We’re", "I'm", "It's".
	if k := strings.IndexAny(t.lower(), "'’"); k > 0 && w.f.lx.never[t.lower()[:k]] {
		return false
	}
	return !w.calendarSpan(t.lower())
}
