package rules

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

func TestCompiledIsFresh(t *testing.T) {
	want, err := Compile(embedded, "embedded:")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("compiled_packs.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("rules/compiled_packs.go is stale: the YAML packs or rule types changed; run `go generate ./rules` and commit the result")
	}
}

func TestCompiledMatchesYAML(t *testing.T) {
	fromYAML, err := LoadFS(embedded, "embedded:")
	if err != nil {
		t.Fatal(err)
	}
	fromCompiled, err := loadCompiled()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromYAML, fromCompiled) {
		t.Fatal("rules of compiled_packs.go differ from the YAML packs; run `go generate ./rules`")
	}
}

func TestCompileIsDeterministic(t *testing.T) {
	a, err := Compile(embedded, "embedded:")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Compile(embedded, "embedded:")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two compilations of the same packs differ")
	}
}

func TestMergeLeavesCompiledTablesAlone(t *testing.T) {
	s, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	first := compiledEntries[0]
	pack := "kind: " + first.Kind + "\nrules:\n  - id: " + first.Rule.header().ID + "\n    disabled: true\n"
	if err := s.Merge("user.yaml", []byte(pack)); err != nil {
		t.Fatal(err)
	}
	again, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Entries()) != len(compiledEntries) || compiledEntries[0].ID != first.ID {
		t.Fatal("merging a user pack changed the compiled tables")
	}
}
