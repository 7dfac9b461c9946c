package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/internal/fold"
	phr "github.com/claimex/claimex/extract/phrase"
)

// run is the working state for one document.
type run struct {
	f     *Finder
	d     *document.Document
	text  string
	toks  []document.Token
	lowOf []int32  // each token's lower-cased text, as an index into forms
	forms []string // the distinct lower-cased token texts
	// formClass caches the phrase classes of each form, looked up the
	// first time a frame asks (classKnown).
	formClass  []phr.Class
	classKnown []bool
	// spellClass caches the phrase classes of each spelling as it is
	// written, which the phrase parse reads, with classUnknown until asked.
	spellClass []phr.Class
	facts      []formFacts // what the word rules say of each form
	// midCap holds, per spelling, whether the text writes it capitalized
	// inside a sentence after a word or a comma, built on demand (see
	// capInside).
	midCap  []bool
	ids     []int32      // each token's ID in the phrase vocabulary, -1 when it has none
	shape   []tokenShape // word and case facts of each token
	wordN   []int32      // number of word tokens before each token (int32: one for every token of the text)
	tokAt   offsetIndex  // where tokenAt starts looking, by byte offset
	sentAt  offsetIndex  // where sentenceAt starts looking, by byte offset
	hedgeAt []int32      // tokens where a hedge phrase starts, in order
	sents   []tokenSpan  // token range of each sentence
	sent    []int32      // sentence of each token, -1 when outside every sentence (int32: one for every token)

	quotes  []quoteRegion
	quoteOf []int32 // quote region of each token inside quotation marks, -1 elsewhere (int32: one for every token)
	opensAt []int32 // quote region opened by each token, -1 elsewhere

	drafts []draft
	// contentDrafts maps a content's first byte to the drafts whose content
	// starts there, built when claimants are resolved.
	contentDrafts map[int][]int
	openCounts    []int32 // contentComma's count of contents opening at each token, kept between sentences
	claimed       []bool  // sentences that hold a claim's cue or content
	titles        []int8  // per sentence: 1 when in title case, 2 when not, 0 before it is known
	trailing      []int   // per sentence: token where a trailing attribution starts, -1 when none

	// sectionColons are the colons of lead labels that head sections, which
	// no frame reads as a cue.
	sectionColons map[int]bool

	mentions    []mention         // entity mentions by start
	vals        []int             // indices of d.Values by start, built on demand
	entType     map[string]string // entity id → type
	lastPer     *document.Claimant
	lastOrg     *document.Claimant
	genders     map[int]byte // entity index → gender, filled on demand
	speaking    speakerState // the person who spoke last, as claimants are resolved
	quoteDrafts []int        // quote drafts by content start, built on demand

	phrases    phr.Parse // phrase structure of sentence phraseSent-1
	phraseSent int
	headToks   []document.Token // a title-case sentence's tokens as headlineTokens lowers them

	starts []int   // sorted offsets where the claims' frames start, built on demand
	tables *tables // where the per-token tables and drafts are kept (see carve)
	steps  int     // token tests made, a measure of the work done (see TestLinear)
	err    error   // why the run stopped early: d's context, or the claim budget
}

// mention is one entity mention.
type mention struct {
	document.Span
	ent int // index into d.Entities
}

// draft is a claim before its claimant is resolved.
type draft struct {
	kind     string
	speaker  tokenSpan // token range of the speaker phrase; [0,0] when none
	claimant *document.Claimant
	inherit  int // index of the draft whose claimant this one takes, -1 when none
	content  document.Span
	cueSpan  document.Span
	cue      string
	via      string
	hedged   bool
	rule     string
	region   int // quote region of a quote claim, -1 otherwise
	resolved bool
	rebuts   bool // a denial of the content: "..., a claim the company denied"
	joinAt   int  // 1 + the token where an elided frame's joining words start ("and argued"), 0 otherwise
	medial   bool // the content runs over the draft's own frame: "The port, she said, is ..."
}

func (d *draft) order() int {
	if d.cueSpan.Len() > 0 {
		return d.cueSpan.Start
	}
	return d.content.Start
}

