package claims

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// Finder finds claims. It is built once from a rule set and is safe for
// concurrent use: Run keeps its working state in a per-document value.
type Finder struct {
	cues     phraseIndex[*attrCue]   // attribution cues by first word
	nouns    phraseIndex[*attrCue]   // nominal cues ("claims", "plan") by first word
	commits  phraseIndex[*commitCue] // commitment cues by first word
	hedges   phraseIndex[string]     // hedge phrases by first word
	acts     map[string]bool         // cues that report an act when an amount is their object
	rebuts   phraseIndex[*attrCue]   // rebuttal cues ("denied") by first word
	views    phraseIndex[*attrCue]   // perspective cues that open a sentence ("To many, ...")
	vocab    map[string]int32        // an ID for each word of the phrase indexes
	rebutN   map[string]bool         // nouns naming what a rebuttal denies ("claim")
	titles   map[string]bool         // one-word person titles ("president"), which no name run crosses
	agents   map[string]bool         // nouns for people and bodies that can hold a stance ("officials")
	opens    map[string]string       // opening mark → closing mark
	toggles  map[string]bool         // marks that open and close
	wordMark bool                    // some mark starts with a letter or digit, so word tokens are tested too
	minQuote int                     // words an unattributed quote needs
	quoteID  string                  // rule id of the quotation marks

	events    map[string]bool // assertion event words
	eventAux  map[string]bool // auxiliaries before a past participle
	minAssert int
	assertID  string

	person   map[string]bool    // pronouns that refer to the latest person
	org      map[string]bool    // words that refer to the latest organization
	aux      map[string]bool    // words between a speaker and a cue
	boundary map[string]bool    // words that end a speaker phrase
	determ   map[string]bool    // words that open a noun phrase
	adverb   map[string]bool    // words that may open what follows a trailing cue
	leads    map[string]bool    // words before "to" whose subject acts the infinitive (attribution leads)
	near     map[string]bool    // adjectives of a source near the matter ("people close to")
	lex      *phr.Lexicon       // word classes of the phrase layer
	thatCue  *attrCue           // the rule of verbs read by their "that" clause alone
	reactCue *attrCue           // the rule of verbs read by a noun cue as their object
	nominals map[string]bool    // rule ids of the noun cues
	words    claimWords         // closed-class words of single constructions
	possess  []string           // possessive endings written as tokens ("'s"), from the name-word rules
	parties  map[string]bool    // initials that open a party tag ("R" of "R-Texas"), from the name-word rules
	sets     map[string]wordSet // the word sets above that each word is in
	activity map[string]bool    // inflected cues of the activity-verb lemmas ("proved", "moves to")
	gender   *genderLex         // words that tell a person's gender or a group's number
	time     timeLex            // words of a time phrase, which is no speaker
	shares   map[string]bool    // number words and fractions that count a share of people
	bodies   map[string]bool    // lower-case nouns for bodies, from the organization cues ("agency", "company")
	roles    map[string]bool    // one-word titles that head a role ("senator", "minister"), no modifier or honorific
}

// attrCue is one compiled attribution cue.
type attrCue struct {
	rule *rules.Attribution
	id   string
	base bool // the base form of a lemma, which may be a noun ("the attack")
	// notLabel holds the rule's NotLabels, lower-cased.
	notLabel map[string]bool
	// notBefore holds the rule's NotBefore words.
	notBefore map[string]bool
	// copulas and preps hold an attitude rule's Copulas and Prepositions.
	copulas, preps map[string]bool
}

// commitCue is one compiled commitment cue.
type commitCue struct {
	rule    *rules.Commitment
	id      string
	nouns   map[string]bool
	objects map[string]bool // cues that commit with a noun object
	clauses map[string]bool // cues that commit with a "that" clause, when the rule lists any
}

