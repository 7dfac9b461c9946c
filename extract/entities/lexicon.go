package entities

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/segment"
	"github.com/claimex/claimex/rules"
)

// gazEntry is one form of a gazetteer name.
type gazEntry struct {
	typ   string
	group int  // index of the named thing; forms of one thing share it
	fold  bool // entry of the case-folded table
}

// phraseSet holds word sequences (token texts joined by a space) with the
// longest length per first word, for longest-match lookups.
type phraseSet struct {
	set    map[string]bool
	maxLen map[string]int // first word → most words in a phrase starting with it
}

func newPhraseSet() phraseSet {
	return phraseSet{set: map[string]bool{}, maxLen: map[string]int{}}
}

func (p phraseSet) add(words []string) {
	if len(words) == 0 {
		return
	}
	p.set[strings.Join(words, " ")] = true
	if len(words) > p.maxLen[words[0]] {
		p.maxLen[words[0]] = len(words)
	}
}

// lexicon is everything the finder knows from the rule set. It is read-only
// after New.
type lexicon struct {
	gaz      gazTable     // exact forms
	gazFold  gazTable     // lower-cased forms, for all-capitals text
	gazMax   wordTable    // first token → longest form in tokens (exact)
	gazMaxF  wordTable    // same, lower case
	gazFull  []string     // group → full form
	country  map[int]bool // groups that are countries (national teams stay places)
	titles   phraseSet    // lower case
	honor    map[string]bool
	modifier map[string]bool
	suffix   map[string]bool
	head     map[string]bool
	role     map[string]bool
	refers   map[string]roleRef // role noun → the organizations it names
	plSuffix map[string]bool
	plHead   map[string]bool
	event    map[string]bool
	clubHead map[string]bool
	product  map[string]bool
	// moneyPrefix holds the letters of currency symbols written before a
	// sign ("HK" of "HK$", "NZ" of "NZ$"), which are no names there.
	moneyPrefix map[string]string
	// eventFold holds the event suffixes in lower case ("grand prix",
	// "marathon"), for events named by their place: "the Brussels grand prix".
	eventFold map[string]bool
	town      map[string]bool
	calendar  map[string]bool // day and month names and their abbreviations
	generic   map[string]bool // words for bodies and directions in general ("government", "north")
	company   map[string]bool // suffixes of companies ("Airways", "Mining", "Ltd")
	legal     map[string]bool // legal forms ("Ltd", "Co.", "A/S")
	public    map[string]bool // words of public bodies' names ("Commission", "Ministry")
	apart     map[string]bool // words of a state's bodies that a nationality before them stays out of ("Ministry")
	common    wordTable       // common words; the values are unused
	never     map[string]bool
	given     wordTable      // first names of the gender packs, as written: "Elizabeth"
	before    map[string]cue // lower-case phrase before a name
	after     map[string]cue // lower-case phrase after a name
	cueMax    int
	// beforeMax and afterMax map the first words of the cues to the most
	// words of a cue starting with them.
	beforeMax, afterMax map[string]int
	// textSets and lowSets index the words of the sets some questions ask
	// of, with their answers as bits (see indexSets).
	textSets, lowSets wordTable
	sportHead         map[string]bool
	// sportHeadMax is the longest sport name in words ("motor racing").
	sportHeadMax int
	sportWord    map[string]bool
	fn           nameWords
}

// nameWords are the function words and word parts of names, by role (see
// rules.NameWord).
type nameWords struct {
	of, for_, and, or, particle, hyphenParticle, possessive map[string]bool
	article, owner, definite, relative, clause, namePrefix  map[string]bool
	monthSurname, syllable                                  map[string]bool
	// the is the definite article role references are written with.
	the string
	// Word endings, in pack order: of verb forms and adverbs, of nouns in
	// -ing, of plurals, of plurals after a sibilant and of those stems, and
	// of nationality words that take a plural ending.
	inflectedEnd, gerundEnd, pluralEnd, sibilantPlural, sibilantStem, nationalityPlural []string
	// stems take inflected endings off a word.
	stems []rules.Stem
}

