package phrase

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

// Kind is the kind of a chunk.
type Kind uint8

// Chunk kinds.
const (
	NounPhrase Kind = iota + 1
	VerbGroup
)

// Chunk is a noun phrase or a verb group: tokens [Start, End) of the parsed
// slice, with the index of its head token.
type Chunk struct {
	Kind       Kind
	Start, End int
	// Head is the noun of a noun phrase ("spokesman" in "the company's
	// spokesman") and the main verb of a verb group ("insisted" in "has
	// repeatedly insisted").
	Head int
	// Then is the verb after "to" in a verb group such as "is believed to
	// have", "appears to be"; -1 when there is none.
	Then int
	// Clause is the index of the chunk's clause in [Parse.Clauses].
	Clause int
	// Negated, Passive, Modal and Perfect describe a verb group: "did not
	// say", "was reported", "could say", "has said".
	Negated, Passive, Modal, Perfect bool
}

// Clause is a run of tokens [Start, End) opened by a punctuation mark, a
// subordinator, a relative pronoun or a coordinator before a verb group
// (Opener, -1 for the sentence's first clause).
type Clause struct {
	Start, End int
	Opener     int
	// By is the opener's word class: [Punctuation], [Subordinator],
	// [Relative] or [Coordinator]; 0 for the first clause.
	By Class
}

// Parse is the phrase structure of one run of tokens.
type Parse struct {
	Tokens  []document.Token
	Chunks  []Chunk
	Clauses []Clause
	// Classes holds each token's word classes.
	Classes []Class
	// ChunkOf holds each token's chunk index, -1 outside every chunk.
	ChunkOf []int
}

// Parse fills p with the phrase structure of tokens, typically one
// sentence's, reusing p's slices.
func (l *Lexicon) Parse(tokens []document.Token, p *Parse) {
	l.ParseClassed(tokens, func(i int) Class { return l.Class(tokens[i].Text) }, p)
}

// ParseClassed is Parse for a caller that knows each token's lexicon
// classes: class(i) must return l.Class(tokens[i].Text), which a caller
// parsing many sentences of one text can look up once per spelling.
func (l *Lexicon) ParseClassed(tokens []document.Token, class func(i int) Class, p *Parse) {
	p.Tokens = tokens
	p.Chunks = p.Chunks[:0]
	p.Clauses = p.Clauses[:0]
	p.Classes = p.Classes[:0]
	p.ChunkOf = p.ChunkOf[:0]
	for i, t := range tokens {
		c := class(i)
		name := i > 0 || i+1 < len(tokens) && isCapitalized(tokens[i+1].Text)
		if name && isCapitalized(t.Text) && c.Has(Modal|Verb|Participle|Adverb) {
			c &^= Modal | Verb | Participle | Adverb // a name: "Will", "May", "Read"
		}
		if isPossessive(t.Text) && i > 0 && p.Classes[i-1].Has(Subject|Subordinator) {
			c = Be // "it's", "that's"
		}
		if t.Text == "." && i > 0 && l.abbrev[tokens[i-1].Text] && tokens[i-1].End == t.Start {
			c = AbbreviationPeriod
		}
		if c == 0 && !isWord(t.Text) && !currencySign(t.Text) {
			c = Punctuation // but "$" opens an amount: "raised $57 million"
		}
		p.Classes = append(p.Classes, c)
		p.ChunkOf = append(p.ChunkOf, -1)
	}
	p.chunk()
	p.clauses()
}

// open reports whether a token of classes c can be a content word.
func open(c Class) bool {
	return !c.Has(Determiner | Pronoun | Preposition | Auxiliary | Be | Modal | Negation |
		Subordinator | Relative | Coordinator | Infinitive | Punctuation)
}

// chunk finds the noun phrases and verb groups.
func (p *Parse) chunk() {
	n := len(p.Tokens)
	for i := 0; i < n; {
		if j, ok := p.verbGroup(i); ok {
			i = j
			continue
		}
		if j := p.nounPhrase(i); j > i {
			i = j
			continue
		}
		i++
	}
}

// add appends a chunk and marks its tokens.
func (p *Parse) add(c Chunk) {
	for k := c.Start; k < c.End; k++ {
		p.ChunkOf[k] = len(p.Chunks)
	}
	p.Chunks = append(p.Chunks, c)
}

// afterNoun reports whether the chunk before token i is a noun phrase that
// ends right there, or only adverbs come between.
func (p *Parse) afterNoun(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if p.ChunkOf[k] >= 0 {
			return p.Chunks[p.ChunkOf[k]].Kind == NounPhrase
		}
		if !p.Classes[k].Has(Adverb) || p.Classes[k].Has(Punctuation) {
			return false
		}
	}
	return false
}