// New builds a Finder from the attribution, commitment, hedge, quote,
// assertion and claimant rules in set, and its person titles.
func New(set *rules.Set) (*Finder, error) {
	f := &Finder{
		cues: phraseIndex[*attrCue]{}, nouns: phraseIndex[*attrCue]{}, commits: phraseIndex[*commitCue]{}, hedges: phraseIndex[string]{},
		acts: map[string]bool{}, titles: map[string]bool{}, agents: map[string]bool{}, rebuts: phraseIndex[*attrCue]{}, views: phraseIndex[*attrCue]{}, rebutN: map[string]bool{}, opens: map[string]string{}, toggles: map[string]bool{}, minQuote: 5,
		events: map[string]bool{}, eventAux: map[string]bool{}, minAssert: 5,
		person: map[string]bool{}, org: map[string]bool{}, aux: map[string]bool{},
		boundary: map[string]bool{}, determ: map[string]bool{}, adverb: map[string]bool{}, near: map[string]bool{}, leads: map[string]bool{}, nominals: map[string]bool{},
	}
	f.words = newClaimWords(set)
	f.activity = activityForms(f.words)
	listed := listedCues(set.Attributions())
	for _, r := range set.Attributions() {
		f.addAttribution(r, listed)
	}
	for _, r := range set.Commitments() {
		c := &commitCue{rule: r, id: "commitment." + r.ID, nouns: setOf(r.Nouns), objects: setOf(r.Objects), clauses: setOf(r.Clauses)}
		for _, p := range r.Cues {
			f.commits.add(p, c)
		}
	}
	for _, r := range set.Hedges() {
		for _, p := range r.Words {
			f.hedges.add(p, "hedge."+r.ID)
		}
	}
	f.parties = map[string]bool{}
	for _, r := range set.NameWords() {
		f.possess = append(f.possess, r.Possessives...)
		for _, p := range r.PartyInitials {
			f.parties[p] = true
		}
	}
	f.addQuoteRules(set.Quotes())
	f.addAssertionRules(set.Assertions())
	if err := f.addClaimantRules(set.Claimants()); err != nil {
		return nil, err
	}
	f.roles = map[string]bool{}
	for _, r := range set.Titles() {
		for _, w := range r.Words {
			if !strings.Contains(w, " ") {
				f.titles[w] = true
				f.roles[w] = f.roles[w] || !r.Modifier && !r.Honorific
			}
		}
	}
	f.gender = newGenderLex(set)
	f.time = newTimeLex(set)
	f.shares = newShareWords(set)
	f.bodies = bodyNouns(set)
	if len(f.cues.byWord) == 0 {
		return nil, fmt.Errorf("claims: the rule set has no attribution cues")
	}
	f.lex = phraseLexicon(set)
	f.index()
	return f, nil
}

// index sorts the phrase indexes and derives the tables read per token.
func (f *Finder) index() {
	f.cues.sort()
	f.nouns.sort()
	f.commits.sort()
	f.hedges.sort()
	f.rebuts.sort()
	f.views.sort()
	f.numberPhrases()
	f.indexWordSets()
	for m := range f.opens {
		f.wordMark = f.wordMark || shapeOf(m, m)&shapeWord != 0
	}
	for m := range f.toggles {
		f.wordMark = f.wordMark || shapeOf(m, m)&shapeWord != 0
	}
}

// numberPhrases gives the first words of the phrase indexes IDs and indexes
// the phrases by them.
func (f *Finder) numberPhrases() {
	f.vocab = map[string]int32{}
	f.cues.addWords(f.vocab)
	f.nouns.addWords(f.vocab)
	f.commits.addWords(f.vocab)
	f.hedges.addWords(f.vocab)
	f.rebuts.addWords(f.vocab)
	f.views.addWords(f.vocab)
	f.cues.number(f.vocab)
	f.nouns.number(f.vocab)
	f.commits.number(f.vocab)
	f.hedges.number(f.vocab)
	f.rebuts.number(f.vocab)
	f.views.number(f.vocab)
}

// Run sets d.Claims from d.Text, d.Sentences, d.Tokens, d.Entities and d.Values.
func (f *Finder) Run(d *document.Document) error {
	d.Claims = nil
	if len(d.Tokens) == 0 || len(d.Sentences) == 0 {
		return nil
	}
	r := newRun(f, d)
	d.Claims = r.claims()
	r.release()
	return r.err
}

// claims runs every pass over the document and returns its claims.
func (r *run) claims() []document.Claim {
	r.findQuotes()
	r.labels()
	r.leadLabels()
	for s := range r.sents {
		if r.err = r.d.Check(); r.err != nil {
			return nil
		}
		r.frames(s)
	}
	r.sources()
	r.perspectives()
	r.colonRuns()
	r.blockQuotes()
	r.quoteClaims()
	r.assertions()
	return r.finish()
}

