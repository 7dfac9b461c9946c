package claims

import (
	"sort"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// Token windows of the frames. Each bounds how far a frame looks for one
// part of its construction, which also keeps the work per cue constant.
const (
	// contentWindow is the most tokens a content after a leading frame
	// (a participle's, a noun cue's) runs, or is searched for a comma.
	contentWindow = 80
	// clauseBackWindow is how far back from a cue the clause it speaks for
	// is searched for the semicolon or colon that opens it.
	clauseBackWindow = 60
	// trailingBackWindow is how far back from a trailing frame its content
	// is searched for the semicolon or colon that opens it.
	trailingBackWindow = 200
	// trailingTailWindow is the most tokens after a trailing frame's cue
	// read before the comma or quotation mark that ends the frame.
	trailingTailWindow = 60
	// maxTrailingAdverbial is the most tokens of an adverbial between a
	// trailing frame and the end of its sentence.
	maxTrailingAdverbial = 10
	// maxQuotedAdverbial is maxTrailingAdverbial for a frame after a
	// quotation, whose content cannot run on past its cue.
	maxQuotedAdverbial = 30
	// maxOpeningPhrase is the most words of an opening phrase before the
	// subject (one starting with an adverb or participle), which is no content.
	maxOpeningPhrase = 10
	// longLeadWords is the number of words before a trailing frame above
	// which a determiner after the frame opens an appositive, not content.
	longLeadWords = 12
	// quoteResumeWindow is how many tokens after the comma that closes a
	// trailing frame a quotation may open and still continue its content.
	quoteResumeWindow = 8
	// apposedNameWindow bounds the tokens of a name in apposition after an
	// inverted cue's role noun phrase (the name has at most one fewer).
	apposedNameWindow = 7
	// npForwardWindow bounds the tokens of a noun phrase read forward from
	// an inverted cue, and of the name after a role run.
	npForwardWindow = 10
	// roleRunWindow bounds the lower-case modifiers before a name ("retired
	// neurosurgeon").
	roleRunWindow = 4
	// dashAsideWindow bounds the tokens of an aside set off by dashes
	// between a subject and its cue.
	dashAsideWindow = 40
	// partyTagWindow bounds the tokens of a party tag in parentheses.
	partyTagWindow = 8
	// draftsBack is how many of the latest drafts a frame checks for the
	// one it joins, continues or rebuts.
	draftsBack = 50
	// nearbyDrafts is how many drafts on either side of a coordinated frame
	// may have their content cut where its speaker starts.
	nearbyDrafts = 8
	// speakerLeadWindow bounds the function words between a comma and the
	// speaker of a coordinated frame.
	speakerLeadWindow = 6
	// coordinatorWindow bounds how far before a token the words opening a
	// coordinated clause are looked for (up to five words).
	coordinatorWindow = 6
	// speakerCueGap is the most tokens between a speaker and its cue in a
	// frame that is a clause of its own.
	speakerCueGap = 8
	// clauseSubjectWords is the most words of the subject noun phrase before
	// the auxiliary of a clause.
	clauseSubjectWords = 4
	// clauseFollowsWords is the most words of the subject before a modal or
	// a form of "be" or "have" in a clause that follows a cue.
	clauseFollowsWords = 3
	// coordinatedNameWords is the most capitalized words of each name joined
	// into a plural subject.
	coordinatedNameWords = 3
	// commitNounWindow is the default window after a commitment cue in which
	// one of its object nouns must appear, when the rule sets none.
	commitNounWindow = 6
	// commitSubjectWindow is the most tokens from the start of a content to
	// the modal that commits its subject.
	commitSubjectWindow = 5
	// amountWindow is how far after a cue, or after an amount, the amount of
	// an act or the "to" of its purpose is looked for.
	amountWindow = 6
	// causeMarkerWindow bounds how far after a comma and its opening word the
	// conjunction of a clause of cause is looked for.
	causeMarkerWindow = 5
	// labelWords is the most upper-case words of a transcript speaker label.
	labelWords = 3
	// rebuttalCueWindow bounds the words of the subject between the noun of a
	// rebuttal (or its relative pronoun) and the denial cue.
	rebuttalCueWindow = 6
	// thatWindow is how many tokens after an impersonal passive cue its
	// "that" may come (after a time phrase or a "by" agent).
	thatWindow = 8
	// dateWords bounds the capitalized or numeric words of a date after a
	// preposition of time (at most one fewer).
	dateWords = 4
	// contentStartWindow is how many tokens after a cue the "that", colon,
	// quotation or comma that starts its content is looked for.
	contentStartWindow = 12
	// maxPossessorAdjectives is the most adjectives between a possessor
	// and the noun cue it owns.
	maxPossessorAdjectives = 2
	// shortTitleWords bounds the words of a quoted title (a programme's
	// name) that a content search after a cue skips (at most one fewer).
	shortTitleWords = 4
)

// frames finds the attribution and commitment frames of sentence s. Frames
// whose speaker follows the content ("..., a source said.") are found first,
// so that the content of a frame before them ends where they start.
func (r *run) frames(s int) {
	a, b := r.sents[s][0], r.sents[s][1]
	first := len(r.drafts)
	stops, used := r.trailingFrames(s)
	for i := a; i < b; i++ {
		for len(used) > 0 && used[0] < i {
			used = used[1:]
		}
		if r.quoteOf[i] >= 0 || len(used) > 0 && used[0] == i {
			continue
		}
		for len(stops) > 0 && stops[0] <= i {
			stops = stops[1:]
		}
		limit := b
		if len(stops) > 0 {
			limit = stops[0]
		}
		i = r.frameAt(s, i, limit, first) - 1
	}
	r.thatClauses(s, first)
	r.reactions(s, first)
	r.cutAtSpeakers(first)
	r.endAtMainClause(s, first)
	r.endRelativeContents(s, first)
	r.dropListenerOnly(s, first)
	r.dropAdjunctContents(s, first)
	r.endObjects(s, first)
	r.leadingEvidence(s, first)
	r.questions(s, first)
	for k := first; k < len(r.drafts); k++ {
		r.markClaimed(r.drafts[k].content)
		r.markClaimed(r.drafts[k].cueSpan)
	}
}

// trailingFrames reads the frames of sentence s whose speaker follows their
// content. It returns the sorted tokens where those frames start and the
// cue tokens they used, in order.
func (r *run) trailingFrames(s int) (stops, used []int) {
	a, b := r.sents[s][0], r.sents[s][1]
	for i := a; i < b; i++ {
		if r.quoteOf[i] >= 0 {
			continue
		}
		ac, j, ok := match(r, r.f.cues, i, b)
		if !ok || !r.cueOK(i, ac) || r.otherSense(ac, j) {
			continue
		}
		if (ac.rule.After || ac.rule.Inverted) && !ac.rule.Source && !ac.rule.Passive {
			if pre, ok := r.afterFrame(s, i, j, ac); ok {
				stops = append(stops, pre)
				for t := i; t < j; t++ {
					used = append(used, t) // every word of the cue: "has said"
				}
			}
		}
		i = j - 1
	}
	sort.Ints(stops)
	return stops, used
}

// frameAt reads the frame whose cue starts at token i of sentence s, with
// its content ending by limit: a rebuttal after a comma, a commitment, a noun
// cue or a speech cue. It returns the token to read on from.
func (r *run) frameAt(s, i, limit, first int) int {
	b := r.sents[s][1]
	if r.is(i, ",") {
		if j, ok := r.rebuttal(s, i, first); ok {
			return j
		}
	}
	if cc, j, ok := match(r, r.f.commits, i, b); ok && r.commitment(s, i, j, limit, first, cc) {
		return j
	}
	if nc, j, ok := match(r, r.f.nouns, i, b); ok && r.nominal(s, i, j, limit, nc) {
		return j
	}
	ac, j, ok := match(r, r.f.cues, i, b)
	if !ok || !r.cueOK(i, ac) || r.otherSense(ac, j) {
		return i + 1
	}
	if _, e, ok := match(r, r.f.hedges, i, b); ok && e > j {
		return e // a hedge that starts with the cue: "asked not to be named"
	}
	r.cueFrame(s, i, j, limit, first, ac)
	return j
}

// cueFrame reads the frame of the speech cue [i, j) by its rule's kind.
func (r *run) cueFrame(s, i, j, limit, first int, ac *attrCue) {
	switch {
	case ac.rule.Source:
	case ac.rule.Attitude:
		r.attitude(s, i, j, limit, ac)
	case ac.rule.Complement:
		r.complement(s, i, j, limit, ac)
	case ac.rule.Passive:
		r.passive(s, i, j, limit, ac)
	case ac.rule.Subject:
		r.unsourced(s, i, j, limit, ac)
	case r.activity(s, i, j, ac):
	case r.openingGerund(i):
		if ac.rule.Participial || ac.rule.Before {
			r.openingParticiple(s, i, j, limit, ac)
		}
	case ac.rule.Participial:
		if n := len(r.drafts); r.participle(s, i, j, limit, first, ac) && len(r.drafts) > n {
			r.cutAtComma(&r.drafts[n])
		}
	case ac.rule.Before:
		if r.passiveAgent(s, i, j, limit, ac) || r.reducedRelative(s, i, j) {
			return // a participle on the noun before it: "A report released Monday found"
		}
		if !r.participle(s, i, j, limit, first, ac) && !r.prepParticiple(s, i, j, limit, ac) {
			n := len(r.drafts)
			if r.beforeFrame(s, i, j, limit, first, ac) || len(r.drafts) > n {
				return
			}
			if ac.rule.Agent {
				r.coordinatedVerb(s, i, j, limit, ac)
			} else if !r.apposed(s, i, j, limit, ac) && !r.coordinatedVerb(s, i, j, limit, ac) {
				r.subjectSpeech(s, i, j, limit, ac)
			}
		}
	}
}

// openingGerund reports whether token i is a participle that opens its
// sentence, capitalized, and no name: "Citing costs, the mayor ...".
func (r *run) openingGerund(i int) bool {
	s := r.sentOf(i)
	return s >= 0 && i == r.sents[s][0] && r.isCap(i) && r.endsWith(rules.WordGerundEnd, i) && r.mentionIn(r.toks[i].Span) < 0
}

// sharesBefore reports whether a share of people ends right before the
// base form at token i: "50 percent believe", "42% say".
func (r *run) sharesBefore(i int) bool {
	s := r.sentOf(i)
	if s < 0 {
		return false
	}
	_, ok := r.amountSubject(i-1, r.sents[s][0])
	return ok
}

// pluralNoun reports whether token k is a word with a plural ending that
// is no determiner, a subject that licenses a base form after it.
func (r *run) pluralNoun(k int) bool {
	return k >= 0 && r.isWord(k) && r.endsWith(rules.WordPluralEnd, k) && !r.endsWith(rules.WordSingularEnd, k) && !r.in(setDeterm, k)
}

// quantifierSubject reports whether token k is a quantifier standing alone
// as a subject ("Most believe", "Others call it", "they both think"): it
// opens its sentence or clause, or follows a subject pronoun.
func (r *run) quantifierSubject(k int) bool {
	if k < 0 || !r.quantifier(k) {
		return false
	}
	s := r.sentOf(k)
	if s < 0 {
		return false
	}
	if a := r.sents[s][0]; k == a || r.pastOpenings(a, k+1) == k {
		return true // "Most believe", "But few believe"
	}
	return !r.isWord(k-1) || r.isLower(k-1) && (r.in(setBoundary, k-1) || r.subjectPronoun(k-1))
}

// beforeAside returns the token before an aside that closes at token k, set
// off by dashes or commas ("economists - including a few at the Fed - warn"),
// or -1 when k closes none.
func (r *run) beforeAside(k int) int {
	s := r.sentOf(k)
	if s < 0 {
		return -1
	}
	a := r.sents[s][0]
	if p := r.dashAsideStart(k, a); p > a {
		return p - 1
	}
	if k <= a || !r.is(k, ",") || r.quoteOf[k] >= 0 {
		return -1
	}
	for p := k - 1; p > a && p > k-dashAsideWindow; p-- {
		switch {
		case r.is(p, ","):
			if r.words(p+1, k) > 0 && r.quoteOf[p] < 0 {
				return p - 1
			}
			return -1
		case r.isOpen(p) || r.isClose(p) || r.is(p, ".;:"):
			return -1
		}
	}
	return -1
}

// add appends a draft and returns its index.
func (r *run) add(kind string, spk tokenSpan, content document.Span, i, j int, rule string, region int, hedged bool) int {
	d := draft{kind: kind, speaker: spk, inherit: -1, content: content, rule: rule, region: region, hedged: hedged}
	if i < j {
		d.cueSpan = r.span(i, j)
		d.cue = r.text[d.cueSpan.Start:d.cueSpan.End]
	}
	if len(r.drafts) == cap(r.drafts) {
		// Doubled rather than grown by append's quarter, so a long text's
		// drafts are copied a few times, not a dozen.
		r.drafts = append(make([]draft, 0, 2*cap(r.drafts)+8), r.drafts...)
	}
	r.drafts = append(r.drafts, d)
	if region >= 0 && r.quotes[region].claim < 0 {
		r.quotes[region].claim = len(r.drafts) - 1
	}
	return len(r.drafts) - 1
}

// namedEntity reports whether the speaker tokens are a person or
// organization mention.
func (r *run) namedEntity(spk tokenSpan) bool {
	m := r.mentionIn(r.span(spk[0], spk[1]))
	if m < 0 {
		return false
	}
	t := r.d.Entities[r.mentions[m].ent].Type
	return t == document.Person || t == document.Org
}

// isSourceAt reports whether a source cue ("according to") starts at token i.
func (r *run) isSourceAt(i, end int) bool {
	ac, _, ok := match(r, r.f.cues, i, end)
	return ok && ac.rule.Source
}