func newRun(f *Finder, d *document.Document) *run {
	r := &run{f: f, d: d, text: d.Text, toks: d.Tokens}
	r.sents = make([]tokenSpan, len(d.Sentences))
	r.carve(tablePool.Get().(*tables))
	r.indexForms()
	r.tokAt = newOffsetIndex(len(r.toks), len(r.text), func(i int) int { return r.toks[i].End })
	r.sentAt = newOffsetIndex(len(d.Sentences), len(r.text), func(i int) int { return d.Sentences[i].End })
	r.wordN[0] = 0
	for i := range r.toks {
		r.wordN[i+1] = r.wordN[i]
		if r.isWord(i) {
			r.wordN[i+1]++
		}
	}
	ti := 0
	for si, s := range d.Sentences {
		for ti < len(r.toks) && r.toks[ti].Start < s.Start {
			r.sent[ti] = -1
			ti++
		}
		start := ti
		for ti < len(r.toks) && r.toks[ti].End <= s.End {
			r.sent[ti] = int32(si)
			ti++
		}
		r.sents[si] = tokenSpan{start, ti}
	}
	for ; ti < len(r.toks); ti++ {
		r.sent[ti] = -1
	}
	// Hedges are lower-case words, or open a sentence: "May" the month is no hedge.
	for i := range r.toks {
		if !r.isLower(i) && (r.sentOf(i) < 0 || r.sents[r.sentOf(i)][0] != i) {
			continue
		}
		if _, _, ok := match(r, f.hedges, i, len(r.toks)); ok {
			r.hedgeAt = append(r.hedgeAt, int32(i))
		}
	}
	r.claimed = make([]bool, len(d.Sentences))
	r.trailing = make([]int, len(d.Sentences))
	for i := range r.trailing {
		r.trailing[i] = -1
	}
	n := 0
	for _, e := range d.Entities {
		n += len(e.Mentions) + len(e.References)
	}
	r.mentions = make([]mention, 0, n)
	for ei, e := range d.Entities {
		for _, spans := range [2][]document.Span{e.Mentions, e.References} {
			for _, m := range spans {
				if m.Start >= 0 && m.End <= len(d.Text) && m.Start < m.End {
					r.mentions = append(r.mentions, mention{Span: m, ent: ei})
				}
			}
		}
	}
	r.entType = make(map[string]string, len(d.Entities))
	for _, e := range d.Entities {
		r.entType[e.ID] = e.Type
	}
	sort.Slice(r.mentions, func(i, j int) bool { return r.mentions[i].Start < r.mentions[j].Start })
	return r
}

// tokenShape holds what a token's first letter and case say of it, read
// once per token rather than at every test.
type tokenShape uint8

const (
	shapeWord  tokenShape = 1 << iota // starts with a letter or digit
	shapeCap                          // starts with an upper-case letter
	shapeLower                        // a word in lower case
)

// shapeOf returns the shape of a token with text t, lower-cased low.
func shapeOf(t, low string) tokenShape {
	var s tokenShape
	c, _ := utf8.DecodeRuneInString(t)
	if unicode.IsLetter(c) || unicode.IsDigit(c) {
		s |= shapeWord
		if t == low {
			s |= shapeLower
		}
	}
	if unicode.IsUpper(c) {
		s |= shapeCap
	}
	return s
}

// indexForms sets each token's lower-cased form, phrase-vocabulary ID and
// shape. The forms are the segmenter's, one per spelling (see
// fold.Spell); each is looked up once.
func (r *run) indexForms() {
	spells, forms := fold.Spellings(r.d)
	r.forms = forms
	r.shape = make([]tokenShape, len(r.toks))
	formIDs := make([]int32, 0, len(forms))
	shapes := make([]tokenShape, 0, len(forms)) // the shape of each spelling, which its form's index keys
	for i, t := range r.toks {
		k := spells[i]
		if int(k) == len(formIDs) { // the spelling's first token: spellings are numbered in order
			low := forms[k]
			id, ok := r.f.vocab[low]
			if !ok {
				id = -1
			}
			formIDs, shapes = append(formIDs, id), append(shapes, shapeOf(t.Text, low))
		}
		r.lowOf[i], r.ids[i], r.shape[i] = k, formIDs[k], shapes[k]
	}
	r.formClass, r.classKnown = make([]phr.Class, len(r.forms)), make([]bool, len(r.forms))
	r.spellClass = make([]phr.Class, len(r.forms))
	for k := range r.spellClass {
		r.spellClass[k] = classUnknown
	}
	r.facts = make([]formFacts, len(r.forms))
	for k, w := range r.forms {
		r.facts[k] = r.f.factsOf(w)
	}
}

