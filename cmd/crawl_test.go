package cmd

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusCrawl is the crawl of the article corpus (see internal/crawl).
const corpusCrawl = "../testdata/crawl/corpus.warc.gz"

func TestExtractWARC(t *testing.T) {
	abs, err := filepath.Abs(corpusCrawl)
	if err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "", "", "extract", "--format", "jsonl", abs)
	if code != ExitOK {
		t.Fatalf("code %d, stderr %s", code, errs)
	}
	recs := records(t, out)
	if len(recs) < 19 {
		t.Fatalf("%d records, want one per HTML or text response (19)", len(recs))
	}
	for _, r := range recs {
		id, _ := r["id"].(string)
		meta, _ := r["meta"].(map[string]any)
		if !strings.HasPrefix(id, "urn:uuid:") || r["error"] != nil {
			t.Errorf("record %v: id %q error %v", r["source"], id, r["error"])
		}
		if u, _ := meta["url"].(string); !strings.HasPrefix(u, "https://news.example/") {
			t.Errorf("%s: meta.url %q, want the WARC-Target-URI", id, u)
		}
	}
	if !strings.Contains(errs, "1 non-article crawl record skipped") {
		t.Errorf("summary does not count the image: %q", errs)
	}
}

// TestExtractDamagedWARC cuts the crawl in two places: each damaged stretch
// is one error record naming its offset, and every intact record survives.
func TestExtractDamagedWARC(t *testing.T) {
	data, err := os.ReadFile(corpusCrawl)
	if err != nil {
		t.Fatal(err)
	}
	good := countRecords(t, data)
	dir := t.TempDir()
	// Drop 200 bytes from the middle of the file, and end it early.
	mid := len(data) / 2
	damaged := append(append([]byte{}, data[:mid]...), data[mid+200:len(data)-30]...)
	if err := os.WriteFile(filepath.Join(dir, "damaged.warc.gz"), damaged, 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, dir, "", "extract", "--format", "jsonl", "damaged.warc.gz")
	if code != ExitFailed {
		t.Fatalf("code %d, want %d; stderr %s", code, ExitFailed, errs)
	}
	var failed, ok int
	for _, r := range records(t, out) {
		if e, _ := r["error"].(string); e != "" {
			failed++
			if !strings.Contains(e, "record at byte ") || r["source"] != "damaged.warc.gz" {
				t.Errorf("error record %v names no file or offset", r)
			}
			continue
		}
		ok++
	}
	if failed < 1 || failed > 2 {
		t.Errorf("%d error records for two damaged stretches", failed)
	}
	// The cut record and the cut-off image are lost; nothing else is.
	if ok < good-2 {
		t.Errorf("%d records kept of %d", ok, good)
	}
}

// countRecords counts the article records of a crawl as extract reads it.
func countRecords(t *testing.T, data []byte) int {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "c.warc.gz"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, _ := run(t, dir, "", "extract", "--format", "jsonl", "c.warc.gz")
	return len(records(t, out))
}

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	zw.Close()
	return b.Bytes()
}

func TestExtractGzipInputs(t *testing.T) {
	dir := t.TempDir()
	page := "<!DOCTYPE html><html><head><title>Plan</title></head><body><p>" + strings.TrimSpace(article) + "</p></body></html>"
	files := map[string][]byte{
		"a.txt.gz":    gz(t, article),
		"b.html.gz":   gz(t, page),
		"c.jsonl.gz":  gz(t, `{"id": "j1", "text": "Acme Corp said on Tuesday it would hire 200 people."}`+"\n"),
		"bomb.txt.gz": gz(t, strings.Repeat("a", 3<<20)),
		"bad.txt.gz":  []byte("\x1f\x8bnot really gzip"),
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errs, code := run(t, dir, "", "extract", "--format", "jsonl", "--max-bytes", "1000000", ".")
	if code != ExitFailed {
		t.Fatalf("code %d, want %d (bomb and bad gzip fail); stderr %s", code, ExitFailed, errs)
	}
	bySource := map[string]map[string]any{}
	for _, r := range records(t, out) {
		bySource[r["source"].(string)] = r
	}
	if len(bySource) != 4 {
		t.Fatalf("records for %d files, want 4 (.jsonl.gz is not picked without --input-format jsonl): %v", len(bySource), bySource)
	}
	for _, name := range []string{"a.txt.gz", "b.html.gz"} {
		r := bySource[name]
		if r == nil || r["error"] != nil || !strings.Contains(r["text"].(string), "invest $2bn") {
			t.Errorf("%s: %v", name, r)
		}
	}
	if bySource["b.html.gz"]["format"] != "html" {
		t.Errorf("b.html.gz read as %v", bySource["b.html.gz"]["format"])
	}
	if e, _ := bySource["bomb.txt.gz"]["error"].(string); !strings.Contains(e, "too large") {
		t.Errorf("gzip bomb: %v", e)
	}
	if e, _ := bySource["bad.txt.gz"]["error"].(string); !strings.Contains(e, "gzip") {
		t.Errorf("bad gzip: %v", e)
	}
	out, errs, code = run(t, dir, "", "extract", "--format", "jsonl", "--input-format", "jsonl", "c.jsonl.gz")
	if code != ExitOK || len(records(t, out)) != 1 || records(t, out)[0]["id"] != "j1" {
		t.Errorf("c.jsonl.gz: code %d out %s err %s", code, out, errs)
	}
}