// verbGroup reads a verb group starting at i, leading adverbs included:
// auxiliaries, modals, negation and adverbs, then the main verb, then
// optionally "to" and another group.
func (p *Parse) verbGroup(i int) (int, bool) {
	c := Chunk{Kind: VerbGroup, Start: i, Head: -1, Then: -1}
	if p.Classes[i].Has(Infinitive) && i+1 < len(p.Tokens) && p.infinitiveVerb(i+1) {
		// "to" and a verb: "tried to downplay", "to be".
		end, ok := p.verbCore(i+1, &c)
		if !ok {
			c.Head, end = i+1, i+2
		}
		c.End = end
		p.add(c)
		return end, true
	}
	end, ok := p.verbCore(i, &c)
	if !ok {
		return i, false
	}
	c.End = end
	if end+1 < len(p.Tokens) && p.Classes[end].Has(Infinitive) && p.infinitiveVerb(end+1) {
		var then Chunk
		if e, ok := p.verbCore(end+1, &then); ok {
			c.Then, c.End = then.Head, e
		} else {
			c.Then, c.End = end+1, end+2
		}
	}
	p.add(c)
	return c.End, true
}

// verbCore reads auxiliaries, modals, negation and adverbs from i, then the
// main verb, setting c's head and flags. A verb with no auxiliary counts only
// if it is a listed verb, or a participle right after a noun phrase.
func (p *Parse) verbCore(i int, c *Chunk) (int, bool) {
	n := len(p.Tokens)
	aux, be, lastAux := false, false, -1
	k := i
	for ; k < n; k++ {
		cl := p.Classes[k]
		switch {
		case cl.Has(Negation):
			c.Negated = true
		case cl.Has(Modal):
			c.Modal, aux, lastAux = true, true, k
		case cl.Has(Be):
			be, aux, lastAux = true, true, k
		case cl.Has(Auxiliary):
			c.Perfect, aux, lastAux = true, true, k
			be = false
		case cl.Has(Adverb) && open(cl&^Adverb):
		default:
			goto main
		}
	}
main:
	if k < n && open(p.Classes[k]) && isWord(p.Tokens[k].Text) && (k == 0 || !isCapitalized(p.Tokens[k].Text)) &&
		(aux || p.finite(k)) {
		c.Head = k
		c.Passive = be && p.Classes[k].Has(Participle)
		return k + 1, true
	}
	if lastAux < 0 {
		return i, false
	}
	// A copula or auxiliary alone: "is a problem", "has a plan".
	c.Head = lastAux
	return lastAux + 1, true
}

// finite reports whether the open word at k is a verb without an auxiliary:
// a listed verb after the first token, or a participle after a noun phrase,
// a subject pronoun, a subordinator or a relative pronoun; never an "-ing"
// form.
func (p *Parse) finite(k int) bool {
	cl := p.Classes[k]
	if !cl.Has(Verb|Participle) && !(k > 0 && p.Classes[k-1].Has(Subject) && !isCapitalized(p.Tokens[k].Text)) {
		return false
	}
	if k == 0 || cl.Has(Gerund) {
		return false // "Reports say" opens with a noun; "-ing" needs an auxiliary
	}
	prev := p.Classes[k-1]
	if prev.Has(Determiner) || isNumber(p.Tokens[k-1].Text) && !p.ratio(k-1) || p.possessiveAt(k-1) {
		return false // "the reported attack", "30 states", "Trump's attacks"
	}
	return cl.Has(Verb) || prev.Has(Subject|Subordinator|Relative) || p.afterNoun(k)
}

// ratio reports whether the number at k ends a phrase of a word, a
// preposition and this number ("4 in 10", "nine out of 10", "one in 3", "a
// poll of 1,000"): a whole noun phrase, which no noun after it modifies, so
// a listed verb there is finite.
func (p *Parse) ratio(k int) bool {
	j := k - 1
	for j > 0 && p.Classes[j].Has(Preposition) && k-j < 3 {
		j--
	}
	return j < k-1 && j >= 0 && isWord(p.Tokens[j].Text) && (open(p.Classes[j]) || p.Classes[j].Has(Pronoun) && !p.Classes[j].Has(Subject))
}

