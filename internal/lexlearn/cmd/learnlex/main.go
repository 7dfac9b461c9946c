// Command learnlex learns entity lexicons from a CoNLL-style JSON Lines
// training set and writes them as rule packs.
//
//	go run ./internal/lexlearn/cmd/learnlex -data ../shared/eval/data/ner-train.jsonl -out rules
//
// With -half 0 or 1 it learns from that half of the documents (split by a
// hash of the document id) and writes the other half to -holdout, so the
// packs can be measured on documents they were not learned from.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimex/claimex/internal/lexlearn"
	"github.com/claimex/claimex/rules"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "learnlex:", err)
		os.Exit(1)
	}
}

func run() error {
	data := flag.String("data", "", "training set (JSON Lines with text, tokens, entities)")
	out := flag.String("out", "rules", "folder to write the packs to")
	half := flag.Int("half", -1, "learn from half 0 or 1 only (-1: all documents)")
	holdout := flag.String("holdout", "", "with -half, write the other half's documents here")
	flag.Parse()
	if *data == "" {
		return fmt.Errorf("-data is required")
	}
	f, err := os.Open(*data)
	if err != nil {
		return err
	}
	docs, err := lexlearn.ReadDocs(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", *data, err)
	}
	if *half >= 0 {
		var rest []*lexlearn.Doc
		docs, rest = lexlearn.Split(docs, *half)
		if *holdout != "" {
			if err := writeDocs(*holdout, *data, rest); err != nil {
				return err
			}
		}
	}
	known, err := knownWords()
	if err != nil {
		return err
	}
	o := lexlearn.DefaultOptions
	names := lexlearn.Names(docs, o)
	nonNames := lexlearn.NonNames(docs, o, func(w string) bool { return known[w] })
	pre, suf := lexlearn.Affixes(docs, o)
	packs, err := lexlearn.Write(filepath.Base(*data), o, names, nonNames, pre, suf)
	if err != nil {
		return err
	}
	for name, b := range packs {
		if err := os.WriteFile(filepath.Join(*out, name), b, 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(os.Stderr, "learnlex: %d documents: %d names, %d labels, %d prefixes, %d suffixes\n",
		len(docs), len(names), len(nonNames), len(pre), len(suf))
	return nil
}

// knownWords are the words the hand-written packs already hold as never
// names, titles, gazetteer names or organization cues: a learned label must
// not shadow them.
func knownWords() (map[string]bool, error) {
	set, err := rules.LoadDefault()
	if err != nil {
		return nil, err
	}
	known := map[string]bool{}
	addAll := func(items []string) {
		for _, item := range items {
			for _, v := range rules.Variants(item) {
				for _, w := range strings.Fields(v) {
					known[strings.ToLower(w)] = true
				}
			}
		}
	}
	for _, c := range set.CommonWords() {
		if c.Never && c.Provenance != rules.Learned {
			addAll(c.Words)
		}
	}
	for _, t := range set.Titles() {
		addAll(t.Words)
	}
	for _, g := range set.Gazetteers() {
		if g.Provenance != rules.Learned {
			addAll(g.Names)
		}
	}
	for _, o := range set.OrgCues() {
		if o.Provenance != rules.Learned {
			addAll(o.Words)
		}
	}
	return known, nil
}

// writeDocs copies the lines of data whose documents are in keep to path.
func writeDocs(path, data string, keep []*lexlearn.Doc) error {
	ids := map[string]bool{}
	for _, d := range keep {
		ids[d.ID] = true
	}
	b, err := os.ReadFile(data)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	for _, line := range bytes.Split(b, []byte("\n")) {
		if id := lexlearn.LineID(line); id != "" && ids[id] {
			buf.Write(line)
			buf.WriteByte('\n')
		}
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