// wordClass returns the phrase classes of token i's lower-cased text,
// looked up once per distinct form.
func (r *run) wordClass(i int) phr.Class {
	k := r.lowOf[i]
	if !r.classKnown[k] {
		r.formClass[k], r.classKnown[k] = r.f.lex.Class(r.forms[k]), true
	}
	return r.formClass[k]
}

// classUnknown marks a spelling whose classes are not yet looked up: a bit
// no class of the lexicon uses.
const classUnknown phr.Class = 1 << 31

// spellingClass returns the phrase classes of token i's text as written,
// looked up once per spelling: each form of indexForms is one spelling.
func (r *run) spellingClass(i int) phr.Class {
	k := r.lowOf[i]
	if r.spellClass[k] == classUnknown {
		r.spellClass[k] = r.f.lex.Class(r.toks[i].Text)
	}
	return r.spellClass[k]
}

// sentOf returns the sentence of token t, -1 when it lies outside every sentence.
func (r *run) sentOf(t int) int { return int(r.sent[t]) }

// lower returns token i's text in lower case.
func (r *run) lower(i int) string { return r.forms[r.lowOf[i]] }

// isWord reports whether token i starts with a letter or digit.
func (r *run) isWord(i int) bool {
	r.steps++
	return r.shape[i]&shapeWord != 0
}

// isCap reports whether token i starts with an upper-case letter.
func (r *run) isCap(i int) bool {
	r.steps++
	return r.shape[i]&shapeCap != 0
}

// isLower reports whether token i is a word in lower case.
func (r *run) isLower(i int) bool {
	r.steps++
	return r.shape[i]&shapeLower != 0
}

// number reports whether token k opens with a digit: "3" in "May 3".
func (r *run) number(k int) bool {
	c, _ := utf8.DecodeRuneInString(r.toks[k].Text)
	return unicode.IsDigit(c)
}

// upperWord reports whether token k is a word in capitals: "TORONTO".
func (r *run) upperWord(k int) bool {
	return r.isWord(k) && r.isCap(k) && r.toks[k].Text == strings.ToUpper(r.toks[k].Text)
}

// is reports whether token i is one of the punctuation marks in set.
func (r *run) is(i int, set string) bool {
	r.steps++
	t := r.toks[i].Text
	switch {
	case len(t) == 1:
		return strings.IndexByte(set, t[0]) >= 0 // most marks are one byte
	case len(t) > utf8.UTFMax || t[0] < utf8.RuneSelf:
		return false
	}
	return utf8.RuneCountInString(t) == 1 && strings.Contains(set, t)
}

// span returns the byte span of tokens [a, b).
func (r *run) span(a, b int) document.Span {
	if a >= b {
		return document.Span{Start: r.toks[a].Start, End: r.toks[a].Start}
	}
	return document.Span{Start: r.toks[a].Start, End: r.toks[b-1].End}
}

// words counts the word tokens in [a, b).
func (r *run) words(a, b int) int {
	if a >= b {
		return 0
	}
	return int(r.wordN[b] - r.wordN[a])
}

// trimContent narrows tokens [a, b) to drop leading and trailing punctuation
// other than quotation marks that belong to the content, and returns its span.
func (r *run) trimContent(a, b int) (int, int) {
	a = r.afterDateline(a, b)
	for a < b && !r.isWord(a) && !r.isOpen(a) && !r.amountAt(a) {
		a++ // but "£300m" keeps its sign
	}
	for b > a && !r.isWord(b-1) && !r.isClose(b-1) && !r.is(b-1, "%$)") {
		b--
	}
	// A closing mark left over from a quote that opened before the content is dropped.
	if b > a && r.isClose(b-1) && r.quoteOf[a] < 0 && !r.isOpen(a) {
		open := r.quotes[r.closedBy(b-1)].open
		if open < a {
			b--
			for b > a && !r.isWord(b-1) {
				b--
			}
		}
	}
	return a, b
}

func (r *run) sentenceSpan(d *draft) document.Span {
	lo, hi := d.content.Start, d.content.End
	if d.cueSpan.Len() > 0 {
		lo, hi = min(lo, d.cueSpan.Start), max(hi, d.cueSpan.End)
	}
	ss := r.d.Sentences
	i, j := r.sentenceAt(lo), r.sentenceAt(hi-1)
	if i >= len(ss) {
		return d.content
	}
	if j >= len(ss) {
		j = len(ss) - 1
	}
	sp := document.Span{Start: min(ss[i].Start, lo), End: max(ss[j].End, hi)}
	return sp
}

