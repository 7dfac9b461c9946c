package entities

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/segment"
	"github.com/claimex/claimex/rules"
)

// ownPacks are the rule files this stage reads, for loading them alone when
// another pack of the tree does not load.
var ownPacks = []string{"abbreviation", "gazetteer", "title", "orgcue", "namecue", "commonword", "topic", "currency"}

// testSet loads the default rules, or only the packs this stage reads when
// the full set does not load.
func testSet(t testing.TB) *rules.Set {
	t.Helper()
	set, err := rules.LoadDefault()
	if err == nil {
		return set
	}
	names, _ := fs.Glob(rules.Default, "*.yaml")
	m := fstest.MapFS{}
	for _, n := range names {
		for _, p := range ownPacks {
			if strings.HasPrefix(n, p) {
				data, _ := fs.ReadFile(rules.Default, n)
				m[n] = &fstest.MapFile{Data: data}
			}
		}
	}
	set, err = rules.LoadFS(m, "embedded:")
	if err != nil {
		t.Fatalf("load rules: %v", err)
	}
	return set
}

var finderCache *Finder

func testFinder(t testing.TB) *Finder {
	t.Helper()
	if finderCache == nil {
		f, err := New(testSet(t))
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		finderCache = f
	}
	return finderCache
}

var segCache *segment.Segmenter

// runText segments text and finds its entities.
func runText(t testing.TB, text string) *document.Document {
	t.Helper()
	if segCache == nil {
		segCache = segment.New(testSet(t))
	}
	d := &document.Document{Text: text}
	segCache.Run(d)
	if err := testFinder(t).Run(d); err != nil {
		t.Fatalf("Run: %v", err)
	}
	return d
}

// readSeed reads a seed article from the corpus.
func readSeed(name string) (string, error) {
	b, err := os.ReadFile("../../testdata/articles/" + name)
	return string(b), err
}
