package compare

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/claimex/claimex/extract"
)

var (
	extractorOnce sync.Once
	extractor     *extract.Extractor
	extractorErr  error
)

// newExtractor returns one extractor for all tests.
func newExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	extractorOnce.Do(func() { extractor, extractorErr = extract.New(extract.Options{}) })
	if extractorErr != nil {
		t.Fatal(extractorErr)
	}
	return extractor
}

// record runs the pipeline on text, resolving relative dates against published.
func record(t testing.TB, source, text, published string) *extract.Record {
	t.Helper()
	ref, err := time.Parse("2006-01-02", published)
	if err != nil {
		t.Fatal(err)
	}
	d, err := newExtractor(t).Extract(context.Background(), []byte(text), extract.Input{Source: source, Reference: ref})
	if err != nil {
		t.Fatalf("%s: %v", source, err)
	}
	r := extract.NewRecord(d)
	return &r
}

// recordFile runs the pipeline on a file of the repository's testdata.
func recordFile(t testing.TB, path, published string) *extract.Record {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", path))
	if err != nil {
		t.Fatal(err)
	}
	return record(t, filepath.Base(path), string(data), published)
}

func newComparer(t testing.TB) *Comparer {
	t.Helper()
	c, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func inputsOf(recs ...*extract.Record) []Input {
	out := make([]Input, len(recs))
	for i, r := range recs {
		out[i] = Input{Record: r}
	}
	return out
}

// seedPair returns the records of the two seed articles.
func seedPair(t testing.TB) []*extract.Record {
	return []*extract.Record{
		recordFile(t, "articles/huawei-2bn-cybersecurity.txt", "2018-12-19"),
		recordFile(t, "articles/huawei-cybersecurity-push.txt", "2018-12-18"),
	}
}

// memberSets returns each group as its set of "document/claim" names.
func memberSets(rep *Report) []map[string]bool {
	var out []map[string]bool
	for _, g := range rep.Groups {
		set := map[string]bool{}
		for _, m := range g.Members {
			set[itoa(m.Document)+"/"+m.Claim] = true
		}
		out = append(out, set)
	}
	return out
}

// plainJSON turns a value into what its JSON encoding decodes to.
func plainJSON(t testing.TB, v any) any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func docsOf(recs ...*extract.Record) []*extract.Record { return recs }
