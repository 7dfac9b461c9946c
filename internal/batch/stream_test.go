package batch

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestItemsOfMatchesItems reads the same files by path and from an opened
// stream: both give the same items, data included.
func TestItemsOfMatchesItems(t *testing.T) {
	dir := t.TempDir()
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write([]byte("<html><body><p>Acme said it would hire 200 people.</p></body></html>"))
	zw.Close()
	files := map[string][]byte{"page.html.gz": z.Bytes(), "lines.jsonl": []byte("{\"id\": 7, \"text\": \"One.\"}\n{\"text\": \"Two.\"}\n")}
	crawl, err := os.ReadFile("../../testdata/crawl/corpus.warc.gz")
	if err != nil {
		t.Fatal(err)
	}
	files["corpus.warc.gz"] = crawl
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		opts := Options{MaxBytes: 1 << 20, JSONL: name == "lines.jsonl"}
		var byPath, byStream []Item
		for it := range Items([]string{p}, opts) {
			if it.Data == nil && it.Path != "" {
				if it.Data, it.Err = ReadFile(it.Path, opts.MaxBytes); it.Err == nil {
					it.Input.Format = FormatByName(it.Path)
				}
				it.Path = ""
			}
			it.Rel = p
			byPath = append(byPath, it)
		}
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		for it := range ItemsOf(p, f, opts) {
			byStream = append(byStream, it)
		}
		f.Close()
		if len(byPath) == 0 || !reflect.DeepEqual(byPath, byStream) {
			t.Errorf("%s: by path %d items, by stream %d; first %+v vs %+v", name, len(byPath), len(byStream), byPath[0].Input, byStream[0].Input)
		}
	}
}
