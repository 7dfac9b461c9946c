package values

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/internal/fold"
	"github.com/claimex/claimex/rules"
)

// Finder recognizes money, percentages, quantities, dates, periods and
// durations. It is built once from a rule set, holds no mutable state and is
// safe for concurrent use.
type Finder struct {
	lex        *lexicon
	currencies map[string]*currency
	homes      []*currency        // currencies an article may make its own, in rule order
	shares     map[*currency]bool // currencies whose words other countries share ("dollars")
}

// currency is a compiled currency rule.
type currency struct {
	code        string
	minorFactor float64
	home        bool      // it has places, locales or domains: an article may make it its own
	locales     []string  // lower-case language tags
	domains     []string  // lower-case host name endings
	ambiguous   bool      // it is a shared default read where evidence was split
	split       *currency // for a shared default: its ambiguous twin
	takes       *currency // the shared default whose words an article of this one's places means as this one
}

// New builds a Finder from the currency and valueword rules of set.
func New(set *rules.Set) (*Finder, error) {
	if set == nil {
		return nil, fmt.Errorf("values: no rule set")
	}
	f := &Finder{lex: newLexicon(), currencies: map[string]*currency{}, shares: map[*currency]bool{}}
	for _, c := range set.Currencies() {
		f.addCurrency(c)
	}
	for _, w := range set.ValueWords() {
		for text, v := range w.Words {
			e := entry{class: w.Class, val: v}
			if x, err := strconv.ParseFloat(v, 64); err == nil {
				e.num = x
			}
			f.lex.add(text, w.CaseSensitive, e)
		}
		for _, text := range w.List {
			f.lex.add(text, w.CaseSensitive, entry{class: w.Class})
		}
	}
	for _, c := range set.Currencies() {
		if c.Takes != "" {
			f.currencies[c.Code].takes = f.currencies[c.Takes]
		}
	}
	f.lex.sort()
	f.markStarters()
	return f, nil
}

// addCurrency compiles the currency rule c into f: its currency, and its
// symbols, codes, words, minor units, places and scaled forms into the
// lexicon.
func (f *Finder) addCurrency(c *rules.Currency) {
	cur := &currency{code: c.Code, minorFactor: c.MinorFactor, home: len(c.Places)+len(c.Locales)+len(c.Domains) > 0}
	if cur.minorFactor == 0 {
		cur.minorFactor = 0.01
	}
	for _, l := range c.Locales {
		cur.locales = append(cur.locales, strings.ToLower(l))
	}
	for _, d := range c.Domains {
		cur.domains = append(cur.domains, strings.ToLower(d))
	}
	f.currencies[c.Code] = cur
	if cur.home {
		f.homes = append(f.homes, cur)
	}
	if len(c.Local) > 0 {
		f.shares[cur] = true
		twin := *cur
		twin.ambiguous = true
		cur.split = &twin
	}
	local := map[string]bool{}
	for _, s := range c.Local {
		local[s] = true
	}
	for _, s := range c.Symbols {
		f.lex.add(s, false, entry{class: "cur.symbol", val: c.Code, ref: cur, local: local[s]})
	}
	for _, s := range c.Codes {
		f.lex.add(s, true, entry{class: "cur.code", val: c.Code, ref: cur})
	}
	for _, s := range c.Words {
		f.lex.add(s, false, entry{class: "cur.word", val: c.Code, ref: cur, local: local[s]})
	}
	for _, s := range c.Bare {
		f.lex.add(s, false, entry{class: "cur.bare", val: c.Code, ref: cur, local: local[s]})
	}
	for _, s := range c.Minor {
		f.lex.add(s, false, entry{class: "cur.minor", val: c.Code, num: cur.minorFactor, ref: cur, local: local[s]})
	}
	for _, s := range c.Places {
		f.lex.add(s, true, entry{class: "cur.place", val: c.Code, ref: cur})
	}
	for s, v := range c.Scaled {
		f.lex.add(s, true, entry{class: "cur.scaled", val: c.Code, num: v, ref: cur})
	}
}

