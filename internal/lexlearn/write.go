package lexlearn

import (
	"bytes"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/claimex/claimex/rules"
)

// Packs are the learned rule packs, by file name.
type Packs map[string][]byte

// packTypes maps a CoNLL type to the gazetteer type and rule id it is written as.
var packTypes = []struct{ conll, typ, id string }{
	{"PER", "PERSON", "learned-persons"},
	{"ORG", "ORG", "learned-organizations"},
	{"LOC", "GPE", "learned-places"},
	{"MISC", "MISC", "learned-other-names"},
}

type rule struct {
	ID         string   `yaml:"id"`
	Provenance string   `yaml:"provenance"`
	Type       string   `yaml:"type,omitempty"`
	Position   string   `yaml:"position,omitempty"`
	Names      []string `yaml:"names,omitempty,flow"`
	Words      []string `yaml:"words,omitempty,flow"`
	Never      bool     `yaml:"never,omitempty"`
}

type pack struct {
	Kind        string `yaml:"kind"`
	Description string `yaml:"description"`
	Rules       []rule `yaml:"rules"`
}

// Write renders the learned lexicons as rule packs whose descriptions
// record the source and the thresholds.
func Write(source string, o Options, names []Name, nonNames, prefixes, suffixes []string) (Packs, error) {
	origin := fmt.Sprintf("Learned by `go run ./internal/lexlearn/cmd/learnlex` from %s "+
		"(CoNLL-2003 eng.train, Reuters RCV1 1996 news, research use); thresholds: %d documents, "+
		"precision %.2f, type share %.2f, %d occurrences, %d distinct names. Regenerate, do not edit by hand.",
		source, o.MinDocs, o.MinPrecision, o.MinShare, o.MinWordCount, o.MinVariety)
	gaz := pack{Kind: "gazetteer", Description: "Names with the type they carry in most of their annotated occurrences. " +
		"MISC names (events, products, works, languages) are names of none of the output types. " + origin}
	for _, pt := range packTypes {
		r := rule{ID: pt.id, Provenance: rules.Learned, Type: pt.typ}
		for _, n := range names {
			if n.Type == pt.conll && !strings.Contains(n.Form, "|") {
				r.Names = append(r.Names, n.Form)
			}
		}
		if len(r.Names) > 0 {
			gaz.Rules = append(gaz.Rules, r)
		}
	}
	packs := Packs{}
	if err := packs.add("gazetteer-learned.yaml", gaz); err != nil {
		return nil, err
	}
	if len(nonNames) > 0 {
		cw := pack{Kind: "commonword", Description: "Capitalized words that are never part of a name: " +
			"table headers and labels, so never an entity on their own. " + origin, Rules: []rule{{ID: "learned-labels", Provenance: rules.Learned, Words: nonNames, Never: true}}}
		if err := packs.add("commonword-learned.yaml", cw); err != nil {
			return nil, err
		}
	}
	oc := pack{Kind: "orgcue", Description: "Words that open (club-head) or close (suffix) organization names, " +
		"clubs above all. " + origin}
	if len(prefixes) > 0 {
		oc.Rules = append(oc.Rules, rule{ID: "learned-prefixes", Provenance: rules.Learned, Position: "club-head", Words: prefixes})
	}
	if len(suffixes) > 0 {
		oc.Rules = append(oc.Rules, rule{ID: "learned-suffixes", Provenance: rules.Learned, Position: "suffix", Words: suffixes})
	}
	if len(oc.Rules) > 0 {
		if err := packs.add("orgcue-learned.yaml", oc); err != nil {
			return nil, err
		}
	}
	return packs, nil
}

func (p Packs) add(file string, v pack) error { return p.addValue(file, v) }

// addValue renders v as the YAML pack file.
func (p Packs) addValue(file string, v any) error {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("lexlearn: %s: %w", file, err)
	}
	p[file] = buf.Bytes()
	return nil
}
