package batch

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/claimex/claimex/extract"
)

// Document reads one item, when it is not read yet, and runs the pipeline on
// it. A file's extension settles its format when opts.Format is auto.
func Document(ctx context.Context, x *extract.Extractor, it Item, opts extract.Options) (*extract.Document, error) {
	in := it.Input
	if in.Format == "" && it.Path != "" && opts.Format == extract.Auto {
		in.Format = FormatByName(it.Path)
	}
	if it.Data != nil {
		return x.Extract(ctx, it.Data, in)
	}
	data, err := ReadFileContext(ctx, it.Path, opts.MaxBytes)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			err = fmt.Errorf("%w (over %s, reading the file)", extract.ErrTimeout, opts.Timeout)
		}
		return nil, err
	}
	return x.ExtractOwned(ctx, data, in) // the buffer is this call's alone
}

// ExtractRecord runs the pipeline on one item and returns its document record.
func ExtractRecord(ctx context.Context, x *extract.Extractor, it Item, opts extract.Options) (extract.Record, error) {
	d, err := Document(ctx, x, it, opts)
	if err != nil {
		return extract.Record{}, err
	}
	return extract.NewRecord(d), nil
}

// ErrorRecord is the record written in place of an item that failed.
func ErrorRecord(it Item, err error) extract.ErrorRecord {
	return extract.ErrorRecord{Schema: extract.SchemaVersion, Source: it.Source, ID: it.Input.ID, Error: err.Error()}
}

// FormatByName lets a file's extension (before any .gz) settle the format
// when sniffing is on: .html, .htm and .xhtml are HTML; others are sniffed.
func FormatByName(path string) extract.InputFormat {
	path = strings.TrimSuffix(strings.ToLower(path), ".gz")
	switch path[strings.LastIndexByte(path, '.')+1:] {
	case "html", "htm", "xhtml":
		return extract.HTML
	}
	return ""
}
