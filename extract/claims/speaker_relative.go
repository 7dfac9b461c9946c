package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// maxRelativeClause is the most tokens from a relative pronoun to the noun
// phrase that ends just before the cue: "advisers who have run the numbers say".
const maxRelativeClause = 10

// relativeHead finds the speaker when the noun phrase starting at token ns
// closes a relative clause that modifies the real subject: in "senior
// advisers who have run the numbers say", the numbers are the object of the
// clause and the advisers speak. It walks back from ns over lower-case words
// to a relative pronoun right after a noun phrase for people or bodies, and
// returns the whole phrase, clause included, up to token k: the clause tells
// which advisers.
func (r *run) relativeHead(ns, k, a int) (tokenSpan, bool) {
	if r.subjectPronoun(ns) || r.subjectPronoun(k) {
		return tokenSpan{}, false // the subject of a clause of its own: "who smiled as they"
	}
	j := ns - 1
	for ; j > a && j >= ns-maxRelativeClause; j-- {
		if r.isLower(j) && r.relativeOpener(j) {
			break
		}
		if !r.isWord(j) && !r.isPossessive(j) || r.quoteOf[j] >= 0 {
			return tokenSpan{}, false
		}
	}
	if j <= a || j < ns-maxRelativeClause || !r.relativeOpener(j) || j+1 >= ns {
		return tokenSpan{}, false
	}
	hs, ok := r.relativeAntecedent(j, a)
	if !ok {
		return tokenSpan{}, false
	}
	return tokenSpan{hs, k + 1}, true
}

// relativeThat reports whether "that" at token k, right before a cue and
// its auxiliaries, is a subject relative: a name or a noun for people,
// bodies or findings comes before it ("a group that says", "the report
// that found"), where a verb's "that" opens its complement.
func (r *run) relativeThat(k int) bool {
	p := k - 1
	if !r.word(rules.WordRelativeThat, k) || p < 0 || !r.isWord(p) || r.isPossessive(p) {
		return false
	}
	if r.isLower(p) && (r.verbAt(p) || r.wordClass(p).Has(functionClasses) || r.participleForm(p) || r.endsWith(rules.WordGerundEnd, p)) {
		return false // "said that", "so that", "given that", "saying that"
	}
	if r.isCap(p) {
		m := r.mentionIn(r.span(p, p+1))
		return m >= 0 && !isPlace(r.d.Entities[r.mentions[m].ent].Type) // "a PAC that", not "industries in California that"
	}
	head := tokenSpan{p, p + 1}
	return r.agent(head) || r.evidenceSource(head) // "a group that says", not "a turn that called to mind"
}

// relativeOpener reports whether token k opens a relative clause: a subject
// relative ("who", "which") or another relative pronoun ("whose homes").
func (r *run) relativeOpener(k int) bool {
	return r.word(rules.WordSubjectRelative, k) || r.wordClass(k).Has(phr.Relative)
}

// relativeAntecedent returns the first token of the noun phrase for people
// or bodies that ends just before the relative pronoun at token j.
func (r *run) relativeAntecedent(j, a int) (int, bool) {
	h := j - 1
	if h < a || !r.isWord(h) {
		return 0, false
	}
	hs := r.npBack(h, a)
	if hs > h || !r.validNP(hs, h+1) || !r.agent(tokenSpan{hs, h + 1}) {
		return 0, false
	}
	if hs < h && r.verbForm(hs) {
		return 0, false // a participle opens a clause, not a noun phrase: "Boasting 108,000 residents who"
	}
	return hs, true
}

// relativeClaimant is the claimant of a speaker phrase at tokens [s, e) whose
// head a relative clause modifies ("executives who have worked with the
// founder"): the phrase itself, since a name inside the clause is not the
// speaker. It returns nil when no relative pronoun follows the head.
func (r *run) relativeClaimant(s, e int) *document.Claimant {
	for k := s + 1; k < e-1; k++ {
		if r.isLower(k) && r.word(rules.WordSubjectRelative, k) {
			if hs, ok := r.relativeAntecedent(k, s); ok && hs == s {
				return r.phraseClaimant(s, e)
			}
		}
	}
	return nil
}

// relativeSubject returns the antecedent of a speaker phrase that is a
// lone relative pronoun, the subject of a later verb of its clause: in
// "said Ana Ruiz, a former aide, who was at the dinner and recalled ...",
// "who" of "recalled" is Ana Ruiz, read as a cue right after "who" would
// read its speaker.
func (r *run) relativeSubject(spk tokenSpan) (tokenSpan, bool) {
	k := spk[0]
	if spk[1]-k != 1 || !r.word(rules.WordSubjectRelative, k) {
		return tokenSpan{}, false
	}
	s := r.sentOf(k)
	if s < 0 {
		return tokenSpan{}, false
	}
	a := r.sents[s][0]
	sp, ok := r.speakerBefore(k+1, a)
	if !ok || sp[1] > k {
		return tokenSpan{}, false
	}
	if name, ok := r.nameBeforeAppositive(sp[0], a, r.word(rules.WordPersonRelative, k)); ok {
		return name, true // "said Ana Ruiz, a former aide, who ...": the aide is Ana Ruiz
	}
	return sp, true
}

