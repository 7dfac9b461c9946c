package rules

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadDefault(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range set.Entries() {
		if seen[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		seen[e.ID] = true
		if !strings.HasPrefix(e.ID, e.Kind+".") || !strings.HasPrefix(e.Origin, "embedded:") {
			t.Errorf("entry %s: kind %s origin %s", e.ID, e.Kind, e.Origin)
		}
	}
	if len(set.Abbreviations()) == 0 {
		t.Error("no abbreviation rules")
	}
}

func TestMerge(t *testing.T) {
	base, err := LoadFS(fstest.MapFS{"abbreviation.yaml": {Data: []byte(
		"kind: abbreviation\nrules:\n  - id: a\n    words: [Mr]\n  - id: b\n    words: [Dr]\n")}}, "embedded:")
	if err != nil {
		t.Fatal(err)
	}
	user := "kind: abbreviation\nrules:\n  - id: a\n    words: [Mrs]\n  - id: b\n    disabled: true\n  - id: c\n    words: [Cllr]\n"
	set := base.Clone()
	if err := set.Merge("user.yaml", []byte(user)); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range set.Entries() {
		got = append(got, e.ID+"@"+e.Origin+"="+strings.Join(e.Rule.(*Abbreviation).Words, ","))
	}
	want := "abbreviation.a@user.yaml:3=Mrs abbreviation.c@user.yaml:7=Cllr"
	if strings.Join(got, " ") != want {
		t.Errorf("merged = %v\nwant %s", got, want)
	}
	if len(base.Entries()) != 2 {
		t.Errorf("Merge into a clone changed the original: %d entries", len(base.Entries()))
	}
}

func TestPackErrors(t *testing.T) {
	base, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, data, want string
	}{
		{"typo.yaml", "kind: abbreviation\nrules:\n  - id: x\n    wrods: [A]\n", `typo.yaml:4:5: unknown field "wrods" (want one of before_number, disabled, final, id, openers, provenance, words)`},
		{"kind.yaml", "kind: abbrev\nrules: []\n", `kind.yaml:1:7: unknown kind "abbrev"`},
		{"top.yaml", "kind: abbreviation\nrule: []\n", `top.yaml:2:1: unknown field "rule"`},
		{"nokind.yaml", "rules: []\n", `nokind.yaml:1:1: missing field "kind"`},
		{"type.yaml", "kind: abbreviation\nrules:\n  - id: x\n    words: yes\n", `type.yaml:4:12: want a list, got "yes"`},
		{"syntax.yaml", "kind: abbreviation\nrules:\n  - id: [\n", `syntax.yaml:`},
		{"noid.yaml", "kind: abbreviation\nrules:\n  - words: [A]\n", `noid.yaml:3:5: rule has no id`},
		{"dup.yaml", "kind: abbreviation\nrules:\n  - id: x\n    words: [A]\n  - id: x\n    words: [B]\n", `dup.yaml:5:5: duplicate rule id "x"`},
		{"empty-words.yaml", "kind: abbreviation\nrules:\n  - id: x\n    words: []\n", `empty-words.yaml:3:5: rule "x": words is empty`},
		{"provenance.yaml", "kind: abbreviation\nrules:\n  - id: x\n    provenance: guessed\n    words: [A]\n", `provenance.yaml:3:5: rule "x": provenance "guessed" is not one of generated, learned`},
		{"gaz-class.yaml", "kind: gazetteer\nrules:\n  - id: x\n    type: ORG\n    class: wire\n    names: [A]\n", `gaz-class.yaml:5:12: rule "x": class "wire" is not one of country, media`},
		{"cue-class.yaml", "kind: orgcue\nrules:\n  - id: x\n    position: head\n    class: legal\n    words: [A]\n", `cue-class.yaml:5:12: rule "x": class is for suffixes only`},
		{"cue-apart.yaml", "kind: orgcue\nrules:\n  - id: x\n    position: role\n    apart: true\n    words: [a]\n", `cue-apart.yaml:5:12: rule "x": apart is for suffixes and heads only`},
		{"common-class.yaml", "kind: commonword\nrules:\n  - id: x\n    class: month\n    words: [a]\n", `common-class.yaml:4:12: rule "x": class "month" is not one of calendar, generic`},
		{"unknown-disable.yaml", "kind: abbreviation\nrules:\n  - id: nosuch\n    disabled: true\n", `cannot disable unknown rule "abbreviation.nosuch"`},
		{"empty.yaml", "", "empty.yaml: empty rule pack"},
		{"list.yaml", "- a\n- b\n", "list.yaml:1:1: a rule pack is a mapping"},
	} {
		err := base.Clone().Merge(tt.name, []byte(tt.data))
		if err == nil {
			t.Errorf("%s: no error, want %q", tt.name, tt.want)
			continue
		}
		if !strings.HasPrefix(err.Error(), tt.name) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %q, want it to contain %q", tt.name, err, tt.want)
		}
		var pe *Error
		if !errors.As(err, &pe) || pe.File != tt.name {
			t.Errorf("%s: error is not a positioned *Error for the file: %#v", tt.name, err)
		}
	}
}

// FuzzMerge feeds arbitrary packs to the loader: it must return an error or
// a set, never panic, and every error must name the file.
func FuzzMerge(f *testing.F) {
	for _, s := range []string{
		"kind: abbreviation\nrules:\n  - id: x\n    words: [A]\n",
		"kind: hedge\nrules: [{id: a}]\n",
		"kind: [a]\n",
		"kind: abbreviation\nrules: {a: 1}\n",
		"&a [*a]",
		"kind: furniture\nrules:\n  - id: x\n    disabled: true\n",
	} {
		f.Add(s)
	}
	base, err := LoadDefault()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data string) {
		err := base.Clone().Merge("fuzz.yaml", []byte(data))
		if err != nil && !strings.Contains(err.Error(), "fuzz.yaml") {
			t.Fatalf("error does not name the file: %v", err)
		}
	})
}
