package output

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

type testRecord struct {
	Name  string           `json:"name"`
	Meta  map[string]any   `json:"meta"`
	Items []map[string]any `json:"items"`
	Empty []string         `json:"empty"`
	Skip  string           `json:"-"`
}

// TestMarshalMatchesEncodingJSON: the field-by-field encoding is byte for
// byte what encoding/json writes for the whole record.
func TestMarshalMatchesEncodingJSON(t *testing.T) {
	small := testRecord{Name: "a <b>", Meta: map[string]any{"k": []int{1, 2}}, Items: []map[string]any{{"x": 1}, {"y": map[string]int{"z": 2}}}, Empty: []string{}}
	large := testRecord{Name: "large", Items: make([]map[string]any, 0, 30000)}
	for i := range cap(large.Items) {
		large.Items = append(large.Items, map[string]any{"i": i, "text": strings.Repeat("x", i%64)})
	}
	for _, rec := range []testRecord{small, large} {
		testMarshalMatchesEncodingJSON(t, rec)
	}
}

func testMarshalMatchesEncodingJSON(t *testing.T, rec testRecord) {
	t.Helper()
	for _, f := range []Format{JSON, JSONL} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if f == JSON {
			enc.SetIndent("", "  ")
		}
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
		got, err := Marshal(rec, f)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want.String() {
			t.Errorf("%s: %d bytes, want %d:\ngot  %.300s\nwant %.300s", f, len(got), want.Len(), got, want.String())
		}
	}
}

// TestYAMLWritesIntegersInFull: YAML 1.1 readers load 2e+09 as a string.
func TestYAMLWritesIntegersInFull(t *testing.T) {
	got, err := Marshal(map[string]any{"amount": 2e9, "big": 1e21, "small": 1e-7, "pct": 12.5, "id": json.Number("9007199254740993"), "s": "2e9"}, YAML)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"amount: 2000000000\n", "big: 1.0e+21\n", "small: 1.0e-7\n", "pct: 12.5\n", "id: 9007199254740993\n", "s: \"2e9\"\n"} {
		if !strings.Contains(string(got), want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	var back map[string]any
	if err := yaml.Unmarshal(got, &back); err != nil || back["amount"] != 2000000000 || back["s"] != "2e9" {
		t.Errorf("read back %v, %v", back, err)
	}
}

// TestMarshalNonFiniteFailsOneRecord: an infinity is an error of that record.
func TestMarshalNonFiniteFailsOneRecord(t *testing.T) {
	var b bytes.Buffer
	e := NewEncoder(&b, JSON)
	if err := e.Encode(testRecord{Meta: map[string]any{"v": math.Inf(1)}}); err == nil || !strings.Contains(err.Error(), "meta") {
		t.Fatalf("err = %v, want one naming the field", err)
	}
	if err := e.Encode(map[string]int{"a": 1}); err != nil {
		t.Fatal(err)
	}
	if err := e.Close(); err != nil || b.String() != "{\n  \"a\": 1\n}\n" {
		t.Errorf("after a failed record: %q, %v", b.String(), err)
	}
}

// TestIDNameIsReversible: distinct ids get distinct names, and each name
// reads back as its id.
func TestIDNameIsReversible(t *testing.T) {
	ids := []any{"dup", "a/b", "a_b", "a b", json.Number("1"), "1", "-2", json.Number("-2"), json.Number("1e+5"), "1e+5",
		"line-3", "@line-3", ".", "..", "", "é", "%41", true, []any{"x"}, json.Number("9007199254740993")}
	seen := map[string]any{}
	for _, id := range ids {
		name := IDName(id, 3)
		if prev, dup := seen[name]; dup {
			t.Errorf("%#v and %#v share %q", prev, id, name)
		}
		seen[name] = id
		if strings.ContainsAny(name, "/\\") || name == "." || name == ".." || strings.HasPrefix(name, ".") {
			t.Errorf("%#v: unsafe name %q", id, name)
		}
		back, ok := ParseIDName(name)
		if bj, _ := json.Marshal(back); !ok || string(bj) != mustJSON(id) || fmtType(back) != fmtType(id) && fmtType(id) != "other" {
			t.Errorf("%#v → %q → %#v", id, name, back)
		}
	}
	if _, ok := ParseIDName(IDName(nil, 3)); ok || !strings.Contains(IDName(nil, 3), "3") {
		t.Errorf("no id: %q", IDName(nil, 3))
	}
}

func mustJSON(v any) string { b, _ := json.Marshal(v); return string(b) }

func fmtType(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case json.Number:
		return "number"
	}
	return "other"
}
