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
	ids   []int32  // the lexicon's word ID of each token, for a case-blind phrase (see lexicon.sort)
	tight []bool   // tight[i]: token i must follow token i-1 without a space
	cs    bool     // match case-sensitively
	entry
}

// lexicon finds phrases of the word lists at a token. Phrases are indexed by
// their first token, longest first, so a lookup costs one map access per
// token of the text and a few comparisons per probe.
type lexicon struct {
	byFirst map[string]*bucket
	// ids numbers the words of the phrases: the buckets of byFirst from 1,
	// and list holds them by number after a nil; the words that start no
	// phrase from -1 down. Tokens and phrases compare these numbers, not
	// their text. sort fills both.
	ids     map[string]int32
	list    []*bucket
	classes *classTable // numbers the classes of all buckets (see sort)
}

// bucket holds the phrases that start with one token.
type bucket struct {
	ps []*phrase // longest first
	// byClass lists ps by class, and by every prefix of the class that ends
	// in a dot ("part." for "part.early"), in the order of the class numbers.
	byClass []classPhrases
	set     classSet // the numbers of the classes in byClass
	starts  bool     // a value may begin at the token (see Finder.markStarters)
	leads   bool     // a leading word: a value may begin at it before a value's word
	// openers are the bucket's longer or case-sensitive phrases of starting
	// classes: a value may begin where one of them matches.
	openers []*phrase
}

// classPhrases are the phrases of a bucket in one class, longest first.
type classPhrases struct {
	id classID
	ps []*phrase
}

// of returns the phrases of b in class; b may be nil. A common word starts
// phrases of a few dozen classes, so the class is found by its number in the
// bucket's bit set rather than by comparing names.
func (b *bucket) of(class classID) []*phrase {
	if b == nil {
		return nil
	}
	k, ok := b.set.rank(class)
	if !ok {
		return nil // most probes ask for a class the token does not start
	}
	return b.byClass[k].ps
}

// hasPrefix reports whether b holds a phrase whose class starts with
// prefix, which ends in a dot ("number."); b may be nil.
func (b *bucket) hasPrefix(prefix classID) bool { return len(b.of(prefix)) > 0 }

// phrases returns all the phrases of b, longest first; b may be nil.
func (b *bucket) phrases() []*phrase {
	if b == nil {
		return nil
	}
	return b.ps
}

func newLexicon() *lexicon {
	return &lexicon{byFirst: map[string]*bucket{}, classes: newClassTable()}
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

// prepare gives each token its word ID, which for a word that starts
// phrases numbers their bucket, so that matching costs no map access.
func (l *lexicon) prepare(ts []tok) {
	for i := range ts {
		k := normQuote(ts[i].lower())
		ts[i].b = l.ids[k]
	}
}

// bucket returns the phrases that start with t, nil when none do.
func (l *lexicon) bucket(t tok) *bucket {
	if t.b <= 0 {
		return nil
	}
	return l.list[t.b]
}

// sort orders each bucket longest first and numbers the classes.
func (l *lexicon) sort() {
	l.ids = make(map[string]int32, len(l.byFirst))
	l.list = append(make([]*bucket, 0, len(l.byFirst)+1), nil)
	for k, b := range l.byFirst {
		l.ids[k] = int32(len(l.list))
		l.list = append(l.list, b)
		ps := b.ps
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].toks) > len(ps[j].toks) })
		b.byClass, b.set = b.byClass[:0], nil
		for _, p := range ps {
			b.addClass(l.classes.intern(p.class), p)
			for j := 0; j < len(p.class)-1; j++ {
				if p.class[j] == '.' {
					b.addClass(l.classes.intern(p.class[:j+1]), p)
				}
			}
		}
		sort.Slice(b.byClass, func(i, j int) bool { return b.byClass[i].id < b.byClass[j].id })
	}
	l.numberWords()
}

// numberWords gives the words that start no phrase IDs below zero, and each
// case-blind phrase the IDs of its words.
func (l *lexicon) numberWords() {
	next := int32(-1)
	for _, b := range l.list[1:] {
		for _, p := range b.ps {
			if p.cs {
				continue
			}
			p.ids = make([]int32, len(p.toks))
			for j, w := range p.toks {
				id, ok := l.ids[w]
				if !ok {
					id, next = next, next-1
					l.ids[w] = id
				}
				p.ids[j] = id
			}
		}
	}
}

// addClass appends p to the phrases of class id in b.
func (b *bucket) addClass(id classID, p *phrase) {
	for k := range b.byClass {
		if b.byClass[k].id == id {
			b.byClass[k].ps = append(b.byClass[k].ps, p)
			return
		}
	}
	b.byClass = append(b.byClass, classPhrases{id: id, ps: []*phrase{p}})
	b.set = b.set.add(id)
}

// match returns the longest phrase of class starting at token i, and the
// index just after it. It is the lexicon's most frequent call, so it finds
// the class in the bucket's set itself, and takes a one-token case-blind
// phrase, which the token's bucket has already matched, without comparing.
func (l *lexicon) match(ts []tok, i int, class classID) (*phrase, int) {
	if uint(i) >= uint(len(ts)) || ts[i].b <= 0 {
		return nil, i
	}
	b := l.list[ts[i].b]
	k, ok := b.set.rank(class)
	if !ok {
		return nil, i // most probes ask for a class the token does not start
	}
	for _, p := range b.byClass[k].ps {
		if len(p.toks) == 1 && !p.cs {
			return p, i + 1
		}
		if end, ok := p.at(ts, i); ok {
			return p, end
		}
	}
	return nil, i
}

// has reports whether a phrase of class starts at token i.
func (l *lexicon) has(ts []tok, i int, class classID) bool {
	p, _ := l.match(ts, i, class)
	return p != nil
}

// at reports whether p matches at token i, which must be a token of p's
// bucket: the token is then the phrase's first unless p is case-sensitive,
// so only the tokens after it are compared.
func (p *phrase) at(ts []tok, i int) (int, bool) {
	if i+len(p.toks) > len(ts) {
		return i, false
	}
	if p.cs && normQuote(ts[i].raw) != p.toks[0] {
		return i, false
	}
	for j := 1; j < len(p.toks); j++ {
		t := &ts[i+j]
		if t.nl || (p.tight[j] && t.space) {
			return i, false
		}
		if !p.cs {
			if t.b != p.ids[j] {
				return i, false
			}
			continue
		}
		if normQuote(t.raw) != p.toks[j] {
			return i, false
		}
	}
	// A phrase that ends in letters must not run into more letters ("m" in "mm").
	end := i + len(p.toks)
	return end, true
}