// markStarters marks the buckets of the lexicon whose token may begin a
// value, so that the scan decides it for most words with no map access. A
// one-word phrase of a starting class starts a value by itself. The first
// word of longer phrases only starts one where such a phrase matches ("S$",
// not the "s" of a possessive). A leading word (a one-word phrase of a
// [leadClasses] class: "the", "in"), the commonest kind of word in a text,
// also starts one before a word of the lexicon or a token that starts a
// value ("the 1990s", "in May").
func (f *Finder) markStarters() {
	for _, b := range f.lex.byFirst {
		var openers []*phrase
		for _, p := range b.ps {
			switch {
			case nonStarters[p.class] || strings.HasPrefix(p.class, contextClass):
			case leadClasses[p.class] && len(p.toks) == 1:
				b.leads = true
			case len(p.toks) == 1 && !p.cs:
				b.starts = true
			default:
				openers = append(openers, p)
			}
		}
		b.openers = openers
	}
}

// leadClasses are the word-list classes whose words lead a value without
// being one: the words a value's span may begin with, and determiners of
// reporting periods ("its fiscal year").
var leadClasses = map[string]bool{"value.start": true, "report.det": true}

// nonStarters are word-list classes whose words never begin a value.
var nonStarters = map[string]bool{
	"count.stop": true, "cue.future": true, "cue.past": true, "cue.past.verb": true, "cue.past.not": true, "cue.deadline": true, "time.of": true, "time.prep": true, "time.nearest": true, "period.close": true, "weekday.word": true, "time.ago": true, "change.verb": true, "age": true, "range.to": true,
	"percent": true, "percent.points": true, "bound.prep": true, "rate.per": true, "rate.stop": true, "number.article": true, "not.value": true, "range.link": true, "range.and": true, "unit": true, "time.unit": true, "era": true,
	"number.ordsuffix": true, "magnitude.abbr": true, "cur.place": true, "count.thing": true,
	"todate.tail": true, "time.det": true, "anchor.side": true, "span.for": true,
	"cue.passive.before": true, "cue.adjectival.before": true, "number.label": true, "year.cue": true, "year.cue.range": true, "time.lead": true,
	"time.of.in": true, "unit.whole.prep": true, "rel.span": true, "ordinal.last": true, "ordinal.from.end": true, "time.ampm": true,
	"number.and": true, "number.point": true, "number.of": true, "ordinal.not.alone": true, "percent.noun": true, "money.range.link": true, "range.from": true,
	"month.word": true, "month.surname": true, "month.modal": true, "year.glued": true, "year.zero": true, "number.half": true, "number.one": true,
}

// contextClass begins the names of word-list classes that only shape how a
// value next to them is read ("ago" after a duration): they never begin one.
const contextClass = "ctx."

// starts reports whether a value may begin at token i: a digit, a word or
// symbol that some recognizer starts with, a leading word before a value's
// word, a number character ("½"), or another character before a digit (a
// sign, an apostrophe shortening a year, a currency symbol). Most tokens
// fail this test, which keeps the scan cheap.
func (f *Finder) starts(ts []tok, i int) bool {
	t := &ts[i]
	if t.kind == kDigit {
		return true
	}
	if b := f.lex.bucket(*t); b != nil {
		if b.starts || b.leads && f.leads(ts, i) {
			return true
		}
		for _, p := range b.openers {
			if _, ok := p.at(ts, i); ok {
				return true
			}
		}
	}
	if t.kind != kPunct {
		return false
	}
	if _, ok := vulgar[t.raw]; ok {
		return true
	}
	return i+1 < len(ts) && ts[i+1].kind == kDigit
}

// leads reports whether the leading word at token i begins a value: the
// next token is a word of the lexicon or starts a value.
func (f *Finder) leads(ts []tok, i int) bool {
	n := i + 1
	return n < len(ts) && !ts[n].nl && (ts[n].b > 0 || f.starts(ts, n))
}

