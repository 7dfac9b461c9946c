package batch

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func lines(t testing.TB, input string) []Item {
	t.Helper()
	var out []Item
	jsonLines("in.jsonl", "in.jsonl", strings.NewReader(input), 1<<20, func(it Item) bool {
		out = append(out, it)
		return true
	})
	return out
}

// TestJSONLinesKeepIDsAsWritten: numbers above 2^53 and strings are kept, a
// second object on a line is an error, and error items keep the id.
func TestJSONLinesKeepIDsAsWritten(t *testing.T) {
	its := lines(t, `{"id": 9007199254740993, "text": "a"}
{"id": "1", "text": "b"}
{"id": 7, "text": "c"} {"id": 8, "text": "d"}
{"id": 9, "text": 5}
{"id": 10}
`)
	if len(its) != 5 {
		t.Fatalf("%d items", len(its))
	}
	if id, ok := its[0].Input.ID.(json.Number); !ok || id.String() != "9007199254740993" || its[0].Err != nil {
		t.Errorf("big id: %#v, %v", its[0].Input.ID, its[0].Err)
	}
	if id, ok := its[1].Input.ID.(string); !ok || id != "1" {
		t.Errorf("string id: %#v", its[1].Input.ID)
	}
	if its[2].Err == nil || !strings.Contains(its[2].Err.Error(), "more than one") {
		t.Errorf("two objects: %v", its[2].Err)
	}
	for _, i := range []int{2, 3, 4} {
		if its[i].Err == nil || its[i].Input.ID == nil {
			t.Errorf("line %d: err %v, id %v", i+1, its[i].Err, its[i].Input.ID)
		}
	}
}

// FuzzJSONLines: every non-blank line yields one item, with data or an
// error, and nothing panics.
func FuzzJSONLines(f *testing.F) {
	f.Add(`{"id": 1, "text": "a"}` + "\n" + `{"id": "x", "html": "<p>b</p>"} {}`)
	f.Add(`{"id": 123456789012345678901234567890, "text": "a"}`)
	f.Add("\n\n{\"id\": [1, {\"a\": null}], \"text\": \"\\u00e9\"}\r\n")
	f.Fuzz(func(t *testing.T, input string) {
		want := 0
		for _, l := range strings.Split(input, "\n") {
			if strings.TrimSpace(l) != "" {
				want++
			}
		}
		its := lines(t, input)
		if len(its) != want {
			t.Fatalf("%d items for %d non-blank lines", len(its), want)
		}
		for _, it := range its {
			if (it.Err == nil) == (it.Data == nil) {
				t.Fatalf("item with data %q and error %v", it.Data, it.Err)
			}
			if it.Err == nil && !utf8.Valid(it.Data) {
				t.Fatalf("invalid UTF-8 from a JSON string")
			}
		}
	})
}

// TestReadFileHonoursContext: a read whose deadline passed gives up.
func TestReadFileHonoursContext(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(p, []byte("text"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ReadFileContext(ctx, p, 100); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
	if data, err := ReadFileContext(context.Background(), p, 100); err != nil || string(data) != "text" {
		t.Errorf("%q, %v", data, err)
	}
}