// infinitiveVerb reports whether the token at k, after "to", starts a verb:
// an auxiliary, a listed verb or a lower-case open word that is not a plural.
func (p *Parse) infinitiveVerb(k int) bool {
	cl := p.Classes[k]
	if cl.Has(Auxiliary | Be | Verb | Negation) {
		return true
	}
	w := p.Tokens[k].Text
	if !open(cl) || !isWord(w) || isCapitalized(w) {
		return false
	}
	return w[len(w)-1] != 's' || len(w) > 2 && w[len(w)-2] == 's'
}

// nounPhrase reads a noun phrase at i: a pronoun alone, or an optional
// determiner and a run of content words, joined across possessive "'s".
func (p *Parse) nounPhrase(i int) int {
	n := len(p.Tokens)
	if p.Classes[i].Has(Pronoun) && !p.Classes[i].Has(Determiner) {
		p.add(Chunk{Kind: NounPhrase, Start: i, End: i + 1, Head: i, Then: -1})
		return i + 1
	}
	k := i
	if p.Classes[k].Has(Determiner) {
		k++
	}
	head := -1
	for k < n {
		cl := p.Classes[k]
		w := p.Tokens[k].Text
		switch {
		case p.possessiveAt(k) && head >= 0, cl == AbbreviationPeriod && head >= 0:
			k++
			continue
		case !open(cl) || !isWord(w):
		case cl.Has(Verb|Participle) && head >= 0 && !p.possessiveAt(k-1) && p.finiteInside(k):
		case cl.Has(Adverb) && head >= 0 && k+1 < n && p.Classes[k+1].Has(Verb) && !p.Classes[k+1].Has(Gerund):
			// After the head noun an adverb goes with the verb after it: "The
			// poll also showed".
		case cl.Has(Adverb):
			k++ // a modifier only: "the newly elected"
			continue
		default:
			head = k
			k++
			continue
		}
		break
	}
	if head < 0 {
		return i
	}
	p.add(Chunk{Kind: NounPhrase, Start: i, End: head + 1, Head: head, Then: -1})
	return head + 1
}

// finiteInside reports whether a verb-like word at k, inside a run of
// content words, ends the noun phrase before it: it does unless a content
// word follows that it could modify ("the company reported profits" and
// "the firm hired Lee" end, "a revised estimate" does not).
func (p *Parse) finiteInside(k int) bool {
	prev := p.Classes[k-1]
	if prev.Has(Adverb) {
		// "the newly elected president", but "Ms. Malik likely raised": an
		// adverb after a name goes with the verb.
		return k >= 2 && p.afterName(k-1) && !isCapitalized(p.Tokens[k].Text)
	}
	if k+1 >= len(p.Tokens) || p.afterName(k) || p.afterNameAndWords(k) || p.afterDeterminedNoun(k) {
		return true
	}
	next := p.Classes[k+1]
	return !open(next) || isCapitalized(p.Tokens[k+1].Text) || next.Has(Verb|Participle) || !isWord(p.Tokens[k+1].Text) ||
		p.Classes[k].Has(Verb)
}

// afterDeterminedNoun reports whether the lower-case participle at k
// follows lower-case content words that a determiner opens: "the
// harbour committee raised funds". A participle that modifies a noun comes right
// after the determiner ("a revised estimate") or an adverb.
func (p *Parse) afterDeterminedNoun(k int) bool {
	if k < 2 || isCapitalized(p.Tokens[k].Text) || !p.Classes[k].Has(Participle) || p.Classes[k].Has(Gerund) {
		return false
	}
	j := k - 1
	for j > 0 && k-j <= maxNounsBeforeVerb && open(p.Classes[j]) && isWord(p.Tokens[j].Text) && !isCapitalized(p.Tokens[j].Text) &&
		!p.Classes[j].Has(Participle|Gerund|Verb) {
		j--
	}
	return j < k-1 && p.Classes[j].Has(Determiner)
}

// maxNounsBeforeVerb is the most lower-case words between a determiner and
// a past form that afterDeterminedNoun reads as a noun phrase and its verb.
const maxNounsBeforeVerb = 3

// afterName reports whether the lower-case verb-like word at k follows a
// capitalized content word, a name: "Ms. Malik raised less suspicion". A
// name is not modified by a participle the way "a revised estimate" is.
func (p *Parse) afterName(k int) bool {
	w, prev := p.Tokens[k].Text, p.Tokens[k-1].Text
	return !isCapitalized(w) && isCapitalized(prev) && !p.Classes[k-1].Has(Participle|Gerund|Adverb|Verb)
}

