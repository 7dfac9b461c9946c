package entities

import (
	"strings"

	"github.com/claimex/claimex/rules"
)

// nameWords are the function words and word parts of names, by role (see
// rules.NameWord).
type nameWords struct {
	of, for_, and, or, particle, hyphenParticle, possessive map[string]bool
	article, owner, definite, relative, clause, namePrefix  map[string]bool
	monthSurname, syllable, party                           map[string]bool
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
		party:          sets(func(n *rules.NameWord) []string { return n.PartyInitials }),
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
