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
	if !reflect.DeepEqual(fromYAML.entries, fromCompiled.entries) || !reflect.DeepEqual(fromYAML.index, fromCompiled.index) {
		t.Fatal("rules of compiled_packs.go differ from the YAML packs; run `go generate ./rules`")
	}
}

func TestDefaultDigest(t *testing.T) {
	s, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	digest, err := SourceDigest(embedded)
	if err != nil {
		t.Fatal(err)
	}
	if s.DefaultDigest() != digest || s.Clone().DefaultDigest() != digest {
		t.Fatalf("default set: digest %q, clone %q; want %q", s.DefaultDigest(), s.Clone().DefaultDigest(), digest)
	}
	fromYAML, err := LoadFS(embedded, "embedded:")
	if err != nil {
		t.Fatal(err)
	}
	if fromYAML.DefaultDigest() != "" {
		t.Error("a set decoded from YAML claims to be the compiled packs")
	}
	clone := s.Clone()
	if err := clone.Merge("user.yaml", []byte("kind: hedge\nrules:\n  - id: user-hedge\n    words: [perchance]\n")); err != nil {
		t.Fatal(err)
	}
	if clone.DefaultDigest() != "" {
		t.Error("a set with a user pack merged claims to be the compiled packs")
	}
	if s.DefaultDigest() != digest {
		t.Error("merging into a clone changed the original's digest")
	}
	if err := s.Merge("bad.yaml", []byte("kind: nosuchkind\n")); err == nil {
		t.Fatal("a pack of an unknown kind merged")
	}
	if s.DefaultDigest() != digest {
		t.Error("a pack that failed to merge cleared the digest")
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
