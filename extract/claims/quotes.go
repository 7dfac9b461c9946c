package claims

import (
	"cmp"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

// quoteRegion is the text between a pair of quotation marks within one
// paragraph. A quote that runs over several paragraphs is a chain of regions
// linked by prev.
type quoteRegion struct {
	open, close int // tokens of the marks; close is -1 when the paragraph ends first
	closeAt     int // byte offset where the closing mark starts
	inner       document.Span
	prev        int // previous region of the same quote, -1 when none
	words       int
	claim       int // draft that attributes it, -1 when none
	para        int
	doubled     bool // its marks are two apostrophes each ('')
}

func (r *run) isOpen(i int) bool  { return r.opensAt[i] >= 0 }
func (r *run) isClose(i int) bool { return r.closedBy(i) >= 0 }

// closedBy returns the region closed by token i, or -1.
func (r *run) closedBy(i int) int {
	if i < 0 || i >= len(r.toks) || i == 0 {
		return -1
	}
	q := r.quoteOf[i-1]
	if q < 0 {
		if o := r.opensAt[i-1]; o >= 0 && r.quotes[o].close == i {
			return int(o)
		}
		return -1
	}
	if r.quotes[q].close == i {
		return int(q)
	}
	return -1
}

// findQuotes pairs quotation marks paragraph by paragraph and marks the tokens
// inside each pair. A paragraph that opens a quote without closing it
// continues into the next paragraph when that one opens a quote too.
func (r *run) findQuotes() {
	for i := range r.quoteOf {
		r.quoteOf[i], r.opensAt[i] = -1, -1
	}
	sc := quoteScan{r: r, cur: -1, dangling: -1}
	for i := 0; i < len(r.toks); i++ {
		i = sc.step(i)
	}
	if sc.cur >= 0 {
		sc.end(len(r.toks))
	}
	r.trimQuoteInners()
}

// quoteScan is the state of findQuotes as it reads the tokens in order.
type quoteScan struct {
	r        *run
	pi       int    // paragraph of the token read
	cur      int    // open region, -1 when none
	closer   string // its closing mark
	toggle   bool   // it opened with a mark that also closes it
	dangling int    // region left open at the end of the previous paragraph
	skip     int    // tokens to pass over: the second half of a doubled mark
}

// step reads token i and returns the last token it consumed.
func (sc *quoteScan) step(i int) int {
	r := sc.r
	t := r.toks[i]
	sc.paragraphAt(i)
	tx := t.Text
	double := false
	if (tx == "'" || tx == "’") && i+1 < len(r.toks) && r.toks[i+1].Text == tx && r.toks[i+1].Start == t.End && r.f.toggles["''"] {
		double, tx = true, "''"
	}
	if sc.skip > 0 {
		sc.skip--
		return i
	}
	if r.shape[i]&shapeWord != 0 && !r.f.wordMark && !double {
		if sc.cur >= 0 {
			r.quoteOf[i] = int32(sc.cur)
		}
		return i // no mark starts with a letter or digit
	}
	if sc.cur >= 0 {
		sc.closeOrInside(i, tx, double)
		return i
	}
	return sc.open(i, tx, double)
}

// paragraphAt moves on to the paragraph of token i; a region still open
// when its paragraph ends is closed there and left dangling.
func (sc *quoteScan) paragraphAt(i int) {
	paras := sc.r.d.Paragraphs
	newPara := false
	for sc.pi < len(paras) && sc.r.toks[i].Start >= paras[sc.pi].End {
		sc.pi++
		newPara = true
	}
	switch {
	case newPara && sc.cur >= 0:
		sc.dangling = sc.cur
		sc.end(i)
	case newPara:
		sc.dangling = -1
	}
}

// closeOrInside closes the open region at mark tx of token i, or marks the
// token as inside it.
func (sc *quoteScan) closeOrInside(i int, tx string, double bool) {
	r := sc.r
	if tx == sc.closer || (!sc.toggle && r.f.toggles[tx] && tx != "''" || sc.toggle && r.pairCloser(tx) || !sc.toggle && r.openerAsCloser(i, sc.cur)) && r.closesHere(i) {
		q := &r.quotes[sc.cur]
		q.close, q.closeAt = i, r.toks[i].Start
		if double {
			r.quoteOf[i] = int32(sc.cur)
			q.close = i + 1
			sc.skip = 1
		}
		sc.end(q.close)
		sc.dangling = -1
		return
	}
	r.quoteOf[i] = int32(sc.cur)
}

// open opens a region at mark tx of token i when it can open one there, and
// returns the last token it consumed.
func (sc *quoteScan) open(i int, tx string, double bool) int {
	r := sc.r
	c, isPair := r.f.opens[tx]
	isToggle := r.f.toggles[tx]
	if !isPair && !isToggle && r.pairCloser(tx) && r.opensParagraph(i, sc.pi) {
		isToggle = true // a closing mark that opens a paragraph's quotation closes it too: ”...,” said X
	}
	if !isPair && !isToggle {
		return i
	}
	first := i
	if double {
		i++
	}
	if !r.opensHere(i) {
		return i
	}
	if (tx == "'" || tx == "’") && !isPair && !r.singleCloses(i, sc.pi) {
		return i // an apostrophe: "'90s", "'em"
	}
	// A doubled mark opens at its first half, so that what reads on from
	// a cue meets the opening mark at once; the second half is inside.
	q := quoteRegion{open: first, close: -1, prev: -1, claim: -1, para: sc.pi, doubled: double}
	q.inner.Start = r.toks[i].End
	if sc.dangling >= 0 && r.quotes[sc.dangling].para == sc.pi-1 && r.firstInPara(i, sc.pi) {
		q.prev = sc.dangling
	}
	sc.dangling = -1
	r.quotes = append(r.quotes, q)
	sc.cur = len(r.quotes) - 1
	r.opensAt[first] = int32(sc.cur)
	if double {
		r.quoteOf[i] = int32(sc.cur)
	}
	sc.closer, sc.toggle = c, isToggle && !isPair
	if sc.toggle {
		sc.closer = tx
	}
	return i
}

// end closes the open region at token i (exclusive).
func (sc *quoteScan) end(i int) {
	r := sc.r
	q := &r.quotes[sc.cur]
	q.inner.End = r.toks[i-1].End
	if q.close >= 0 {
		q.inner.End = q.closeAt
	}
	q.words = r.words(q.open+1, i)
	sc.cur = -1
}

// trimQuoteInners trims the inner spans of spaces and a trailing comma
// inside the marks.
func (r *run) trimQuoteInners() {
	for qi := range r.quotes {
		q := &r.quotes[qi]
		s, e := q.inner.Start, q.inner.End
		for s < e && unicode.IsSpace(rune(r.text[s])) {
			s++
		}
		for e > s {
			c, n := utf8.DecodeLastRuneInString(r.text[s:e])
			if unicode.IsSpace(c) || c == ',' {
				e -= n
				continue
			}
			break
		}
		q.inner = document.Span{Start: s, End: e}
	}
}

// singleCloseWindow is how many tokens after a single straight mark its
// closing mark is looked for.
const singleCloseWindow = 400

// singleCloses reports whether a single straight mark opening at token i is
// closed by another one in the same paragraph, within a few hundred tokens:
// a mark after a word and before a space, punctuation or the end.
func (r *run) singleCloses(i, pi int) bool {
	end := len(r.text)
	if pi < len(r.d.Paragraphs) {
		end = r.d.Paragraphs[pi].End
	}
	for k := i + 1; k < len(r.toks) && k < i+singleCloseWindow && r.toks[k].Start < end; k++ {
		if r.toks[k].Text != r.toks[i].Text || !r.closesHere(k) {
			continue
		}
		if e := r.toks[k].End; e >= len(r.text) || !unicode.IsLetter(rune(r.text[e])) {
			return true
		}
	}
	return false
}

// quoteAt returns the quote region whose opening mark is at token i (after
// skipping a colon or comma), or -1.
func (r *run) quoteAt(i, end int) int {
	for i < end && r.is(i, ":,") {
		i++
	}
	if i < end && r.opensAt[i] < 0 && i+1 < end && r.toks[i].Text == r.toks[i+1].Text {
		i++ // the first half of a doubled mark
	}
	if i < end {
		return int(r.opensAt[i])
	}
	return -1
}

// shareChains gives the paragraphs of a quote chain the attribution of any
// of them, forward and then back.
func (r *run) shareChains() {
	for qi := range r.quotes {
		q := &r.quotes[qi]
		if q.claim >= 0 || q.prev < 0 {
			continue
		}
		if p := r.quotes[q.prev].claim; p >= 0 {
			r.addInherited(qi, p)
		}
	}
	for qi := len(r.quotes) - 1; qi >= 0; qi-- {
		q := &r.quotes[qi]
		if q.claim >= 0 {
			if p := q.prev; p >= 0 && r.quotes[p].claim < 0 {
				r.addInherited(p, q.claim)
			}
		}
	}
}

// quoteClaims turns quotes into claims: the other paragraphs of an attributed
// quote take its speaker, and a long quote without attribution takes the
// speaker of the claim just before it (in its paragraph or the one before).
func (r *run) quoteClaims() {
	r.shareChains()
	// Long quotes without attribution inherit from the latest speaker nearby.
	last, lastQuote := -1, -1 // latest draft, and latest quote, with a speaker, by position
	order := make([]int, 0, len(r.drafts))
	for i := range r.drafts {
		order = append(order, i)
	}
	sortByPos(r.drafts, order)
	spans := make([]document.Span, 0, len(r.drafts))
	for _, dr := range r.drafts {
		spans = append(spans, dr.content)
	}
	slices.SortFunc(spans, func(x, y document.Span) int { return cmp.Compare(x.Start, y.Start) })
	c, maxEnd := 0, -1
	k := 0
	for qi := range r.quotes {
		q := &r.quotes[qi]
		for k < len(order) && r.drafts[order[k]].order() < q.inner.Start {
			if dr := r.drafts[order[k]]; dr.kind == document.Quote || dr.kind == document.Reported || dr.kind == document.Commitment {
				if !dr.speaker.empty() || dr.inherit >= 0 {
					last = order[k]
					if dr.kind == document.Quote {
						lastQuote = last
					}
				}
			}
			k++
		}
		if q.claim < 0 && q.prev >= 0 && r.quotes[q.prev].claim >= 0 {
			r.addInherited(qi, r.quotes[q.prev].claim) // the paragraph before, of the same quote, just found its speaker
			continue
		}
		// A short quote right after a quote of the same paragraph goes on with
		// it: `"We fell short," Hale said. "We are sorry."`
		short := q.words < r.f.minQuote
		if q.claim >= 0 || short && (q.words < 2 || last < 0 || r.drafts[last].kind != document.Quote || r.paraOf(r.drafts[last].order()) != q.para) {
			continue
		}
		for c < len(spans) && spans[c].Start <= q.inner.Start {
			maxEnd = max(maxEnd, spans[c].End)
			c++
		}
		if maxEnd >= q.inner.End {
			continue // a partial quote inside a reported claim
		}
		if !r.standsAlone(q) {
			switch {
			case r.continuesQuote(q, lastQuote):
				r.addInherited(qi, lastQuote) // `"It is a trap," she said. It is "a trap for us all."`
			case last != lastQuote && r.continuesQuote(q, last):
				r.addInherited(qi, last) // `It is a trap, she said. It is "a trap for us all."`
			case r.afterMark(q, ":") && !r.addTailed(qi):
				r.addQuoteBy(qi, tokenSpan{}) // brought in by a colon, with no one to say it: "The email goes on:"
			case r.afterMark(q, ",") && !r.addTailed(qi) && r.closingWords(q):
				if p := r.splitQuoteClaim(qi); p >= 0 {
					r.addInherited(qi, p) // `"The risk," said Leamer, an economist, "is that ..."`
				} else if !r.invertedBefore(qi) {
					r.addCommaQuote(qi, last, lastQuote)
				}
			case r.speechInProse(q):
				r.addQuoteBy(qi, r.quoteHolder(q)) // "Holt described the levy as “a tax on every family in the harbour”"
			}
			continue
		}
		if r.addTailed(qi) {
			last = q.claim // the speaker named after it goes on in the quotes that follow
			continue
		}
		if sp, ok := r.introducingFrame(q); ok {
			r.addQuoteBy(qi, sp) // "Lau said in a statement. “There are no ballots to recount.”"
			last, lastQuote = q.claim, q.claim
			continue
		}
		if sp := r.sentenceTopic(q, last); !sp.empty() {
			r.addQuoteBy(qi, sp) // "The judge turned to me. “Mr. D'Souza?”"
			last, lastQuote = q.claim, q.claim
			continue
		}
		if last >= 0 && r.quotes[qi].para-r.paraOf(r.drafts[last].order()) <= 1 {
			r.addInherited(qi, r.chainSpeaker(last, lastQuote))
			continue
		}
		r.addQuoteBy(qi, r.paragraphTopic(q)) // the paragraph's subject, or no one
	}
}

// quotedIn reports whether a token of [a, b) lies inside quotation marks,
// of a quotation opened there or before.
func (r *run) quotedIn(a, b int) bool {
	for t := a; t < b; t++ {
		r.steps++
		if r.quoteOf[t] >= 0 {
			return true
		}
	}
	return false
}

// addQuoteBy adds a quote claim for region qi said by speaker sp; an empty
// sp leaves the quote unattributed.
func (r *run) addQuoteBy(qi int, sp tokenSpan) {
	q := &r.quotes[qi]
	r.drafts = append(r.drafts, draft{kind: document.Quote, speaker: sp, content: q.inner, rule: r.f.quoteID, region: qi, inherit: -1})
	q.claim = len(r.drafts) - 1
	r.markClaimed(q.inner)
}

// standsAlone reports whether quote q opens its sentence or paragraph, so it
// is someone's words rather than a phrase quoted inside the article's own sentence.
func (r *run) standsAlone(q *quoteRegion) bool {
	if q.prev >= 0 {
		return true
	}
	s := r.sentOf(q.open)
	if s < 0 {
		return false
	}
	first := r.sents[s][0]
	return q.open == first || (q.open == first+1 && r.toks[first].Text == r.toks[q.open].Text)
}

// afterMark reports whether quote q opens right after one of the marks in
// mark, outside quotes, in the same sentence.
func (r *run) afterMark(q *quoteRegion, mark string) bool {
	c := q.open - 1
	return c > 0 && r.is(c, mark) && r.quoteOf[c] < 0 && r.sentOf(c) == r.sentOf(q.open)
}

// sortByPos sorts the draft indices in order by reading position.
func sortByPos(drafts []draft, order []int) {
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(drafts[i].order(), drafts[j].order()) })
}