// finish resolves claimants, hedges and ids, and returns the claims in text order.
func (r *run) finish() []document.Claim {
	r.dropShadowed()
	// Claimants are resolved in reading order, so pronouns can fall back on earlier speakers.
	order := make([]int, len(r.drafts))
	for i := range order {
		order[i] = i
	}
	sortByPos(r.drafts, order)
	for _, k := range order {
		r.resolve(k)
		r.noteSpeaker(k)
		r.noteNominal(k)
	}
	r.nestedVias(order)
	// The drafts in text order, ties in the order they were read, by index:
	// a draft is too large a value to move about while sorting.
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, r.byContent)
	out := make([]document.Claim, 0, len(r.drafts))
	var seen claimKeys
	budget, spent := document.ClaimBudget(len(r.text)), 0
	for _, i := range order {
		dr := &r.drafts[i]
		if dr.content.Len() <= 0 || !seen.add(dr) {
			continue
		}
		// Bound: nested attributions make claims that each hold the rest of
		// the sentence; stop before their text outgrows the document's.
		if spent += dr.content.Len(); spent > budget {
			r.err = fmt.Errorf("%w: claim text over %d times the text", document.ErrOverBudget, document.ClaimTextFactor)
			return nil
		}
		c := document.Claim{
			ID:       "c" + strconv.Itoa(len(out)+1),
			Kind:     dr.kind,
			Claimant: dr.claimant,
			Span:     dr.content,
			Text:     r.text[dr.content.Start:dr.content.End],
			Sentence: r.sentenceSpan(dr),
			Cue:      dr.cue,
			Via:      dr.via,
			Hedged:   dr.hedged || r.hedged(dr),
			Rule:     dr.rule,
		}
		c.Entities = r.entitiesIn(dr.content)
		c.Values = r.valuesIn(dr.content)
		out = append(out, c)
	}
	return out
}

// byContent orders drafts i and j by where their content starts, then
// ends; of two readings of the same words, the one naming its source comes
// first, and is the one kept.
func (r *run) byContent(i, j int) int {
	a, b := r.drafts[i].content, r.drafts[j].content
	if c := cmp.Compare(a.Start, b.Start); c != 0 {
		return c
	}
	if c := cmp.Compare(a.End, b.End); c != 0 {
		return c
	}
	switch ci, cj := r.drafts[i].claimant != nil, r.drafts[j].claimant != nil; {
	case ci && !cj:
		return -1
	case cj && !ci:
		return 1
	}
	return 0
}

// claimKeys holds the keys of the claims kept so far, a claim's key being
// its content span, its kind and, for a denial, where its cue starts: a
// denial of the claim just made is a claim of its own. Drafts come sorted by
// content span, so the kinds kept for the current span are a few bits, and
// only denials need a set.
type claimKeys struct {
	span    document.Span
	kinds   uint8 // bit kindRank: a claim of that kind, not a denial, was kept with span
	denials map[[4]int]bool
}

// add reports whether d's key is new, and notes it.
func (k *claimKeys) add(d *draft) bool {
	rank := kindRank(d.kind)
	if d.rebuts && d.cueSpan.Start != -1 { // -1 would be the key of a claim that is no denial
		key := [4]int{d.content.Start, d.content.End, rank, d.cueSpan.Start}
		if k.denials[key] {
			return false
		}
		if k.denials == nil {
			k.denials = map[[4]int]bool{}
		}
		k.denials[key] = true
		return true
	}
	if d.content != k.span {
		k.span, k.kinds = d.content, 0
	}
	if k.kinds&(1<<rank) != 0 {
		return false
	}
	k.kinds |= 1 << rank
	return true
}

func kindRank(k string) int {
	switch k {
	case document.Quote:
		return 0
	case document.Reported:
		return 1
	case document.Commitment:
		return 2
	}
	return 3
}

func setOf(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[w] = true
	}
	return m
}

// phraseIndex holds phrases by their first word, longest first, and once
// numbered, by the vocabulary ID of that word, so a run matches tokens
// without hashing their text, and compares the later words by ID.
type phraseIndex[T any] struct {
	byWord map[string][]phrase[T]
	byID   [][]phrase[T]
}

type phrase[T any] struct {
	words []string
	ids   []int32 // the vocabulary ID of each word, once numbered
	val   T
}

func (p *phraseIndex[T]) add(s string, v T) {
	if p.byWord == nil {
		p.byWord = map[string][]phrase[T]{}
	}
	w := strings.Fields(s)
	p.byWord[w[0]] = append(p.byWord[w[0]], phrase[T]{words: w, val: v})
}

// addWords gives each word of p's phrases that vocab lacks the next ID.
func (p *phraseIndex[T]) addWords(vocab map[string]int32) {
	for _, list := range p.byWord {
		for _, ph := range list {
			for _, w := range ph.words {
				if _, ok := vocab[w]; !ok {
					vocab[w] = int32(len(vocab))
				}
			}
		}
	}
}

// number indexes p's phrases by the IDs vocab gives their first words.
func (p *phraseIndex[T]) number(vocab map[string]int32) {
	p.byID = make([][]phrase[T], len(vocab))
	for w, list := range p.byWord {
		p.byID[vocab[w]] = list
		for k := range list {
			list[k].ids = make([]int32, len(list[k].words))
			for n, w := range list[k].words {
				list[k].ids[n] = vocab[w]
			}
		}
	}
}

func (p *phraseIndex[T]) sort() {
	for _, list := range p.byWord {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	}
}
