package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimex/claimex/extract"
)

// TestExtractOwnedMatchesExtract: reading the input in place changes no
// record, for HTML, text, a NUL the loader drops and a UTF-8 byte-order mark.
func TestExtractOwnedMatchesExtract(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob("../testdata/articles/*.html")
	txt, _ := filepath.Glob("../testdata/articles/*.txt")
	if len(names) == 0 || len(txt) == 0 {
		t.Fatal("no articles under ../testdata/articles")
	}
	var inputs [][]byte
	for _, n := range []string{names[0], txt[0]} {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, data, append([]byte("\xef\xbb\xbf"), bytes.Replace(data, []byte(" "), []byte(" \x00"), 3)...))
	}
	for i, data := range inputs {
		want := record(t, x, data, false)
		if got := record(t, x, bytes.Clone(data), true); got != want {
			t.Errorf("input %d: ExtractOwned record differs from Extract's", i)
		}
	}
}

// record extracts data and returns its record as JSON.
func record(t *testing.T, x *extract.Extractor, data []byte, owned bool) string {
	t.Helper()
	extractFn := x.Extract
	if owned {
		extractFn = x.ExtractOwned
	}
	d, err := extractFn(context.Background(), data, extract.Input{Source: "a"})
	if err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(extract.NewRecord(d))
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}
