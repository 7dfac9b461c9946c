package entities

import (
	"sort"
	"strings"

	"github.com/claimex/claimex/document"
)

// maxRoleModifiers is the most tokens from an article to the role noun it
// opens: "a Chinese state-owned group".
const maxRoleModifiers = 6

// roles finds definite descriptions that refer back to an organization named
// earlier ("the company", "the Chinese technology giant", "the
// Shenzhen-headquartered conglomerate") and adds them to that organization as
// aliases and mentions. A role noun whose rule lists the words it refers to
// ("agency" → Agency, Interpol) names the organization bearing one of them
// that is named most often so far; other role nouns name the organization
// named last where it can be a subject.
// Titles refer back to people the same way: "the chairman" is the latest
// person given that title.
func (w *work) roles(ents []document.Entity) {
	if !w.f.roleMentions {
		return
	}
	// Made here, the maps stay on the stack.
	rs := roleScan{covered: w.coveredTokens(), named: map[string]int{}, kinds: map[int]map[string]bool{}}
	w.orgKinds(rs.kinds)
	for _, s := range w.sents {
		if s.caps {
			continue
		}
		for i := s.a; i < s.b; i++ {
			if w.toks[i].sp.is(definiteLow) {
				i = w.roleReference(ents, &rs, s, i)
			}
		}
	}
	for e := range ents {
		for _, spans := range [][]document.Span{ents[e].Mentions, ents[e].References} {
			sort.Slice(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
		}
	}
}

// roleScan is what roles keeps while it reads a document.
type roleScan struct {
	covered []int32                 // token → entity of the name covering it (see coveredTokens)
	named   map[string]int          // role noun → the entity it named first
	kinds   map[int]map[string]bool // entity → the role nouns after its name (see orgKinds)
}

// orgKinds notes in kinds, by entity, the role nouns written after its
// name: an organization's kind ("the GMB union", "the Keep Our Parks
// campaign group").
func (w *work) orgKinds(kinds map[int]map[string]bool) {
	for _, m := range w.ms {
		if m.ent >= 0 && m.b < len(w.toks) && !w.toks[m.b].cap && w.toks[m.b].sp.is(roleLow) {
			if kinds[m.ent] == nil {
				kinds[m.ent] = map[string]bool{}
			}
			kinds[m.ent][w.toks[m.b].lower()] = true
		}
	}
}

// roleReference adds the definite description opened by the article at
// token i of sentence s to the person or organization it refers to. It
// returns the token the description ends at, or i when there is none.
func (w *work) roleReference(ents []document.Entity, rs *roleScan, s sent, i int) int {
	j := w.roleNounAt(ents, rs, s, i)
	if w.personRole(ents, s, i) {
		return i
	}
	if j >= s.b || j > i+5 || !w.toks[j].sp.is(roleLow) {
		return i
	}
	// "the company Huawei": the name itself follows.
	if j+1 < s.b && w.toks[j+1].cap {
		return i
	}
	e := w.roleReferent(ents, rs, i, j)
	if e < 0 || w.introducedSince(ents[e].Mentions, s.a, i, j) {
		return i
	}
	w.addReference(&ents[e], i, j)
	return j
}

// roleNounAt returns the token of the role noun after the article at token
// i, past ordinary words and places or nationalities, or where the search
// stopped.
func (w *work) roleNounAt(ents []document.Entity, rs *roleScan, s sent, i int) int {
	j := i + 1
	for ; j < s.b && j <= i+5; j++ {
		t := &w.toks[j]
		if t.sp.is(roleLow) && !t.cap {
			break
		}
		if e := rs.covered[j]; e >= 0 && (ents[e].Type == document.NORP || ents[e].Type == document.GPE) {
			continue
		}
		if t.cap || !t.letters || t.sp.is(neverLow) {
			j = s.b
			break
		}
	}
	return j
}

// roleReferent returns the entity the role noun at token j, after the
// article at token i, refers to, or -1, and notes it as the noun's.
func (w *work) roleReferent(ents []document.Entity, rs *roleScan, i, j int) int {
	e := -1
	if ref, ok := w.f.lx.refers[w.toks[j].lower()]; ok {
		e = w.latestOrg(ents, w.d.Tokens[i].Span.Start, ref.words, rs.kinds, w.toks[j].lower())
		if e < 0 && ref.fallback {
			e = w.subjectOrg(ents, w.d.Tokens[i].Span.Start, rs.kinds)
		}
	} else if prev, ok := rs.named[w.toks[j].lower()]; ok {
		// One article's "the company" is one company.
		e = prev
	} else {
		e = w.subjectOrg(ents, w.d.Tokens[i].Span.Start, rs.kinds)
	}
	if e >= 0 {
		rs.named[w.toks[j].lower()] = e
	}
	return e
}

// addReference adds the tokens [i,last] to the entity as a reference, and
// their text, its article in lower case, as an alias.
func (w *work) addReference(ent *document.Entity, i, last int) {
	span := document.Span{Start: w.d.Tokens[i].Span.Start, End: w.d.Tokens[last].Span.End}
	alias := w.toks[i].lower() + w.d.Text[w.d.Tokens[i].Span.End:span.End]
	ent.References = append(ent.References, span)
	if !contains(ent.Aliases, alias) {
		ent.Aliases = append(ent.Aliases, alias)
	}
}

// coveredTokens returns, for each token, the entity of the last name
// mention covering it, or -1: build has given every mention its entity.
func (w *work) coveredTokens() []int32 {
	covered := make([]int32, len(w.toks))
	for i := range covered {
		covered[i] = -1
	}
	for _, m := range w.ms {
		for i := m.a; i < m.b; i++ {
			covered[i] = int32(m.ent)
		}
	}
	return covered
}

// salientOrg returns the organization with the most name mentions before
// offset pos, ties going to the latest, or -1.
func (w *work) salientOrg(ents []document.Entity, pos int) int {
	return w.mostMentionedOrg(ents, pos, func(int) bool { return true })
}

// mostMentionedOrg returns, among the organizations (news media aside)
// that keep accepts, the one with the most name mentions before offset
// pos, ties going to the latest; or -1.
func (w *work) mostMentionedOrg(ents []document.Entity, pos int, keep func(e int) bool) int {
	best, bestN, bestLast := -1, 0, -1
	for e := range ents {
		if ents[e].Type != document.Org || w.f.media[ents[e].Name] || !keep(e) {
			continue
		}
		n, last := 0, -1
		for _, sp := range ents[e].Mentions {
			if sp.End <= pos {
				n++
				last = max(last, sp.Start)
			}
		}
		if n > 0 && (n > bestN || n == bestN && last > bestLast) {
			best, bestN, bestLast = e, n, last
		}
	}
	return best
}

// subjectOrg returns the organization named last before offset pos where
// it can be the subject of a sentence: not after a preposition ("the
// network arm of BT Group plc", "a researcher at Acme"), a bracket or a
// comma; else the one named last; with none, the organization most in
// view. Public bodies ("European Commission") are left out throughout.
func (w *work) subjectOrg(ents []document.Entity, pos int, kinds map[int]map[string]bool) int {
	best, bestAt := -1, -1
	latest, latestAt := -1, -1 // the latest, wherever it stands
	for _, m := range w.ms {
		if m.ent < 0 || ents[m.ent].Type != document.Org || w.f.media[ents[m.ent].Name] || w.d.Tokens[m.b-1].Span.End > pos || w.publicBody(&ents[m.ent]) || w.otherKind(kinds[m.ent]) {
			continue
		}
		if m.a > latestAt {
			latest, latestAt = m.ent, m.a
		}
		k := m.a - 1
		if k >= 0 && w.toks[k].sp.is(articleLow) {
			k--
		}
		if k >= 0 && (w.toks[k].sp.is(clauseLow) || w.toks[k].sp.text == "(" || w.toks[k].sp.text == ",") {
			continue
		}
		if m.a > bestAt {
			best, bestAt = m.ent, m.a
		}
	}
	switch {
	case best >= 0:
		return best
	case latest >= 0:
		return latest
	}
	return w.mostMentionedOrg(ents, pos, func(e int) bool { return !w.publicBody(&ents[e]) })
}

// latestOrg returns, among the organizations named before offset pos whose
// name or an alias holds one of words ("the agency" → "Interpol", "the
// union" → "Nordic Pilots' Union"), the one named most often, ties going
// to the latest; or -1.
func (w *work) latestOrg(ents []document.Entity, pos int, words map[string]bool, kinds map[int]map[string]bool, noun string) int {
	return w.mostMentionedOrg(ents, pos, func(e int) bool { return w.namedBy(&ents[e], words) || kinds[e][noun] })
}

// namedBy reports whether the first or last word of the entity's name or
// an alias, or a head before its "of", is in words ("Nordic Pilots' Union", "Department of Health"; not
// "Bristol City Council" for a club).
func (w *work) namedBy(ent *document.Entity, words map[string]bool) bool {
	for _, f := range append([]string{ent.Name}, ent.Aliases...) {
		xs := strings.FieldsFunc(f, func(r rune) bool { return r == ' ' || r == '\'' || r == '’' })
		if len(xs) > 0 && (words[xs[0]] || words[xs[len(xs)-1]]) {
			return true
		}
		// "Royal College of Nursing": a head before its "of".
		for k := 1; k+1 < len(xs); k++ {
			if words[xs[k]] && w.f.lx.fn.joiner(xs[k+1]) {
				return true
			}
		}
	}
	return false
}

// personRole links "the [modifiers] title" at token i to the latest person
// named before it whose titles end in the same word, and reports whether it did.
func (w *work) personRole(ents []document.Entity, s sent, i int) bool {
	j := i + 1
	for j < s.b && w.toks[j].sp.is(modifierLow) && w.titleAt(j, s.b) == 0 {
		j++
	}
	if j >= s.b || w.toks[j].cap {
		return false
	}
	l := w.titleAt(j, s.b)
	if l == 0 {
		return false
	}
	end := j + l
	// "the chairman, Ken Hu" and "the chairman Ken Hu" name the person themselves.
	if end < s.b && (w.toks[end].cap || w.toks[end].sp.text == "," && end+1 < s.b && w.toks[end+1].cap) {
		return false
	}
	role := w.toks[j].lower()
	for k := j + 1; k < end; k++ {
		role += " " + w.toks[k].lower()
	}
	pos := w.d.Tokens[i].Span.Start
	best, bestLast := -1, -1
	for e := range ents {
		if ents[e].Type != document.Person {
			continue
		}
		match := false
		for _, t := range ents[e].Titles {
			if t == role || strings.HasSuffix(t, " "+role) { // "the minister" is the prime minister, "the finance minister" not
				match = true
			}
		}
		if !match {
			continue
		}
		for _, sp := range ents[e].Mentions {
			if sp.End <= pos && sp.Start > bestLast {
				best, bestLast = e, sp.Start
			}
		}
	}
	if best < 0 {
		return false
	}
	w.addReference(&ents[best], i, end-1)
	return true
}

// publicBody reports whether an organization's name holds a word of public
// bodies ("European Commission", "Africa Centres for Disease Control"),
// which business role nouns ("the company") never name.
func (w *work) publicBody(ent *document.Entity) bool {
	for _, x := range strings.Fields(ent.Name) {
		if w.f.lx.public[x] {
			return true
		}
	}
	return false
}

// otherKind reports whether an organization was called by a role noun that
// is no business's ("the GMB union"): business role nouns never name it.
func (w *work) otherKind(kinds map[string]bool) bool {
	for k := range kinds {
		if ref, ok := w.f.lx.refers[k]; ok && !ref.fallback {
			return true
		}
	}
	return false
}

// introducedSince reports whether the role noun at token j, after the
// definite article at token i, was introduced by an indefinite article
// earlier in its sentence, which starts at token a, and after the last of
// the mentions that start before i: "a Chinese state-owned group ...,
// although the group denied" is that group, not a Group named paragraphs
// before.
func (w *work) introducedSince(mentions []document.Span, a, i, j int) bool {
	pos := w.d.Tokens[i].Span.Start
	last := -1
	for _, m := range mentions {
		if m.Start < pos && m.Start > last {
			last = m.Start
		}
	}
	fn := &w.f.lx.fn
	noun := w.toks[j].lower()
	for k := i - 1; k >= a && w.d.Tokens[k].Span.Start > last; k-- {
		if w.toks[k].cap || w.toks[k].lower() != noun {
			continue
		}
		if !w.headsPhrase(k) {
			return false // a modifier of another noun: "a committee aide"
		}
		for x := k - 1; x >= 0 && x >= k-maxRoleModifiers; x-- {
			low := w.toks[x].lower()
			if fn.article[low] {
				return !fn.definite[low]
			}
			if fn.clause[low] || fn.relative[low] || fn.owner[low] {
				return false
			}
		}
		return false
	}
	return false
}

// headsPhrase reports whether the noun at token k heads its noun phrase
// rather than modifying a role or a title after it ("a committee aide").
func (w *work) headsPhrase(k int) bool {
	if k+1 >= len(w.toks) || !w.toks[k+1].letters || w.toks[k+1].cap {
		return true
	}
	next := w.toks[k+1].sp
	return !next.is(roleLow) && !next.is(titleLow)
}
