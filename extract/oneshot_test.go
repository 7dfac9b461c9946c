package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestExtractSharesTheDefaultExtractor(t *testing.T) {
	a, err := extractorFor(Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := extractorFor(Options{Published: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), MaxBytes: 10})
	if err != nil {
		t.Fatal(err)
	}
	if a.cleaner != b.cleaner || a.claims != b.claims || a.opts.Rules != b.opts.Rules {
		t.Error("two calls compiled the rules twice")
	}
	if a.opts.MaxBytes != DefaultMaxBytes || b.opts.MaxBytes != 10 || !a.opts.Published.IsZero() || a.opts.Format != Auto {
		t.Errorf("options leak between calls: %+v / %+v", a.opts, b.opts)
	}
}

func TestExtractOneCall(t *testing.T) {
	ctx := context.Background()
	text := "Acme plans\n\nAcme Corp said on Tuesday that it would invest $2bn in new factories."
	rec, err := Extract(ctx, strings.NewReader(text), Options{Published: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var date string
	for _, v := range rec.Values {
		if d, ok := v.Date(); ok {
			date = d
		}
		if _, ok := v.Percent(); ok {
			t.Errorf("value %q of type %s reads as a percent", v.Text, v.Type)
		}
	}
	if date != "2024-04-30" || rec.Format != "text" || len(rec.Claims) == 0 {
		t.Errorf("date %q, format %q, %d claims", date, rec.Format, len(rec.Claims))
	}

	_, err = Extract(ctx, strings.NewReader(text), Options{MaxBytes: 20})
	if !errors.Is(err, ErrTooLarge) || strings.Contains(err.Error(), "--") {
		t.Errorf("over MaxBytes: %v (want ErrTooLarge, naming no command-line flag)", err)
	}

	dir := t.TempDir()
	page := filepath.Join(dir, "page.htm")
	if err := os.WriteFile(page, []byte("<title>Acme plans</title><p>"+text+"</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	rec, err = ExtractFile(ctx, page, Options{})
	if err != nil || rec.Source != page || rec.Format != "html" {
		t.Fatalf("ExtractFile: %v, source %q, format %q", err, rec.Source, rec.Format)
	}
	_, err = ExtractFile(ctx, filepath.Join(dir, "none.txt"), Options{})
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "none.txt") {
		t.Errorf("missing file: %v", err)
	}
}