// cand is a recognized value over tokens [start, end).
type cand struct {
	start, end int
	typ        string
	value      any
	approx     bool
	anchor     string // for a nil value: how the time lies from the reference
	bound      string // "more-than", "at-least", "less-than", "at-most", or ""
	rate       string // the ISO 8601 duration the amount is per ("P1D" for "a day"), or ""
	anaphor    bool   // it takes its time from an earlier one ("a year earlier"), so names no quarter itself
}

// Run finds the values of d.Text and sets d.Values, in text order, with ids
// "v1", "v2", ... It reads the segmenter's tokens of the text when d holds
// them (d.Tokens with d.Compound), and tokenizes the text itself otherwise.
func (f *Finder) Run(d *document.Document) error {
	var ts []tok
	if segmented(d) && len(d.Text) <= maxText {
		var spell []int32
		if fold.Spelled(d) {
			spell = d.Spelling
		}
		ts = fromSegments(d.Text, d.Tokens, d.Compound, spell, d.Forms)
	}
	d.Values = f.scanTokens(d.Text, ts, newClock(d.Ref), d.Meta, d.Check)
	return d.Check()
}

// find scans text once, left to right, keeping at each token the longest
// value that starts there.
func (f *Finder) find(text string, c clock) []document.Value { return f.findLang(text, c, "") }

// findLang is find for a document in language lang ("" when unknown): counts
// of things are read only in English.
func (f *Finder) findLang(text string, c clock, lang string) []document.Value {
	return f.findIn(text, c, document.Meta{Language: lang})
}

// findIn is find for a document with what its page says about it: its
// language, and where it was published.
func (f *Finder) findIn(text string, c clock, meta document.Meta) []document.Value {
	return f.scanText(text, c, meta, nil)
}

// maxText is the longest text scanned: token offsets are 32-bit, which
// saves an eighth of the tokens' memory. It is a hundred times the largest
// input the command reads by default.
const maxText = math.MaxInt32

// scanText is findIn, stopping early once stop (when not nil) returns an
// error: it is called every few thousand tokens, so a timed-out document's
// scan returns.
func (f *Finder) scanText(text string, c clock, meta document.Meta, stop func() error) []document.Value {
	return f.scanTokens(text, nil, c, meta, stop)
}

// scanTokens is scanText over the tokens ts of text, which it tokenizes
// when ts is nil.
func (f *Finder) scanTokens(text string, ts []tok, c clock, meta document.Meta, stop func() error) []document.Value {
	if len(text) > maxText {
		return nil
	}
	if ts == nil {
		ts = tokenize(text)
	}
	f.lex.prepare(ts)
	skip := urlTokens(ts, text)
	out := f.scanAll(text, ts, skip, c, meta, stop, nil)
	if !c.known {
		out = f.addUnanchored(text, ts, skip, meta, out)
	}
	for i := range out {
		out[i].ID = "v" + strconv.Itoa(i+1)
	}
	return out
}

// scanAll scans the tokens once, left to right, keeping at each token the
// longest value that starts there. The values have no ids yet. When keep is
// not nil, only the values it accepts are returned; the scan is the same.
func (f *Finder) scanAll(text string, ts []tok, skip []bool, c clock, meta document.Meta, stop func() error, keep func(*document.Value) bool) []document.Value {
	lang := meta.Language
	sc := &scan{f: f, ts: ts, text: text, clock: c, english: lang == "" || strings.HasPrefix(strings.ToLower(lang), "en")}
	sc.homes = f.homeCurrencies(ts, meta)
	sc.news = strings.Count(text, "\n\n") >= 2
	var out []document.Value
	lastEnd := 0
	for i, n := 0, 0; i < len(ts); n++ {
		if n%4096 == 0 && stop != nil && stop() != nil {
			return out
		}
		if skip[i] || !f.starts(ts, i) {
			i++
			continue
		}
		best, ok := sc.at(i)
		if !ok || best.end <= i || cutsURL(skip, best) {
			i++
			continue
		}
		best = sc.modify(best, lastEnd)
		lastEnd = best.end
		s, e := int(ts[best.start].s), int(ts[best.end-1].e)
		v := document.Value{
			Type:        best.typ,
			Span:        document.Span{Start: s, End: e},
			Text:        text[s:e],
			Value:       best.value,
			Approximate: best.approx,
			Anchor:      best.anchor,
			Bound:       best.bound,
			Rate:        best.rate,
		}
		if keep == nil || keep(&v) {
			out = append(out, v)
		}
		switch best.typ {
		case document.Period, document.Date:
			if !best.anaphor {
				sc.noteQuarter(best.value)
				sc.lastTime, sc.lastTimeEnd = best.value, best.end
			}
		case document.Money, document.Percent:
			sc.lastAmount = best.end
		}
		i = best.end
	}
	return out
}