// paraOf returns the paragraph holding byte offset off.
func (r *run) paraOf(off int) int {
	ps := r.d.Paragraphs
	return sort.Search(len(ps), func(i int) bool { return ps[i].End > off })
}

// addInherited adds a quote claim for region q whose claimant is draft from's.
func (r *run) addInherited(q, from int) {
	src := r.drafts[from]
	r.drafts = append(r.drafts, draft{
		kind: document.Quote, speaker: src.speaker, inherit: from, content: r.quotes[q].inner,
		cue: src.cue, via: src.via, rule: src.rule, region: q,
	})
	r.quotes[q].claim = len(r.drafts) - 1
	r.markClaimed(r.quotes[q].inner)
}

// markClaimed marks the sentences overlapping sp as holding a claim.
func (r *run) markClaimed(sp document.Span) {
	ss := r.d.Sentences
	for si := r.sentenceAt(sp.Start); si < len(ss) && ss[si].Start < sp.End; si++ {
		r.claimed[si] = true
	}
}

// continuesQuote reports whether quote q, inside the prose of a sentence
// that holds no claim, goes on with the words of draft from, a quote or a
// reported claim with a speaker, in the sentence right before it and the
// same paragraph: the speaker is still talking (`"It is a trap," she said.
// But "we will get out of it."`).
func (r *run) continuesQuote(q *quoteRegion, from int) bool {
	s := r.sentOf(q.open)
	if from < 0 || s < 1 || !r.speechInProse(q) {
		return false
	}
	d := &r.drafts[from]
	return (d.kind == document.Quote || d.kind == document.Reported && !d.speaker.empty()) && r.sentOfOff(d.order()) == s-1 && r.paraOf(d.order()) == q.para
}

// speechInProse reports whether quote q, inside the prose of its sentence,
// can be someone's words that no frame of the sentence claims: the sentence
// holds no claim, and the quotation is closed, long enough for an
// unattributed quote and no title ("“The Long Night of the Harbour Wall”").
func (r *run) speechInProse(q *quoteRegion) bool {
	s := r.sentOf(q.open)
	return s >= 0 && !r.claimed[s] && q.words >= r.f.minQuote && q.close >= 0 && !r.titleCased(q.open, q.close, 1)
}

// quoteHolder returns the subject of quote q's sentence when it is someone
// who can speak and comes before the quotation, else an empty span.
func (r *run) quoteHolder(q *quoteRegion) tokenSpan {
	s := r.sentOf(q.open)
	if sub, ok := r.sentenceSubject(s, q.open); ok && sub[1] <= q.open && r.agent(sub) {
		return sub
	}
	return tokenSpan{}
}
