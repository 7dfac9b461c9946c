package values

import "sort"

// entry is one phrase of a word list with what it means.
type entry struct {
	class string
	val   string  // the value as the list writes it
	num   float64 // val parsed as a number when it is one
	ref   any     // class-specific payload (a *currency)
	local bool    // a currency word other countries share ("dollars")
}

// phrase is an entry's text split into tokens.
type phrase struct {
	toks  []string // lower-cased unless cs
	tight []bool   // tight[i]: token i must follow token i-1 without a space
	cs    bool     // match case-sensitively
	entry
}

// lexicon finds phrases of the word lists at a token. Phrases are indexed by
// their first token, longest first, so a lookup costs a map access and a few
// comparisons.
type lexicon struct {
	byFirst map[string][]*phrase
	// byClass indexes each bucket of byFirst by class, and by every prefix
	// of the class that ends in a dot ("part." for "part.early").
	byClass map[string]map[string][]*phrase
}

func newLexicon() *lexicon {
	return &lexicon{byFirst: map[string][]*phrase{}, byClass: map[string]map[string][]*phrase{}}
}

// add puts text into the lexicon. A space in text lets the text being
// scanned put a space there or not; tokens written tight must be tight.
func (l *lexicon) add(text string, cs bool, e entry) {
	ts := tokenize(text)
	if len(ts) == 0 {
		return
	}
	p := &phrase{cs: cs, entry: e}
	for i, t := range ts {
		s := t.raw
		if !cs {
			s = lower(s)
		}
		p.toks = append(p.toks, normQuote(s))
		p.tight = append(p.tight, i > 0 && !t.space)
	}
	k := p.toks[0]
	if cs {
		k = lower(k)
	}
	l.byFirst[k] = append(l.byFirst[k], p)
}

// prepare attaches to each token the phrases that start with it, so that
// matching costs no map access.
func (l *lexicon) prepare(ts []tok) {
	for i := range ts {
		k := normQuote(ts[i].low)
		ts[i].ps, ts[i].pc = l.byFirst[k], l.byClass[k]
	}
}

// sort orders each bucket longest first.
func (l *lexicon) sort() {
	for k, ps := range l.byFirst {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].toks) > len(ps[j].toks) })
		byClass := map[string][]*phrase{}
		for _, p := range ps {
			byClass[p.class] = append(byClass[p.class], p)
			for j := 0; j < len(p.class)-1; j++ {
				if p.class[j] == '.' {
					byClass[p.class[:j+1]] = append(byClass[p.class[:j+1]], p)
				}
			}
		}
		l.byClass[k] = byClass
	}
}

// match returns the longest phrase of class starting at token i, and the
// index just after it.
func (l *lexicon) match(ts []tok, i int, class string) (*phrase, int) {
	if i < 0 || i >= len(ts) {
		return nil, i
	}
	for _, p := range ts[i].pc[class] {
		if end, ok := p.at(ts, i); ok {
			return p, end
		}
	}
	return nil, i
}

// has reports whether a phrase of class starts at token i.
func (l *lexicon) has(ts []tok, i int, class string) bool {
	p, _ := l.match(ts, i, class)
	return p != nil
}

// at reports whether p matches at token i.
func (p *phrase) at(ts []tok, i int) (int, bool) {
	if i+len(p.toks) > len(ts) {
		return i, false
	}
	for j, w := range p.toks {
		t := ts[i+j]
		if j > 0 && (t.nl || (p.tight[j] && t.space)) {
			return i, false
		}
		got := t.low
		if p.cs {
			got = t.raw
		}
		if normQuote(got) != w {
			return i, false
		}
	}
	// A phrase that ends in letters must not run into more letters ("m" in "mm").
	end := i + len(p.toks)
	return end, true
}