// cutsURL reports whether c would take in a token of a URL.
func cutsURL(skip []bool, c cand) bool {
	for k := c.start; k < c.end; k++ {
		if skip[k] {
			return true
		}
	}
	return false
}

// scan is the state of one document's scan.
type scan struct {
	f           *Finder
	ts          []tok
	text        string
	clock       clock
	english     bool
	homes       homeMap             // the article's own currencies for shared symbols and words ("$", "dollars")
	news        bool                // the text is an article of several paragraphs, which mostly reports the past
	memo        txMemos             // texpr's answers by token
	numbers     window[numAnswer]   // Finder.number's answers near the scan position
	counts      window[countAnswer] // countUnitAt's answers near the scan position
	lastQ       quarterRef          // the last quarter the text named, for reporting periods
	lastAmount  int                 // the token after the last money or percent value
	lastTime    any                 // the last date or period value, and the token after it
	lastTimeEnd int
	depth       int // nesting of texpr calls
}

// at returns the best value starting at token i (its start may be later than
// i when leading words such as "about" are left out of the span).
func (sc *scan) at(i int) (cand, bool) {
	if p, e := sc.f.lex.match(sc.ts, i, cNotValue); p != nil && !(e < len(sc.ts) && tight(sc.ts, e) && sc.ts[e].kind != kPunct) {
		return cand{}, false // "1080p", "4K": a resolution, not pence or thousands
	}
	var best cand
	found := false
	try := func(c cand, ok bool) {
		if ok && c.end > c.start && (!found || c.end > best.end || (c.end == best.end && c.start < best.start)) {
			best, found = c, true
		}
	}
	try(sc.money(i))
	try(sc.percent(i))
	try(sc.when(i))
	try(sc.countRange(i))
	try(sc.recurring(i))
	if !found {
		try(sc.quantity(i))
	}
	return best, found
}

// urlTokens marks tokens inside URLs, e-mail addresses and file paths.
func urlTokens(ts []tok, text string) []bool {
	skip := make([]bool, len(ts))
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		isURL := (t.lower() == "http" || t.lower() == "https" || t.lower() == "www") && i+1 < len(ts) && !ts[i+1].space &&
			(ts[i+1].raw == ":" || ts[i+1].raw == ".")
		isMail := t.raw == "@" && !t.space && i+1 < len(ts) && !ts[i+1].space
		if !isURL && !isMail {
			continue
		}
		j := i
		if isMail {
			for j > 0 && !ts[j].space {
				j--
			}
		}
		k := i + 1
		for k < len(ts) && !ts[k].space {
			k++
		}
		for x := j; x < k; x++ {
			skip[x] = true
		}
		i = k - 1
	}
	return skip
}

// is reports whether a phrase of the word-list class starts at token i.
func (sc *scan) is(i int, class classID) bool { return sc.f.lex.has(sc.ts, i, class) }

// tight reports whether token i follows token i-1 without a space.
func tight(ts []tok, i int) bool { return i < len(ts) && i > 0 && !ts[i].space }