// afterNameAndWords reports whether the lower-case verb-like word at k
// follows lower-case content words after a capitalized content word that
// no determiner opens: "Ms. Malik likely raised", "Obama administration
// officials raised". A phrase opened by a name takes no participle as a
// modifier the way "a revised estimate" does.
func (p *Parse) afterNameAndWords(k int) bool {
	if isCapitalized(p.Tokens[k].Text) {
		return false
	}
	j := k - 1
	for j > 0 && open(p.Classes[j]) && isWord(p.Tokens[j].Text) && !isCapitalized(p.Tokens[j].Text) && !p.Classes[j].Has(Verb|Participle|Gerund) {
		j--
	}
	if j == k-1 || !isCapitalized(p.Tokens[j].Text) || !open(p.Classes[j]) || p.Classes[j].Has(Participle|Gerund|Verb) {
		return false
	}
	return j == 0 || !p.Classes[j-1].Has(Determiner)
}

// clauses splits the tokens at punctuation, subordinators, relative
// pronouns, and coordinators or prepositional subordinators ("as", "since")
// before a clause's verb group.
func (p *Parse) clauses() {
	cur := Clause{Opener: -1}
	for i, cl := range p.Classes {
		by := Class(0)
		switch {
		case cl.Has(Punctuation) && !p.possessiveAt(i):
			by = Punctuation
		case cl.Has(Relative) && i > 0:
			by = Relative
		case cl.Has(Subordinator) && !cl.Has(Preposition|Adverb|Determiner):
			by = Subordinator
		case cl.Has(Subordinator|Coordinator) && p.verbFollows(i+1):
			by = cl & (Subordinator | Coordinator)
			if by.Has(Subordinator) {
				by = Subordinator
			}
		}
		if by == 0 || i == 0 {
			continue
		}
		if by == Punctuation && cur.Opener == i-1 && p.doubledMark(i) {
			cur.Opener = i // the second half of a doubled mark opens nothing new
			continue
		}
		cur.End = i
		p.Clauses = append(p.Clauses, cur)
		cur = Clause{Start: i, Opener: i, By: by}
	}
	cur.End = len(p.Classes)
	p.Clauses = append(p.Clauses, cur)
	ci := 0
	for i := range p.Chunks {
		for p.Chunks[i].Start >= p.Clauses[ci].End {
			ci++
		}
		p.Chunks[i].Clause = ci
	}
}

// verbFollows reports whether a verb group starts at token k, or after one
// noun phrase there.
func (p *Parse) verbFollows(k int) bool {
	if k >= len(p.ChunkOf) || p.ChunkOf[k] < 0 {
		return false
	}
	c := p.Chunks[p.ChunkOf[k]]
	if c.Kind == VerbGroup {
		return true
	}
	return c.End < len(p.ChunkOf) && p.ChunkOf[c.End] >= 0 && p.Chunks[p.ChunkOf[c.End]].Kind == VerbGroup
}

// isNumber reports whether a token starts with a digit.
// currencySign reports whether s is a currency symbol: "$", "£", "€".
func currencySign(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && unicode.Is(unicode.Sc, r)
}

func isNumber(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// isWord reports whether a token starts with a letter or digit.
func isWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isCapitalized reports whether a token starts with an upper-case letter.
func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isPossessive reports whether a token is the possessive ending "'s".
func isPossessive(s string) bool {
	return len(s) >= 2 && s[len(s)-1] == 's' && (s[0] == '\'' || s == "’s" || s == "‘s")
}

// possessiveAt reports whether the token at k is a possessive ending: "'s",
// or the apostrophe alone that follows a word in s with no space and comes
// before the next word ("Sanders' allies", "the Joneses’ house"). An
// apostrophe after an open single quotation mark closes it instead.
func (p *Parse) possessiveAt(k int) bool {
	t := p.Tokens[k]
	if isPossessive(t.Text) {
		return true
	}
	if t.Text != "'" && t.Text != "’" || k == 0 || k+1 >= len(p.Tokens) {
		return false
	}
	prev, next := p.Tokens[k-1], p.Tokens[k+1]
	if prev.End != t.Start || next.Start == t.End || !strings.HasSuffix(prev.Text, "s") || !isWord(next.Text) {
		return false
	}
	open := 0
	for _, u := range p.Tokens[:k] {
		switch u.Text {
		case "‘":
			open++
		case "’":
			open = max(open-1, 0)
		}
	}
	return open == 0
}

// doubledMark reports whether token i repeats the mark right before it with
// nothing between them, as the two apostrophes typed for a double
// quotation mark do.
func (p *Parse) doubledMark(i int) bool {
	a, b := p.Tokens[i-1], p.Tokens[i]
	return a.Text == b.Text && a.End == b.Start
}