func newNameWords(set *rules.Set) nameWords {
	sets := func(pick func(n *rules.NameWord) []string) map[string]bool {
		m := map[string]bool{}
		for _, n := range set.NameWords() {
			for _, w := range pick(n) {
				m[w] = true
			}
		}
		return m
	}
	fw := nameWords{
		of:             sets(func(n *rules.NameWord) []string { return n.Of }),
		for_:           sets(func(n *rules.NameWord) []string { return n.For }),
		and:            sets(func(n *rules.NameWord) []string { return n.And }),
		or:             sets(func(n *rules.NameWord) []string { return n.Or }),
		particle:       sets(func(n *rules.NameWord) []string { return n.Particles }),
		hyphenParticle: sets(func(n *rules.NameWord) []string { return n.HyphenParticles }),
		possessive:     sets(func(n *rules.NameWord) []string { return n.Possessives }),
		article:        sets(func(n *rules.NameWord) []string { return n.Articles }),
		owner:          sets(func(n *rules.NameWord) []string { return n.Owners }),
		definite:       sets(func(n *rules.NameWord) []string { return n.Definite }),
		relative:       sets(func(n *rules.NameWord) []string { return n.Relatives }),
		clause:         sets(func(n *rules.NameWord) []string { return n.ClauseWords }),
		namePrefix:     sets(func(n *rules.NameWord) []string { return n.NamePrefixes }),
		monthSurname:   sets(func(n *rules.NameWord) []string { return n.MonthSurnames }),
		syllable:       sets(func(n *rules.NameWord) []string { return n.Syllables }),
	}
	for _, n := range set.NameWords() {
		if len(n.Definite) > 0 && fw.the == "" {
			fw.the = n.Definite[0]
		}
		fw.inflectedEnd = append(fw.inflectedEnd, n.InflectedEndings...)
		fw.gerundEnd = append(fw.gerundEnd, n.GerundEndings...)
		fw.pluralEnd = append(fw.pluralEnd, n.PluralEndings...)
		fw.sibilantPlural = append(fw.sibilantPlural, n.SibilantPlurals...)
		fw.sibilantStem = append(fw.sibilantStem, n.SibilantStems...)
		fw.nationalityPlural = append(fw.nationalityPlural, n.NationalityPlurals...)
		fw.stems = append(fw.stems, n.Stems...)
	}
	return fw
}

