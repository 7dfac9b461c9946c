package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"

	"github.com/claimex/claimex/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const (
	articlesDir = "../testdata/articles"
	goldenDir   = "../testdata/golden"
)

type article struct {
	path string
	ref  time.Time // the date its expectation file passes with --published; zero when none
}

// articles returns the corpus files in name order.
func articles(t testing.TB) []article {
	t.Helper()
	var names []string
	for _, pat := range []string{"*.txt", "*.html"} {
		m, err := filepath.Glob(filepath.Join(articlesDir, pat))
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, m...)
	}
	if len(names) == 0 {
		t.Fatalf("no articles in %s", articlesDir)
	}
	sort.Strings(names)
	out := make([]article, 0, len(names))
	for _, name := range names {
		out = append(out, article{path: name, ref: referenceDate(t, name)})
	}
	return out
}

// referenceDate reads `args: [--published, DATE]` from the article's expectation file.
func referenceDate(t testing.TB, article string) time.Time {
	exp := strings.TrimSuffix(article, filepath.Ext(article)) + ".expected.yaml"
	data, err := os.ReadFile(exp)
	if err != nil {
		return time.Time{}
	}
	var e struct {
		Args []string `yaml:"args"`
	}
	if err := yaml.Unmarshal(data, &e); err != nil {
		t.Fatalf("%s: %v", exp, err)
	}
	for i, a := range e.Args {
		if a == "--published" && i+1 < len(e.Args) {
			d, err := time.Parse("2006-01-02", e.Args[i+1])
			if err != nil {
				t.Fatalf("%s: %v", exp, err)
			}
			return d
		}
	}
	return time.Time{}
}

func compileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(extract.JSONSchema))
	if err != nil {
		t.Fatalf("schema.json: %v", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("schema.json")
	if err != nil {
		t.Fatalf("schema.json: %v", err)
	}
	return s
}

// validate checks rec against the JSON Schema.
func validate(t testing.TB, schema *jsonschema.Schema, name string, rec []byte) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(rec))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := schema.Validate(v); err != nil {
		t.Errorf("%s: record does not match the schema: %v", name, err)
	}
}

// checkSpans asserts that every offset lies inside the text and that each
// value's and claim's text is the text at its span.
func checkSpans(t testing.TB, name string, r extract.Record) {
	t.Helper()
	runes := []rune(r.Text)
	inText := func(s, e int) bool { return s >= 0 && e >= s && e <= len(runes) }
	at := func(s, e int) (string, bool) {
		if !inText(s, e) {
			return "", false
		}
		return string(runes[s:e]), true
	}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			if !inText(m.Start, m.End) {
				t.Errorf("%s: entity %s mention %v outside the text", name, e.ID, m)
			}
		}
	}
	for _, v := range r.Values {
		if got, ok := at(v.Start, v.End); !ok || got != v.Text {
			t.Errorf("%s: value %s text %q, span gives %q", name, v.ID, v.Text, got)
		}
	}
	for _, c := range r.Claims {
		if got, ok := at(c.Start, c.End); !ok || got != c.Text {
			t.Errorf("%s: claim %s text %q, span gives %q", name, c.ID, c.Text, got)
		}
		if !inText(c.Sentence.Start, c.Sentence.End) { // a bounds check: a long sentence holds many claims
			t.Errorf("%s: claim %s sentence %v outside the text", name, c.ID, c.Sentence)
		}
	}
}

// TestGolden runs the pipeline over the corpus and compares each record with
// its golden file; -update rewrites them.
func TestGolden(t *testing.T) {
	schema := compileSchema(t)
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range articles(t) {
		path, ref := a.path, a.ref
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := x.Extract(context.Background(), data, extract.Input{Source: name, Reference: ref})
			if err != nil {
				t.Fatal(err)
			}
			rec := extract.NewRecord(d)
			checkSpans(t, name, rec)
			got, err := json.MarshalIndent(rec, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			validate(t, schema, name, got)
			golden := filepath.Join(goldenDir, strings.TrimSuffix(name, filepath.Ext(name))+".json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (run go test ./extract -update and review the diff):\n%s", name, golden, firstDiff(want, got))
			}
		})
	}
}

// firstDiff shows the first differing line with a little context.
func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, w, g)
		}
	}
	return "(no line differs)"
}
