// Package output encodes records as JSON, JSON Lines or YAML and writes files atomically.
package output

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"go.yaml.in/yaml/v3"
)

// Format is an output format.
type Format string

// Output formats.
const (
	JSON  Format = "json"  // one indented record, or an array of them for several inputs
	JSONL Format = "jsonl" // one compact record a line
	YAML  Format = "yaml"  // a YAML stream, one document per record
	// CSV is one RFC 4180 table for all records: claims, entities or values ([Options.Rows]).
	CSV Format = "csv"
	// JSONLD is one schema.org JSON-LD document per record, one a line.
	JSONLD Format = "jsonld"
)

// ParseFormat checks a --format value.
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case JSON, JSONL, YAML, CSV, JSONLD:
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q (want json, jsonl, yaml, csv or jsonld)", s)
}

// Encoder writes a stream of records. Close must be called after the last one.
type Encoder struct {
	w       *bufio.Writer
	format  Format
	pending any // JSON: the first record, held until we know whether an array is needed
	count   int
	opts    Options
	stream  streamEncoder // CSV and JSON-LD
}

// NewEncoder returns an Encoder writing format to w.
func NewEncoder(w io.Writer, format Format) *Encoder {
	return NewEncoderOptions(w, format, Options{})
}

// Encode writes one record.
func (e *Encoder) Encode(rec any) error {
	if e.stream != nil {
		if err := e.stream.Encode(rec); err != nil {
			return err
		}
		return e.w.Flush()
	}
	rec = e.opts.prepare(rec)
	e.count++
	switch e.format {
	case JSONL:
		if err := e.writeJSON("", rec); err != nil {
			return err
		}
		return e.w.Flush()
	case YAML:
		if e.count > 1 {
			if _, err := e.w.WriteString("---\n"); err != nil {
				return err
			}
		}
		enc := yaml.NewEncoder(e.w)
		enc.SetIndent(2)
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("encoding yaml: %w", err)
		}
		if err := enc.Close(); err != nil {
			return err
		}
		return e.w.Flush()
	}
	switch e.count {
	case 1:
		e.pending = rec
		return nil
	case 2:
		if err := e.writeJSON("[\n  ", e.pending); err != nil {
			return err
		}
		e.pending = nil
	}
	if err := e.writeJSON(",\n  ", rec); err != nil {
		return err
	}
	return e.w.Flush()
}

// writeJSON writes sep and then rec: indented for JSON (nested one level
// inside an array), compact for JSON Lines, without a final newline for JSON.
func (e *Encoder) writeJSON(sep string, rec any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if e.format == JSON {
		indent := ""
		if sep != "" {
			indent = "  "
		}
		enc.SetIndent(indent, "  ")
	}
	if err := enc.Encode(rec); err != nil {
		return fmt.Errorf("encoding json: %w", err)
	}
	out := buf.Bytes()
	if e.format == JSON {
		out = bytes.TrimRight(out, "\n")
	}
	if _, err := e.w.WriteString(sep); err != nil {
		return err
	}
	_, err := e.w.Write(out)
	return err
}

// Close ends the stream: it writes a held single JSON record, or closes the array.
func (e *Encoder) Close() error {
	if e.stream != nil {
		if err := e.stream.Close(); err != nil {
			return err
		}
	}
	if e.format == JSON {
		var err error
		switch e.count {
		case 0:
			_, err = e.w.WriteString("[]\n")
		case 1:
			if err = e.writeJSON("", e.pending); err == nil {
				_, err = e.w.WriteString("\n")
			}
		default:
			_, err = e.w.WriteString("\n]\n")
		}
		if err != nil {
			return err
		}
	}
	return e.w.Flush()
}

// AtomicFile is a file that appears at its path only when committed: writes
// go to a temporary file in the same folder, renamed over the path on Commit.
// A crash or Abort leaves the old file, or none, never a torn one.
type AtomicFile struct {
	*os.File
	path string
}

// CreateAtomic starts writing path.
func CreateAtomic(path string) (*AtomicFile, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, err
	}
	return &AtomicFile{File: f, path: path}, nil
}

// Commit flushes the file to disk and moves it into place.
func (a *AtomicFile) Commit() error {
	if err := a.File.Sync(); err != nil {
		a.Abort()
		return err
	}
	if err := a.File.Close(); err != nil {
		os.Remove(a.File.Name())
		return err
	}
	if err := os.Chmod(a.File.Name(), 0o644); err != nil {
		os.Remove(a.File.Name())
		return err
	}
	return os.Rename(a.File.Name(), a.path)
}

// Abort discards what was written.
func (a *AtomicFile) Abort() {
	a.File.Close()
	os.Remove(a.File.Name())
}
