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

// Gender bits of a given name or a form of address; a name borne by both
// has both.
const (
	genderMale = 1 << iota
	genderFemale
)

// genderBit returns the bit of a gender pack's gender, 0 for a plural one.
func genderBit(gender string) int {
	switch gender {
	case rules.GenderMale:
		return genderMale
	case rules.GenderFemale:
		return genderFemale
	}
	return 0
}

// addGenders files the first names of the gender packs of set, with their
// genders, and the genders of their forms of address.
func (lx *lexicon) addGenders(set *rules.Set) {
	for _, g := range set.Genders() {
		bit := genderBit(g.Gender)
		for _, name := range g.Names {
			lx.given.put(name, lx.given.at(name)|bit)
		}
		for _, t := range g.Titles {
			if bit != 0 {
				lx.honorGender[t] |= bit
			}
		}
	}
}

// givenNames returns how many first names the gender packs of set hold.
func givenNames(set *rules.Set) int {
	n := 0
	for _, g := range set.Genders() {
		n += len(g.Names)
	}
	return n
}

// newLexicon builds the lexicon of the rules of set, pack kind by pack kind.
func newLexicon(set *rules.Set) (*lexicon, error) {
	gazs := set.Gazetteers()
	lx := emptyLexicon(set, gazs)
	lx.addGenders(set)
	if err := lx.addGazetteers(gazs); err != nil {
		return nil, err
	}
	lx.addTitles(set)
	lx.addOrgCues(set)
	lx.addCommonWords(set)
	lx.addNameCues(set)
	lx.addMoneyPrefixes(set)
	lx.addTopics(set)
	lx.indexSets()
	return lx, nil
}

// emptyLexicon returns a lexicon with its tables made, sized for gazs, the
// gazetteers of set, and for its common words and given names.
func emptyLexicon(set *rules.Set, gazs []*rules.Gazetteer) *lexicon {
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
	return &lexicon{
		gaz: newGazTable(2 * names), gazFold: newGazTable(2 * names),
		gazMax: newWordTable(names), gazMaxF: newWordTable(names),
		titles: newPhraseSet(), honor: map[string]bool{}, modifier: map[string]bool{},
		suffix: map[string]bool{}, head: map[string]bool{}, role: map[string]bool{}, refers: map[string]roleRef{},
		plSuffix: map[string]bool{}, plHead: map[string]bool{}, event: map[string]bool{}, clubHead: map[string]bool{}, product: map[string]bool{}, eventFold: map[string]bool{}, moneyPrefix: map[string]string{}, town: map[string]bool{}, calendar: map[string]bool{}, generic: map[string]bool{}, company: map[string]bool{}, legal: map[string]bool{}, public: map[string]bool{}, apart: map[string]bool{},
		common: newWordTable(common), never: map[string]bool{}, given: newWordTable(givenNames(set)), honorGender: map[string]int{},
		before: map[string]cue{}, after: map[string]cue{}, beforeMax: map[string]int{}, afterMax: map[string]int{},
		sportHead: map[string]bool{}, sportWord: map[string]bool{},
		country: map[int]bool{},
		fn:      newNameWords(set),
	}
}

// addGazetteers adds the names of gazs, which it sorts by rank.
func (lx *lexicon) addGazetteers(gazs []*rules.Gazetteer) error {
	// Hand-written lists come before the generated city list, so that
	// "Toyota" is the company and not the city, and names learned from
	// annotated news come last: they only type names no list knows.
	sort.SliceStable(gazs, func(i, j int) bool { return gazs[i].Rank() < gazs[j].Rank() })
	for _, g := range gazs {
		for _, name := range g.Names {
			if err := lx.addGazName(g, name); err != nil {
				return err
			}
		}
	}
	return nil
}

// addGazName adds the forms of the name of gazetteer g to the exact and the
// folded tables, as one group with the forms listed before it.
func (lx *lexicon) addGazName(g *rules.Gazetteer, name string) error {
	typ := g.Type
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
			return fmt.Errorf("entities: gazetteer %s: name %q has no words", g.ID, v)
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
	return nil
}

// addTitles adds the titles, honorifics and title modifiers of set.
func (lx *lexicon) addTitles(set *rules.Set) {
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
}

// addOrgCues adds the organization and place cues of set to the table of
// their position, with their classes.
func (lx *lexicon) addOrgCues(set *rules.Set) {
	for _, o := range set.OrgCues() {
		m := map[string]map[string]bool{"suffix": lx.suffix, "head": lx.head, "role": lx.role,
			"place-suffix": lx.plSuffix, "place-head": lx.plHead, "event-suffix": lx.event, "club-head": lx.clubHead, "product-suffix": lx.product, "town-suffix": lx.town}[o.Position]
		for _, w := range o.Words {
			if o.Position == "role" {
				lx.addRole(o, w)
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
}

// addRole adds the role noun phrase w of the cue o by its head, with the
// organizations it refers to.
func (lx *lexicon) addRole(o *rules.OrgCue, w string) {
	// A phrase's last word is its head: "central bank" → bank.
	ws := strings.Fields(strings.ToLower(w))
	if len(ws) == 0 {
		return
	}
	head := ws[len(ws)-1]
	lx.role[head] = true
	if len(o.Refers) > 0 {
		ref := roleRef{words: map[string]bool{}, fallback: o.Fallback}
		for _, r := range o.Refers {
			ref.words[r] = true
		}
		lx.refers[head] = ref
	}
}

// addCommonWords adds the common words of set, and those never part of a
// name, with their calendar and generic classes.
func (lx *lexicon) addCommonWords(set *rules.Set) {
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
}

// addNameCues adds the context cues of set before and after names; the
// first cue of a phrase wins.
func (lx *lexicon) addNameCues(set *rules.Set) {
	for _, n := range set.NameCues() {
		c := cue{typ: n.Type, weak: n.Weak, sports: n.Sports, single: n.Single, multi: n.Multi, fixture: n.Fixture}
		lx.addCuePhrases(lx.before, lx.beforeMax, n.Before, c)
		lx.addCuePhrases(lx.after, lx.afterMax, n.After, c)
	}
}

// addMoneyPrefixes adds the letters written before the sign of the
// currency symbols of set ("HK" of "HK$").
func (lx *lexicon) addMoneyPrefixes(set *rules.Set) {
	for _, c := range set.Currencies() {
		for _, sym := range c.Symbols {
			ws := words(sym)
			if len(ws) == 2 && utf8.RuneCountInString(ws[0]) > 1 && !strings.ContainsAny(ws[1], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
				lx.moneyPrefix[ws[0]] = ws[1]
			}
		}
	}
}

// addTopics adds the headline sport names and the sport words of set.
func (lx *lexicon) addTopics(set *rules.Set) {
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
}

// addCuePhrases adds the cue phrases of one side of a name to table, under
// their lower-cased words, with bounds for their first words; the first cue
// of a phrase wins.
func (lx *lexicon) addCuePhrases(table map[string]cue, bounds map[string]int, phrases []string, c cue) {
	for _, w := range phrases {
		k := strings.Join(lowerAll(words(w)), " ")
		if _, dup := table[k]; !dup {
			table[k] = c
			addCueBound(bounds, k)
		}
		lx.cueMax = max(lx.cueMax, len(words(w)))
	}
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
