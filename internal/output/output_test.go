package output

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func encode(t *testing.T, f Format, recs ...any) string {
	t.Helper()
	var b bytes.Buffer
	e := NewEncoder(&b, f)
	for _, r := range recs {
		if err := e.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestEncoderJSON(t *testing.T) {
	one := encode(t, JSON, map[string]int{"a": 1})
	if one != "{\n  \"a\": 1\n}\n" {
		t.Errorf("one record = %q", one)
	}
	three := encode(t, JSON, map[string]int{"a": 1}, map[string]int{"a": 2}, map[string]string{"x": "<&>"})
	var arr []map[string]any
	if err := json.Unmarshal([]byte(three), &arr); err != nil || len(arr) != 3 {
		t.Fatalf("three records: %v\n%s", err, three)
	}
	if !strings.Contains(three, "<&>") {
		t.Errorf("HTML characters escaped: %s", three)
	}
	if got := encode(t, JSON); got != "[]\n" {
		t.Errorf("no records = %q", got)
	}
}

func TestEncoderForceArray(t *testing.T) {
	for n, want := range []string{"[]\n", "[\n  {\n    \"a\": 0\n  }\n]\n", "[\n  {\n    \"a\": 0\n  },\n  {\n    \"a\": 1\n  }\n]\n"} {
		var b bytes.Buffer
		e := NewEncoder(&b, JSON)
		e.ForceArray()
		for i := range n {
			if err := e.Encode(map[string]int{"a": i}); err != nil {
				t.Fatal(err)
			}
		}
		if err := e.Close(); err != nil {
			t.Fatal(err)
		}
		if b.String() != want {
			t.Errorf("%d records = %q, want %q", n, b.String(), want)
		}
	}
}

func TestEncoderJSONLAndYAML(t *testing.T) {
	got := encode(t, JSONL, map[string]int{"a": 1}, map[string]int{"a": 2})
	if got != "{\"a\":1}\n{\"a\":2}\n" {
		t.Errorf("jsonl = %q", got)
	}
	got = encode(t, YAML, map[string]int{"a": 1}, map[string]int{"a": 2})
	if got != "a: 1\n---\na: 2\n" {
		t.Errorf("yaml = %q", got)
	}
}

func TestDirPath(t *testing.T) {
	d := Dir{Root: "out", Format: JSON}
	for _, tt := range []struct {
		rel  string
		line int
		id   any
		want string
		err  error
	}{
		{rel: "a.html", want: "out/a.html.json"},
		{rel: "x/y/b.txt", want: "out/x/y/b.txt.json"},
		{rel: "in.jsonl", line: 3, id: "story/1", want: "out/in/story%2F1.json"},
		{rel: "stdin", line: 2, want: "out/stdin/@line-2.json"},
		{rel: "../etc/passwd", err: ErrOutside},
		{rel: "in.jsonl", line: 1, id: "../../x", want: "out/in/%2E.%2F..%2Fx.json"},
		{rel: "..dots.txt", want: "out/..dots.txt.json"},
	} {
		got, err := d.Path(tt.rel, tt.line, tt.id)
		if !errors.Is(err, tt.err) || got != filepath.FromSlash(tt.want) {
			t.Errorf("Path(%q, %d, %v) = %q, %v; want %q, %v", tt.rel, tt.line, tt.id, got, err, tt.want, tt.err)
		}
	}
}

func TestAtomicFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "f.json")
	if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := CreateAtomic(p)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("new")
	f.Abort()
	if got, _ := os.ReadFile(p); string(got) != "old" {
		t.Errorf("after Abort: %q", got)
	}
	f, _ = CreateAtomic(p)
	f.WriteString("new")
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(p); string(got) != "new" {
		t.Errorf("after Commit: %q", got)
	}
	if m, _ := filepath.Glob(filepath.Join(dir, ".f.json.tmp-*")); len(m) != 0 {
		t.Errorf("temporary files left: %v", m)
	}
}
