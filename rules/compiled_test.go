package rules

import (
	"bytes"
	"reflect"
	"testing"
)

func TestCompiledIsFresh(t *testing.T) {
	want, err := Compile(embedded, "embedded:")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(compiled, want) {
		t.Fatal("rules/compiled.json is stale: the YAML packs changed; run `go generate ./rules` and commit the result")
	}
}

func TestCompiledMatchesYAML(t *testing.T) {
	fromYAML, err := LoadFS(embedded, "embedded:")
	if err != nil {
		t.Fatal(err)
	}
	fromCompiled, err := loadCompiled(compiled, embedded)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromYAML, fromCompiled) {
		t.Fatal("rules decoded from compiled.json differ from the YAML packs")
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

func TestStaleCompiledIsRefused(t *testing.T) {
	stale := bytes.Replace(compiled, []byte(`"source":"`), []byte(`"source":"0`), 1)
	if _, err := loadCompiled(stale, embedded); err == nil {
		t.Fatal("compiled packs with another source digest were accepted")
	}
}
