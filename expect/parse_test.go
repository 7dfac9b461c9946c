package expect

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseSeedShape(t *testing.T) {
	f := parse(t, `# comment
args: [--published, "2018-12-19"]
meta:
  title: Huawei unveils major cybersecurity push
  authors: [Mike Moore]
text:
  keeps:
    - "“Any concerns,” he told journalists."
  drops: [show image]
entities:
  - {type: PERSON, name: Ken Hu, titles: [chairman], aliases: [Hu]}
not_entities: [show image, Tuesday]
values:
  - {type: money, text: $2bn, value: {amount: 2000000000, currency: USD}}
  - {type: date, text: 18 December, value: "2018-12-18"}
  - {type: money, text: multi-billion dollar, value: {amount: null, currency: USD, vague: true}}
not_values: ["2.0", "300", B2B]
claims:
  - {kind: commitment, claimant: Huawei, contains: invest $2bn}
  - {kind: [reported, assertion], hedged: true, via: Reuters, contains: willing to intervene}
`)
	if !reflect.DeepEqual(f.Args, []string{"--published", "2018-12-19"}) || f.ArgsPos != (Pos{2, 7}) {
		t.Errorf("args %q at %v", f.Args, f.ArgsPos)
	}
	if f.Name != "t" || f.Count() != 15 {
		t.Errorf("name %q, %d expectations", f.Name, f.Count())
	}
	if e := f.Entities[0]; e.Type != "PERSON" || e.Name != "Ken Hu" || !reflect.DeepEqual(e.Titles, []string{"chairman"}) || !reflect.DeepEqual(e.Aliases, []string{"Hu"}) || e.Pos != (Pos{11, 5}) {
		t.Errorf("entity %+v", e)
	}
	if v := f.Values[0].Value.(map[string]any); v["amount"] != 2000000000 || v["currency"] != "USD" {
		t.Errorf("value %#v", v)
	}
	if v := f.Values[2].Value.(map[string]any); v["amount"] != nil || v["vague"] != true {
		t.Errorf("value %#v", v)
	}
	if f.NotValues[0].Text != "2.0" || f.NotValues[1].Text != "300" {
		t.Errorf("not_values %+v", f.NotValues)
	}
	c := f.Claims[1]
	if !reflect.DeepEqual(c.Kinds, []string{"reported", "assertion"}) || c.Hedged == nil || !*c.Hedged || c.Via != "Reuters" || c.Claimant != "" {
		t.Errorf("claim %+v", c)
	}
	if f.Claims[0].Hedged != nil {
		t.Errorf("hedged given when absent")
	}
}

func TestParseLenient(t *testing.T) {
	f := parse(t, "args: --published 2018-12-19 --input-format html\nvalues:\n  - {type: date, text: 18 December, value: 2018-12-18}\nentities:\n")
	if !reflect.DeepEqual(f.Args, []string{"--published", "2018-12-19", "--input-format", "html"}) {
		t.Errorf("args %q", f.Args)
	}
	if f.Values[0].Value != "2018-12-18" {
		t.Errorf("an unquoted date decoded as %#v, want the string", f.Values[0].Value)
	}
	if f := parse(t, "text:\nmeta:\nclaims: []\n"); f.Count() != 0 {
		t.Errorf("empty sections have %d expectations", f.Count())
	}
	if f := parse(t, ""); f.Count() != 0 {
		t.Errorf("empty file has %d expectations", f.Count())
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"unknown top key", "args: []\nclaim: []", `2:1: unknown field "claim" in an expectation file`},
		{"unknown claim key", "claims:\n  - kind: quote\n    contain: x\n", `3:5: unknown field "contain" in a claim (want kind, claimant, via, hedged or contains)`},
		{"unknown entity key", "entities: [{type: ORG, nam: X}]", `1:24: unknown field "nam"`},
		{"unknown text key", "text:\n  keep: [a]", `2:3: unknown field "keep" in text`},
		{"unknown meta key", "meta: {author: [a]}", `1:8: unknown field "author" in meta`},
		{"repeated key", "text: {keeps: [a], keeps: [b]}", `1:20: field "keeps" given twice`},
		{"section not a list", "claims: {kind: quote}", `1:9: claims: want a list, got a mapping`},
		{"item not a mapping", "entities: [Huawei]", `1:12: an entity: want a mapping`},
		{"phrase not a string", "text: {keeps: [{a: b}]}", `1:16: text.keeps item: want a string, got a mapping`},
		{"empty phrase", "not_entities: [\"\"]", `1:16: not_entities item: empty string`},
		{"null phrase", "text: {drops: [~]}", `1:16: text.drops item: want a string, got nothing (null)`},
		{"hedged not bool", "claims: [{kind: quote, hedged: yes please, contains: x}]", `1:32: hedged: want true or false, got a string`},
		{"unknown kind", "claims: [{kind: [quote, speech], contains: x}]", `1:25: claim kind "speech": want quote, reported, commitment or assertion`},
		{"missing kind", "claims: [{claimant: Hu, contains: x}]", `1:10: a claim needs kind`},
		{"missing contains", "claims: [{kind: quote}]", `1:10: a claim needs contains`},
		{"entity type case", "entities: [{type: person, name: X}]", `1:19: entity type "person": want PERSON, ORG, GPE, LOC or NORP`},
		{"missing entity name", "entities: [{type: ORG}]", `1:12: an entity needs name`},
		{"value type", "values: [{type: currency, text: $1, value: 1}]", `1:17: value type "currency"`},
		{"missing value", "values: [{type: money, text: $1}]", `1:10: a value needs value`},
		{"meta list", "meta: {title: [a, b]}", `1:15: meta.title: want a string, got a list`},
		{"authors scalar", "meta: {authors: Mike Moore}", `1:17: meta.authors: want a list of names, got a string`},
		{"args mapping", "args: {published: x}", `1:7: args: want a list, got a mapping`},
		{"top level list", "- a\n- b", `1:1: an expectation file: want a mapping`},
		{"two documents", "text: {keeps: [a]}\n---\ntext: {keeps: [b]}\n", `2:1: a second YAML document`},
		{"null item", "entities: [~]", `1:12: an entity needs type`},
		{"syntax", "claims: [\n  {kind: quote\n", `invalid YAML`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("x.expected.yaml", []byte(tc.yaml))
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			var es Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error %T %v is not Errors", err, err)
			}
			if got := err.Error(); !strings.HasPrefix(got, "x.expected.yaml:") || !strings.Contains(got, tc.want) {
				t.Errorf("error %q, want it to contain %q", got, tc.want)
			}
		})
	}
}

