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
// their first token, longest first, so a lookup costs one map access per
// token of the text and a few comparisons per probe.
type lexicon struct {
	byFirst map[string]*bucket
	// ids numbers the buckets of byFirst from 1, and list holds them by
	// number after a nil: sort fills both.
	ids  map[string]int32
	list []*bucket
}

// bucket holds the phrases that start with one token.
type bucket struct {
	ps []*phrase // longest first
	// byClass lists ps by class, and by every prefix of the class that ends
	// in a dot ("part." for "part.early"). A token starts phrases of few
	// classes, so a linear search beats a map keyed by class.
	byClass []classPhrases
	sigs    uint64 // the classSig bits of the classes in byClass
	starts  bool   // a value may begin at the token (see Finder.markStarters)
}

// classSig is one bit chosen by a class name's length and two of its bytes,
// so that a bucket can tell cheaply that it holds no phrase of a class.
func classSig(class string) uint64 {
	n := len(class)
	if n == 0 {
		return 1
	}
	h := uint(n)*131 + uint(class[n-1])*31 + uint(class[n/2])
	return 1 << (h & 63)
}

// classPhrases are the phrases of a bucket in one class, longest first.
type classPhrases struct {
	class string
	ps    []*phrase
}

// of returns the phrases of b in class; b may be nil.
func (b *bucket) of(class string) []*phrase {
	if b == nil {
		return nil
	}
	if len(class) == 0 {
		return b.ofEmpty()
	}
	if b.sigs&classSig(class) == 0 {
		return nil // most probes ask for a class the token does not start
	}
	// Class names share their first words ("time.", "number."), so the last
	// byte turns most names away before a full comparison.
	n, last := len(class), class[len(class)-1]
	for k := range b.byClass {
		c := b.byClass[k].class
		if len(c) == n && c[n-1] == last && c == class {
			return b.byClass[k].ps
		}
	}
	return nil
}

// ofEmpty returns the phrases of b that have no class.
func (b *bucket) ofEmpty() []*phrase {
	for k := range b.byClass {
		if b.byClass[k].class == "" {
			return b.byClass[k].ps
		}
	}
	return nil
}

// hasPrefix reports whether b holds a phrase whose class starts with
// prefix, which ends in a dot ("number."); b may be nil.
func (b *bucket) hasPrefix(prefix string) bool { return len(b.of(prefix)) > 0 }

// phrases returns all the phrases of b, longest first; b may be nil.
func (b *bucket) phrases() []*phrase {
	if b == nil {
		return nil
	}
	return b.ps
}

func newLexicon() *lexicon {
	return &lexicon{byFirst: map[string]*bucket{}}
}

// bucketFor returns the bucket of first token k, adding an empty one.
func (l *lexicon) bucketFor(k string) *bucket {
	b := l.byFirst[k]
	if b == nil {
		b = &bucket{}
		l.byFirst[k] = b
	}
	return b
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
	b := l.bucketFor(k)
	b.ps = append(b.ps, p)
}

// prepare attaches to each token the phrases that start with it, so that
// matching costs no map access.
func (l *lexicon) prepare(ts []tok) {
	for i := range ts {
		k := normQuote(ts[i].low)
		ts[i].b = l.ids[k]
	}
}

// bucket returns the phrases that start with t, nil when none do.
func (l *lexicon) bucket(t tok) *bucket { return l.list[t.b] }

// sort orders each bucket longest first.
func (l *lexicon) sort() {
	l.ids = make(map[string]int32, len(l.byFirst))
	l.list = append(make([]*bucket, 0, len(l.byFirst)+1), nil)
	for k, b := range l.byFirst {
		l.ids[k] = int32(len(l.list))
		l.list = append(l.list, b)
		ps := b.ps
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].toks) > len(ps[j].toks) })
		b.byClass, b.sigs = b.byClass[:0], 0
		for _, p := range ps {
			b.addClass(p.class, p)
			for j := 0; j < len(p.class)-1; j++ {
				if p.class[j] == '.' {
					b.addClass(p.class[:j+1], p)
				}
			}
		}
	}
}

// addClass appends p to the phrases of class in b.
func (b *bucket) addClass(class string, p *phrase) {
	for k := range b.byClass {
		if b.byClass[k].class == class {
			b.byClass[k].ps = append(b.byClass[k].ps, p)
			return
		}
	}
	b.byClass = append(b.byClass, classPhrases{class: class, ps: []*phrase{p}})
	b.sigs |= classSig(class)
}

// match returns the longest phrase of class starting at token i, and the
// index just after it.
func (l *lexicon) match(ts []tok, i int, class string) (*phrase, int) {
	if i < 0 || i >= len(ts) {
		return nil, i
	}
	for _, p := range l.bucket(ts[i]).of(class) {
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
