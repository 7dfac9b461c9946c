package lexlearn

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// NameText is one text with the code-point spans of the person names in it,
// for learning the gender of first names.
type NameText struct {
	ID    string
	Text  string
	Names [][2]int
	// Persons says the names are all persons (gold person names); otherwise
	// they may be organizations or phrases (gold speakers), and a name whose
	// first word is a common word ("The", "New") is not read.
	Persons bool
}

// GenderOptions are the thresholds a learned first name must pass.
type GenderOptions struct {
	MinDocs  int     // documents whose text votes for the name
	MinVotes int     // pronouns that vote for the name
	MinShare float64 // share of the votes for its gender
	Window   int     // words after a name within which its first pronoun votes
}

// DefaultGenderOptions are the thresholds the shipped pack was learned with.
var DefaultGenderOptions = GenderOptions{MinDocs: 2, MinVotes: 3, MinShare: 0.75, Window: 8}

// GenderWords are the words the learner reads: pronouns by gender, and words
// that open a name without being a first name (titles).
type GenderWords struct {
	Pronoun map[string]string // lower-case pronoun → gender
	Title   func(lower string) bool
	Common  func(lower string) bool // common words, which open no name of uncertain type
}

// FirstName is a learned first name with its gender and the evidence.
type FirstName struct {
	Name   string
	Gender string
	Votes  int
	Share  float64
	Docs   int
}

type genderVotes struct {
	votes map[string]int
	docs  map[string]bool
}

// FirstNames learns the gender of first names: after a person name of two or
// more words, the first gendered pronoun within the window, before any other
// name, votes for the gender of the name's first word.
func FirstNames(texts []NameText, w GenderWords, o GenderOptions) []FirstName {
	stats := map[string]*genderVotes{}
	for _, t := range texts {
		rs := []rune(t.Text)
		words := wordSpans(rs)
		names := append([][2]int(nil), t.Names...)
		sort.Slice(names, func(i, j int) bool { return names[i][0] < names[j][0] })
		for ni, n := range names {
			first, ok := firstName(rs, words, n, w.Title)
			if !ok || !t.Persons && w.Common != nil && w.Common(strings.ToLower(first)) {
				continue
			}
			next := len(rs)
			if ni+1 < len(names) {
				next = names[ni+1][0]
			}
			g := nextPronoun(rs, words, n[1], next, w.Pronoun, o.Window)
			if g == "" {
				continue
			}
			s := stats[first]
			if s == nil {
				s = &genderVotes{votes: map[string]int{}, docs: map[string]bool{}}
				stats[first] = s
			}
			s.votes[g]++
			s.docs[t.ID] = true
		}
	}
	var out []FirstName
	for name, s := range stats {
		best, bestN, total := majority(s.votes)
		share := float64(bestN) / float64(total)
		if len(s.docs) >= o.MinDocs && total >= o.MinVotes && share >= o.MinShare {
			out = append(out, FirstName{Name: name, Gender: best, Votes: total, Share: share, Docs: len(s.docs)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// wordSpans returns the code-point spans of the letter runs of rs.
func wordSpans(rs []rune) [][2]int {
	var out [][2]int
	for i := 0; i < len(rs); {
		if !unicode.IsLetter(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || rs[j] == '\'' && j+1 < len(rs) && unicode.IsLetter(rs[j+1])) {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// firstName returns the first word of the name at span n, past titles, when
// a capitalized word of the name follows it.
func firstName(rs []rune, words [][2]int, n [2]int, title func(string) bool) (string, bool) {
	k := sort.Search(len(words), func(i int) bool { return words[i][0] >= n[0] })
	var in []string
	for ; k < len(words) && words[k][1] <= n[1]; k++ {
		in = append(in, string(rs[words[k][0]:words[k][1]]))
	}
	// The name is the last run of capitalized words that are no titles:
	// "Marco Rubio" in "Florida Sen. Marco Rubio".
	end := len(in)
	for end > 0 && !capitalized(in[end-1]) {
		end-- // "Rubio, who ..." keeps Rubio
	}
	start := end
	for start > 0 && capitalized(in[start-1]) && !title(strings.ToLower(in[start-1])) {
		start--
	}
	run := in[start:end]
	if len(run) < 2 || len(run) > 3 || len([]rune(run[0])) < 2 || strings.ToUpper(run[0]) == run[0] {
		return "", false
	}
	return run[0], true
}

// nextPronoun returns the gender of the first pronoun in rs after from and
// before to, within window words of the same clause: a punctuation mark or a
// capitalized word ends the search ("X said she", not "X, he said", nor "X
// met Y and she"). It returns "" when there is none.
func nextPronoun(rs []rune, words [][2]int, from, to int, pronoun map[string]string, window int) string {
	k := sort.Search(len(words), func(i int) bool { return words[i][0] >= from })
	prev := from
	for n := 0; k < len(words) && words[k][0] < to && n < window; k, n = k+1, n+1 {
		if strings.TrimSpace(string(rs[prev:words[k][0]])) != "" {
			return "" // punctuation between the words
		}
		w := string(rs[words[k][0]:words[k][1]])
		if g, ok := pronoun[strings.ToLower(w)]; ok {
			return g
		}
		if capitalized(w) {
			return ""
		}
		prev = words[k][1]
	}
	return ""
}

// WriteGender renders first names as the gender pack file, with a
// description that says where they come from.
func WriteGender(file, description string, names []FirstName) (Packs, error) {
	type genderRule struct {
		ID     string   `yaml:"id"`
		Gender string   `yaml:"gender"`
		Names  []string `yaml:"names,flow"`
	}
	p := struct {
		Kind        string       `yaml:"kind"`
		Description string       `yaml:"description"`
		Rules       []genderRule `yaml:"rules"`
	}{Kind: "gender", Description: description}
	byGender := map[string][]string{}
	for _, n := range names {
		byGender[n.Gender] = append(byGender[n.Gender], n.Name)
	}
	genders := make([]string, 0, len(byGender))
	for g := range byGender {
		genders = append(genders, g)
	}
	sort.Strings(genders)
	for _, g := range genders {
		p.Rules = append(p.Rules, genderRule{ID: strings.TrimSuffix(file, ".yaml") + "-" + g, Gender: g, Names: byGender[g]})
	}
	packs := Packs{}
	if err := packs.addValue(file, p); err != nil {
		return nil, err
	}
	return packs, nil
}

// LearnedDescription describes a pack of first names learned from sources
// with options o.
func LearnedDescription(sources string, o GenderOptions) string {
	return fmt.Sprintf("First names by the gender of the pronoun that follows their "+
		"bearer's name. Learned by `go run ./internal/lexlearn/cmd/learngender` from %s; thresholds: %d documents, "+
		"%d votes, share %.2f, first pronoun within %d words of the same clause. Regenerate, do not edit by hand.",
		sources, o.MinDocs, o.MinVotes, o.MinShare, o.Window)
}

// ListNames returns the names of public first-name lists by gender, without
// the names that both lists hold or that were learned.
func ListNames(lists map[string][]string, learned []FirstName) []FirstName {
	known := map[string]bool{}
	for _, n := range learned {
		known[n.Name] = true
	}
	genders := map[string]map[string]bool{}
	for g, names := range lists {
		for _, n := range names {
			if n = strings.TrimSpace(n); n == "" || known[n] {
				continue
			}
			if genders[n] == nil {
				genders[n] = map[string]bool{}
			}
			genders[n][g] = true
		}
	}
	var out []FirstName
	for n, gs := range genders {
		if len(gs) != 1 {
			continue
		}
		for g := range gs {
			out = append(out, FirstName{Name: n, Gender: g})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