func TestParseReportsEveryError(t *testing.T) {
	_, err := Parse("x.expected.yaml", []byte("text: {keep: [a]}\nclaims:\n  - {kind: quot, contains: x}\n  - {kind: quote, contain: y}\n"))
	es, _ := err.(Errors)
	if len(es) != 3 {
		t.Fatalf("got %d errors, want 3:\n%v", len(es), err)
	}
	for i, line := range []int{1, 3, 4} {
		if es[i].Line != line {
			t.Errorf("error %d on line %d, want %d: %v", i, es[i].Line, line, es[i])
		}
	}
}

func TestLoadArticle(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	txt := write("a.expected.yaml", "text: {keeps: [x]}\n")
	write("a.txt", "x")
	html := write("b.expected.yaml", "text: {keeps: [x]}\n")
	write("b.html", "<p>x</p>")
	named := write("c.expected.yaml", "file: pages/c.page\ntext: {keeps: [x]}\n")
	write("pages/c.page", "x")
	missing := write("d.expected.yaml", "args: [--published, 2018-01-01]\n")
	badFile := write("e.expected.yaml", "# about e\n\nfile: nowhere.txt\n")
	for path, want := range map[string]string{txt: "a.txt", html: "b.html", named: filepath.Join("pages", "c.page")} {
		f, err := Load(path)
		if err != nil {
			t.Fatalf("Load(%s): %v", path, err)
		}
		if f.Article != filepath.Join(dir, want) {
			t.Errorf("article of %s = %s, want %s", path, f.Article, want)
		}
	}
	_, err := Load(missing)
	if err == nil || !strings.Contains(err.Error(), "d.expected.yaml:1:1: no article: found none of d.txt, d.html, d.htm") {
		t.Errorf("missing article: %v", err)
	}
	_, err = Load(badFile)
	if err == nil || !strings.Contains(err.Error(), "e.expected.yaml:3:7: article "+filepath.Join(dir, "nowhere.txt")+": no such file") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := Load(filepath.Join(dir, "none.expected.yaml")); err == nil {
		t.Errorf("Load of a missing expectation file succeeded")
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"b.expected.yaml", "a/z.expected.yaml", "a/y.expected.yaml", "a/y.txt", "c.yaml"} {
		p = filepath.Join(dir, p)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, nil, 0o644)
	}
	got, err := Find([]string{dir, filepath.Join(dir, "b.expected.yaml")})
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, p := range got {
		r, _ := filepath.Rel(dir, p)
		rel = append(rel, r)
	}
	if want := []string{"a/y.expected.yaml", "a/z.expected.yaml", "b.expected.yaml"}; !reflect.DeepEqual(rel, want) {
		t.Errorf("Find = %v, want %v", rel, want)
	}
	for _, bad := range []string{filepath.Join(dir, "c.yaml"), filepath.Join(dir, "nope"), t.TempDir()} {
		if _, err := Find([]string{bad}); err == nil {
			t.Errorf("Find(%s) succeeded", bad)
		}
	}
}

// FuzzParse checks that no input panics and every error is positioned
// inside the input.
func FuzzParse(f *testing.F) {
	f.Add("claims: [{kind: quote, contains: x}]")
	f.Add("values: [{type: money, text: $1, value: {amount: 1, currency: USD}}]")
	f.Add("meta: {authors: [a], title: b}\ntext: {keeps: [a], drops: [b]}")
	f.Add("a: &x [1]\nb: *x")
	f.Fuzz(func(t *testing.T, src string) {
		file, err := Parse("f.expected.yaml", []byte(src))
		if err != nil {
			lines := strings.Count(src, "\n") + strings.Count(src, "\r") + 1 // YAML breaks lines at either
			for _, e := range err.(Errors) {
				if e.Line > lines+1 { // the end of the input may be reported on the next line
					t.Errorf("error line %d beyond %d lines: %v", e.Line, lines, e)
				}
			}
			return
		}
		Check(file, record())
	})
}
