package extract

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

func TestRuneIndex(t *testing.T) {
	text := "a “b” €2bn 日本 x"
	ix := newRuneIndex(text)
	for b := range text { // every rune start
		want := len([]rune(text[:b]))
		if got := ix.pos(b); got != want {
			t.Errorf("pos(%d) = %d, want %d", b, got, want)
		}
	}
	if got, want := ix.pos(len(text)), len([]rune(text)); got != want {
		t.Errorf("pos(end) = %d, want %d", got, want)
	}
}

func TestNewRecordOffsetsAndNulls(t *testing.T) {
	text := "“Hi,” said Zoë about €2bn."
	start := strings.Index(text, "€2bn")
	d := &document.Document{
		Source: "x.txt", Format: document.FormatText, Text: text,
		Values: []document.Value{{ID: "v1", Type: document.Money, Span: document.Span{Start: start, End: start + len("€2bn")}, Text: "€2bn"}},
		Claims: []document.Claim{{ID: "c1", Kind: document.Quote, Span: document.Span{Start: len("“"), End: len("“Hi")}, Text: "Hi"}},
	}
	r := NewRecord(d)
	if got := string([]rune(text)[r.Values[0].Start:r.Values[0].End]); got != "€2bn" {
		t.Errorf("value span gives %q, want €2bn", got)
	}
	if r.Claims[0].Start != 1 || r.Claims[0].End != 3 {
		t.Errorf("claim span = %d..%d, want 1..3", r.Claims[0].Start, r.Claims[0].End)
	}
	raw, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	meta := m["meta"].(map[string]any)
	for _, k := range []string{"title", "published", "site", "url", "language"} {
		if v, ok := meta[k]; !ok || v != nil {
			t.Errorf("meta.%s = %v (present %v), want null", k, v, ok)
		}
	}
	if a, ok := meta["authors"].([]any); !ok || len(a) != 0 {
		t.Errorf("meta.authors = %v, want []", meta["authors"])
	}
	for _, k := range []string{"removed", "entities"} {
		if a, ok := m[k].([]any); !ok || len(a) != 0 {
			t.Errorf("%s = %v, want []", k, m[k])
		}
	}
	c := m["claims"].([]any)[0].(map[string]any)
	if c["claimant"] != nil || c["cue"] != nil || c["via"] != nil {
		t.Errorf("claim nulls: claimant %v cue %v via %v", c["claimant"], c["cue"], c["via"])
	}
}
