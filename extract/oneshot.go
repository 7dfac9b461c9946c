package extract

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// shared is the extractor of the embedded rules, compiled once on first use
// by [Extract] and [ExtractFile].
var shared struct {
	once sync.Once
	x    *Extractor
	err  error
}

// extractorFor returns an extractor for opts: the shared one, with opts'
// settings, when opts.Rules is nil; a new one otherwise.
func extractorFor(opts Options) (*Extractor, error) {
	if opts.Rules != nil {
		return New(opts)
	}
	shared.once.Do(func() { shared.x, shared.err = New(Options{}) })
	if shared.err != nil {
		return nil, shared.err
	}
	x := *shared.x // the compiled stages are read-only and shared
	x.opts = withDefaults(opts, shared.x.opts.Rules)
	return &x, nil
}

// Extract reads one article from r and returns its record: the one-call form
// for a single document. With opts.Rules nil it reuses an extractor of the
// embedded rules compiled on first use; to process many documents with other
// rules, build one [Extractor] with [New] and call its Extract.
func Extract(ctx context.Context, r io.Reader, opts Options) (*Record, error) {
	x, err := extractorFor(opts)
	if err != nil {
		return nil, err
	}
	d, err := x.ExtractReader(ctx, r, Input{})
	if err != nil {
		return nil, err
	}
	rec := NewRecord(d)
	return &rec, nil
}

// ExtractFile is [Extract] on the file at path, which names the record's
// source; a .html or .htm name makes [Auto] read the file as HTML.
func ExtractFile(ctx context.Context, path string, opts Options) (*Record, error) {
	x, err := extractorFor(opts)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	in := Input{Source: path}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		if x.opts.Format == Auto {
			in.Format = HTML
		}
	}
	d, err := x.ExtractReader(ctx, f, in)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	rec := NewRecord(d)
	return &rec, nil
}
