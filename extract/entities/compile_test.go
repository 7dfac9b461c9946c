package entities

import (
	"bytes"
	"os"
	"reflect"
	"testing"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/segment"
	"github.com/claimex/claimex/rules"
)

// yamlSet decodes the embedded packs from their YAML, as the generator does.
func yamlSet(t *testing.T) (*rules.Set, string) {
	t.Helper()
	set, err := rules.LoadFS(rules.Default, "embedded:")
	if err != nil {
		t.Fatal(err)
	}
	digest, err := rules.SourceDigest(rules.Default)
	if err != nil {
		t.Fatal(err)
	}
	return set, digest
}

func TestCompiledLexiconIsFresh(t *testing.T) {
	set, digest := yamlSet(t)
	want, err := CompileLexicon(set, digest)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("lexicon_compiled.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("extract/entities/lexicon_compiled.go is stale: the YAML packs or the lexicon's code changed; run `go generate ./rules` and commit the result")
	}
}

func TestCompiledLexiconMatchesBuilt(t *testing.T) {
	set, _ := yamlSet(t)
	built, err := newLexicon(set)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(compiledLexicon(), built) {
		t.Fatal("the compiled lexicon differs from the one newLexicon builds; run `go generate ./rules`")
	}
}

func TestLexiconOfPicksCompiled(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	if set.DefaultDigest() != compiledLexiconSource {
		t.Fatal("the default packs are not those the lexicon was compiled from; run `go generate ./rules`")
	}
	fromYAML, _ := yamlSet(t)
	if fromYAML.DefaultDigest() == compiledLexiconSource {
		t.Fatal("a set decoded from YAML would use the compiled lexicon")
	}
}

func TestUserPackChangesLexicon(t *testing.T) {
	base, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	set := base.Clone()
	pack := "kind: gazetteer\nrules:\n  - id: user-places\n    type: GPE\n    names: [Quonsetville]\n"
	if err := set.Merge("user.yaml", []byte(pack)); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		set  *rules.Set
		want bool
	}{{base, false}, {set, true}} {
		f, err := New(tc.set)
		if err != nil {
			t.Fatal(err)
		}
		if ok := f.lx.gaz.has("Quonsetville"); ok != tc.want {
			t.Errorf("user pack merged %v: Quonsetville in the lexicon = %v", tc.want, ok)
		}
		d := &document.Document{Text: "Shares rose after Quonsetville said on Tuesday it would cut jobs."}
		segment.New(tc.set).Run(d)
		if err := f.Run(d); err != nil {
			t.Fatal(err)
		}
		found := len(d.Entities) > 0 && d.Entities[0].Name == "Quonsetville" && d.Entities[0].Type == document.GPE
		if found != tc.want {
			t.Errorf("user pack merged %v: entities %+v", tc.want, d.Entities)
		}
	}
}