// nameBeforeAppositive returns the name that ends right before the comma
// opening the appositive in which token k lies, or false: a person's after
// a relative for people ("Ana Ruiz, a former aide, who"), an
// organization's after one for things ("the Harbour Trust, a charity,
// which").
func (r *run) nameBeforeAppositive(k, a int, person bool) (tokenSpan, bool) {
	p := k - 1
	for p > a && p >= k-appositiveWindow && (r.isWord(p) || r.isPossessive(p)) {
		p--
	}
	if p <= a || !r.is(p, ",") || !r.isCap(p-1) || !r.appositivePhrase(p+1, k) {
		return tokenSpan{}, false
	}
	x := p - 1
	for x > a && r.isCap(x-1) {
		x--
	}
	m := r.mentionIn(r.span(x, p))
	if m < 0 {
		return tokenSpan{}, false
	}
	if typ := r.d.Entities[r.mentions[m].ent].Type; person && typ != document.Person || !person && typ != document.Org {
		return tokenSpan{}, false
	}
	return tokenSpan{x, p}, true
}

// appositivePhrase reports whether tokens [c, e) can be a noun phrase set
// off after a name: no verb group ("At the port, pilots can flag ..."), no
// name and verb of a clause ("In an interview, Ruiz said any candidate"),
// no relative clause, and no opening participle, preposition or
// subordinator ("Ruiz, compared with 64 percent").
func (r *run) appositivePhrase(c, e int) bool {
	if r.lowerIn(c, e, phr.Be|phr.Auxiliary|phr.Modal) {
		return false
	}
	if c < e && r.isLower(c) && r.wordClass(c).Has(phr.Participle|phr.Gerund|phr.Preposition|phr.Subordinator) {
		return false
	}
	for k := c; k < e; k++ {
		if r.word(rules.WordSubjectRelative, k) || k > c && r.isCap(k-1) && r.isLower(k) && r.wordClass(k).Has(phr.Verb) {
			return false
		}
	}
	return true
}

// relativeChunk trims speaker phrase spk, which ends before "who" (and a
// comma) right before the cue at token i of sentence s, to the words after
// the last preposition in it ("of" aside) or the last verb the parse finds
// after an auxiliary: those belong to the clause the antecedent sits in
// ("would help the shippers, who want", "among dock workers who believe"). A verb
// without an auxiliary is left alone, since the parse may read an
// adjective so ("seasoned pilots who").
func (r *run) relativeChunk(s int, spk tokenSpan, i int) tokenSpan {
	a := r.sents[s][0]
	k := r.skipAuxBack(i-1, a)
	if k <= a || !r.isLower(k) || !r.word(rules.WordPersonRelative, k) {
		return spk
	}
	h := r.beforePronoun(k)
	if h < a || spk[1] != h+1 {
		return spk
	}
	p := r.phrasesOf(s)
	for t := h; t >= spk[0]; t-- {
		c := p.ChunkOf[t-a]
		verb := c >= 0 && p.Chunks[c].Kind == phr.VerbGroup && p.Chunks[c].Head == t-a && r.auxiliaryVerb(p, p.Chunks[c])
		prep := r.isLower(t) && r.wordClass(t).Has(phr.Preposition) && !r.word(rules.WordGroupOf, t) &&
			!r.agent(tokenSpan{spk[0], t}) // a phrase on a speaker noun stays: "a senior analyst at the bank, who"
		if verb || prep {
			if t == h {
				return spk
			}
			return tokenSpan{t + 1, spk[1]}
		}
	}
	return spk
}

// auxiliaryVerb reports whether verb group c of parse p has a modal or an
// auxiliary before its head and no form of "be", which may instead come
// before a predicate noun the parse reads as a verb ("has been dock workers").
func (r *run) auxiliaryVerb(p *phr.Parse, c phr.Chunk) bool {
	if c.Head <= c.Start || !p.Classes[c.Start].Has(phr.Modal|phr.Auxiliary) {
		return false
	}
	for k := c.Start; k < c.End; k++ {
		if p.Classes[k].Has(phr.Be) {
			return false
		}
	}
	return true
}

// beforePronoun returns the last token of the phrase a relative pronoun at
// token k hangs on: the token before it, or before the comma that sets
// the clause off ("Holt, who").
func (r *run) beforePronoun(k int) int {
	if k-1 >= 0 && r.is(k-1, ",") {
		return k - 2
	}
	return k - 1
}