// hedged reports whether a hedge phrase occurs in the claim's part of its
// sentence, its content or its cue. A sentence is parted where the frame of
// each claim with a speaker starts, so the article's own clause takes no hedge
// from someone's claim after it ("..., in a move ministers hope will ..."),
// but does from its own expectations ("through a tender that is expected to
// open next year").
func (r *run) hedged(d *draft) bool {
	if r.hedgesIn(d.content) || r.hedgesIn(d.cueSpan) {
		return true
	}
	sp := r.sentenceSpan(d)
	if d.inherit >= 0 && d.cueSpan.Len() == 0 {
		return r.hedgesIn(sp)
	}
	if r.starts == nil {
		r.starts = make([]int, 0, len(r.drafts))
		for i := range r.drafts {
			if dr := &r.drafts[i]; !dr.speaker.empty() {
				r.starts = append(r.starts, r.frameStart(dr))
			}
		}
		sort.Ints(r.starts)
	}
	fs := r.frameStart(d)
	lo, hi := sp.Start, sp.End
	if x := sort.SearchInts(r.starts, fs+1); x < len(r.starts) && r.starts[x] < hi {
		hi = r.starts[x]
	}
	if x := sort.SearchInts(r.starts, fs); x > 0 && r.starts[x-1] > lo {
		lo = fs // an earlier claim's part ends where this one starts
	}
	return r.hedgesIn(document.Span{Start: lo, End: hi})
}

// frameStart returns the byte offset where a claim's frame starts: its own
// speaker, cue or content, whichever comes first.
func (r *run) frameStart(d *draft) int {
	o := d.content.Start
	if d.cueSpan.Len() > 0 {
		o = min(o, d.cueSpan.Start)
	}
	if !d.speaker.empty() && d.inherit < 0 && d.speaker[0] < len(r.toks) {
		o = min(o, r.toks[d.speaker[0]].Start)
	}
	return o
}

// hedgesIn reports whether a hedge phrase starts inside sp.
func (r *run) hedgesIn(sp document.Span) bool {
	r.steps++
	if sp.Len() <= 0 {
		return false
	}
	// The first hedge that starts at or after sp.Start, which the few
	// hedges of a text find faster than the tokens do.
	h := sort.Search(len(r.hedgeAt), func(x int) bool { return r.toks[r.hedgeAt[x]].Start >= sp.Start })
	return h < len(r.hedgeAt) && r.toks[r.hedgeAt[h]].End <= sp.End
}

// entitiesIn lists the entities with a mention inside sp, in order of first mention.
func (r *run) entitiesIn(sp document.Span) []string {
	var out []string
	seen := map[int]bool{}
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= sp.Start })
	for ; i < len(r.mentions) && r.mentions[i].Start < sp.End; i++ {
		m := r.mentions[i]
		if m.End <= sp.End && !seen[m.ent] {
			seen[m.ent] = true
			out = append(out, r.d.Entities[m.ent].ID)
		}
	}
	return out
}

// valueOrder returns the indices of d.Values in text order, built on first
// use. The values stage's spans do not overlap, so their ends are in order
// too, and a search may go by either.
func (r *run) valueOrder() []int {
	if r.vals == nil {
		r.vals = make([]int, 0, len(r.d.Values))
		for i := range r.d.Values {
			r.vals = append(r.vals, i)
		}
		sort.SliceStable(r.vals, func(i, j int) bool { return r.d.Values[r.vals[i]].Start < r.d.Values[r.vals[j]].Start })
	}
	return r.vals
}

// valueFrom returns the first value, in text order, that ends after token k
// starts (the value holding k, or the next one), or nil.
func (r *run) valueFrom(k int) *document.Value {
	vals, vs := r.valueOrder(), r.d.Values
	x := sort.Search(len(vals), func(x int) bool { return vs[vals[x]].End > r.toks[k].Start })
	if x == len(vals) {
		return nil
	}
	return &vs[vals[x]]
}

// valuesIn lists the values inside sp, in text order.
func (r *run) valuesIn(sp document.Span) []string {
	vals := r.valueOrder()
	var out []string
	i := sort.Search(len(vals), func(i int) bool { return r.d.Values[vals[i]].Start >= sp.Start })
	for ; i < len(vals) && r.d.Values[vals[i]].Start < sp.End; i++ {
		if v := r.d.Values[vals[i]]; v.End <= sp.End && v.Start < v.End {
			out = append(out, v.ID)
		}
	}
	return out
}
