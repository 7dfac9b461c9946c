package extract_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimex/claimex/extract"
)

// FuzzExtract runs the whole pipeline on arbitrary bytes: it must return a
// record or an error, never panic, and every record must keep its spans
// inside its text and match the schema.
func FuzzExtract(f *testing.F) {
	for _, dir := range []string{"../testdata/hostile", "../testdata/articles"} {
		names, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, n := range names {
			if filepath.Ext(n) == ".yaml" {
				continue
			}
			if data, err := os.ReadFile(n); err == nil && len(data) < 64<<10 {
				f.Add(data)
			}
		}
	}
	f.Add([]byte(`<p>“Unclosed, he said. 'Nested “quote’ $5bn-$3bn on 31 February</p>`))
	schema := compileSchema(f)
	x, err := extract.New(extract.Options{Published: time.Date(2018, 12, 19, 0, 0, 0, 0, time.UTC), MaxBytes: 1 << 20})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := x.Extract(context.Background(), data, extract.Input{Source: "fuzz"})
		if err != nil {
			return
		}
		rec := extract.NewRecord(d)
		checkSpans(t, "fuzz", rec)
		raw, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		validate(t, schema, "fuzz", raw)
	})
}