// endsWith reports whether w ends with one of endings.
func endsWith(w string, endings []string) bool {
	for _, e := range endings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// inflected reports whether a lower-case word ends like a verb form or an
// adverb ("introducing", "revealed", "reportedly").
func (f *nameWords) inflected(w string) bool {
	return len(w) > 5 && endsWith(w, f.inflectedEnd)
}

// plural reports whether w ends like a plural.
func (f *nameWords) plural(w string) bool { return endsWith(w, f.pluralEnd) }

// singular returns w without its first plural ending, and whether it had one.
func (f *nameWords) singular(w string) (string, bool) {
	for _, e := range f.pluralEnd {
		if s, ok := strings.CutSuffix(w, e); ok {
			return s, true
		}
	}
	return w, false
}

// determiner reports whether w is an article or a possessive determiner.
func (f *nameWords) determiner(w string) bool { return f.article[w] || f.owner[w] }

// joiner reports whether w joins a head to what follows ("of", "for").
func (f *nameWords) joiner(w string) bool { return f.of[w] || f.for_[w] }

// roleRef says which organizations a role noun names: those with one of
// words in their name, else (with fallback) the one most in view.
type roleRef struct {
	words    map[string]bool
	fallback bool
}

// cue is what a context word says about a name.
type cue struct {
	typ    string
	weak   bool
	sports bool
	single bool
	multi  bool
	// fixture joins two sides of a fixture: it holds for long names too.
	fixture bool
}

// words splits a phrase into the token texts the segmenter would produce.
func words(s string) []string {
	toks := segment.Tokens(s, document.Span{Start: 0, End: len(s)}, nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// givenNames returns how many first names the gender packs of set hold.
func givenNames(set *rules.Set) int {
	n := 0
	for _, g := range set.Genders() {
		n += len(g.Names)
	}
	return n
}

func newLexicon(set *rules.Set) (*lexicon, error) {
	gazs := set.Gazetteers()
	names, common := 0, 0
	for _, g := range gazs {
		names += len(g.Names)
	}
	for _, c := range set.CommonWords() {
		for _, item := range c.Words {
			common += strings.Count(item, " ") + 1
		}
	}
	// Names have a few variants each; sizing the maps once saves rehashing
	// tens of thousands of keys at start-up.
	lx := &lexicon{
		gaz: newGazTable(2 * names), gazFold: newGazTable(2 * names),
		gazMax: newWordTable(names), gazMaxF: newWordTable(names),
		titles: newPhraseSet(), honor: map[string]bool{}, modifier: map[string]bool{},
		suffix: map[string]bool{}, head: map[string]bool{}, role: map[string]bool{}, refers: map[string]roleRef{},
		plSuffix: map[string]bool{}, plHead: map[string]bool{}, event: map[string]bool{}, clubHead: map[string]bool{}, product: map[string]bool{}, eventFold: map[string]bool{}, moneyPrefix: map[string]string{}, town: map[string]bool{}, calendar: map[string]bool{}, generic: map[string]bool{}, company: map[string]bool{}, legal: map[string]bool{}, public: map[string]bool{}, apart: map[string]bool{},
		common: newWordTable(common), never: map[string]bool{}, given: newWordTable(givenNames(set)),
		before: map[string]cue{}, after: map[string]cue{}, beforeMax: map[string]int{}, afterMax: map[string]int{},
		sportHead: map[string]bool{}, sportWord: map[string]bool{},
		country: map[int]bool{},
		fn:      newNameWords(set),
	}
	for _, g := range set.Genders() {
		for _, name := range g.Names {
			lx.given.put(name, 1)
		}
	}
	// Hand-written lists come before the generated city list, so that
	// "Toyota" is the company and not the city, and names learned from
	// annotated news come last: they only type names no list knows.
	sort.SliceStable(gazs, func(i, j int) bool { return gazs[i].Rank() < gazs[j].Rank() })
	for _, g := range gazs {
		typ := g.Type
		for _, name := range g.Names {
			vs := rules.Variants(name)
			group := len(lx.gazFull)
			// A form listed in another entry joins that entry: "N. Korea" and "North Korea|DPRK".
			for _, v := range vs {
				if e, ok := lx.gaz.get(strings.Join(words(v), " ")); ok && e.typ == typ {
					group = e.group
					break
				}
			}
			if group == len(lx.gazFull) {
				lx.gazFull = append(lx.gazFull, vs[0])
			}
			if g.Class == rules.GazetteerCountry {
				lx.country[group] = true
			}
			for _, v := range vs {
				ws := words(v)
				if len(ws) == 0 {
					return nil, fmt.Errorf("entities: gazetteer %s: name %q has no words", g.ID, v)
				}
				key := strings.Join(ws, " ")
				if !lx.gaz.has(key) {
					lx.gaz.put(key, gazEntry{typ: typ, group: group})
					if len(ws) > lx.gazMax.at(ws[0]) {
						lx.gazMax.put(ws[0], len(ws))
					}
				}
				if typ == "NORP" && len(ws) == 1 && endsWith(v, lx.fn.nationalityPlural) {
					lx.addNationalityPlurals(v, typ, group)
				}
				lw := lowerAll(ws)
				lkey := strings.Join(lw, " ")
				if !lx.gazFold.has(lkey) {
					lx.gazFold.put(lkey, gazEntry{typ: typ, group: group, fold: true})
					if len(lw) > lx.gazMaxF.at(lw[0]) {
						lx.gazMaxF.put(lw[0], len(lw))
					}
				}
			}
		}
	}
	for _, t := range set.Titles() {
		for _, w := range t.Words {
			lw := lowerAll(words(w))
			switch {
			case t.Honorific:
				lx.honor[strings.Join(lw, " ")] = true
			case t.Modifier:
				lx.modifier[strings.Join(lw, " ")] = true
			default:
				lx.titles.add(lw)
			}
		}
	}
	for _, o := range set.OrgCues() {
		m := map[string]map[string]bool{"suffix": lx.suffix, "head": lx.head, "role": lx.role,
			"place-suffix": lx.plSuffix, "place-head": lx.plHead, "event-suffix": lx.event, "club-head": lx.clubHead, "product-suffix": lx.product, "town-suffix": lx.town}[o.Position]
		for _, w := range o.Words {
			if o.Position == "role" {
				// A phrase's last word is its head: "central bank" → bank.
				ws := strings.Fields(strings.ToLower(w))
				if len(ws) == 0 {
					continue
				}
				head := ws[len(ws)-1]
				m[head] = true
				if len(o.Refers) > 0 {
					ref := roleRef{words: map[string]bool{}, fallback: o.Fallback}
					for _, r := range o.Refers {
						ref.words[r] = true
					}
					lx.refers[head] = ref
				}
				continue
			}
			m[w] = true
			if o.Apart {
				lx.apart[w] = true
			}
			if o.Position == "event-suffix" {
				lx.eventFold[strings.ToLower(w)] = true
			}
			switch o.Class {
			case rules.SuffixPublic:
				lx.public[w] = true
				for _, e := range lx.fn.pluralEnd {
					lx.public[w+e] = true // the plural: "Commissions"
				}
			case rules.SuffixLegal:
				lx.company[w] = true
				lx.legal[w] = true
			case rules.SuffixBusiness:
				lx.company[w] = true
			}
		}
	}
	for _, c := range set.CommonWords() {
		for _, item := range c.Words {
			for _, w := range strings.Fields(item) {
				if c.Never {
					lx.never[strings.ToLower(w)] = true
				} else {
					lx.common.put(strings.ToLower(w), 1)
				}
				switch c.Class {
				case rules.CommonCalendar:
					lx.calendar[strings.ToLower(w)] = true
				case rules.CommonGeneric:
					lx.generic[strings.ToLower(w)] = true
				}
			}
		}
	}
	for _, n := range set.NameCues() {
		c := cue{typ: n.Type, weak: n.Weak, sports: n.Sports, single: n.Single, multi: n.Multi, fixture: n.Fixture}
		for _, w := range n.Before {
			k := strings.Join(lowerAll(words(w)), " ")
			if _, dup := lx.before[k]; !dup {
				lx.before[k] = c
				addCueBound(lx.beforeMax, k)
			}
			lx.cueMax = max(lx.cueMax, len(words(w)))
		}
		for _, w := range n.After {
			k := strings.Join(lowerAll(words(w)), " ")
			if _, dup := lx.after[k]; !dup {
				lx.after[k] = c
				addCueBound(lx.afterMax, k)
			}
			lx.cueMax = max(lx.cueMax, len(words(w)))
		}
	}
	for _, c := range set.Currencies() {
		for _, sym := range c.Symbols {
			ws := words(sym)
			if len(ws) == 2 && utf8.RuneCountInString(ws[0]) > 1 && !strings.ContainsAny(ws[1], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
				lx.moneyPrefix[ws[0]] = ws[1]
			}
		}
	}
	for _, t := range set.Topics() {
		for _, w := range t.Headline {
			ws := lowerAll(words(w))
			lx.sportHead[strings.Join(ws, " ")] = true
			lx.sportHeadMax = max(lx.sportHeadMax, len(ws))
		}
		for _, w := range t.Words {
			lx.sportWord[strings.ToLower(w)] = true
		}
	}
	lx.indexSets()
	return lx, nil
}

// addCueBound notes in table the words of the cue k, under its first word.
func addCueBound(table map[string]int, k string) {
	first, _, _ := strings.Cut(k, " ")
	table[first] = max(table[first], strings.Count(k, " ")+1)
}

// addNationalityPlurals lists the plurals of the nationality word v:
// "Iraqis", "Palestinians".
func (lx *lexicon) addNationalityPlurals(v, typ string, group int) {
	for _, e := range lx.fn.pluralEnd {
		pl := v + e
		if lx.gaz.has(pl) {
			continue
		}
		lx.gaz.put(pl, gazEntry{typ: typ, group: group})
		lx.gazFold.put(strings.ToLower(pl), gazEntry{typ: typ, group: group, fold: true})
		lx.gazMax.put(pl, max(lx.gazMax.at(pl), 1))
		lx.gazMaxF.put(strings.ToLower(pl), max(lx.gazMaxF.at(strings.ToLower(pl)), 1))
	}
}

// isCommon reports whether the lower-case word w, or its singular, is a common word.
func (lx *lexicon) isCommon(w string) bool {
	if lx.common.has(w) {
		return true
	}
	if lx.fn.inflected(w) {
		for _, st := range lx.fn.stems {
			stem, cut := strings.CutSuffix(w, st.End)
			if !cut && st.Add == "" {
				continue // w itself, which is no common word
			}
			if lx.common.has(stem + st.Add) {
				return true
			}
		}
	}
	if len(w) <= 3 {
		return false
	}
	if s, ok := lx.fn.singular(w); ok && lx.common.has(s) {
		return true
	}
	for _, e := range lx.fn.sibilantPlural {
		if stem, ok := strings.CutSuffix(w, e); ok && lx.common.has(stem) && endsWith(stem, lx.fn.sibilantStem) {
			return true
		}
	}
	return false
}
