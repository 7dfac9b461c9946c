// Package output encodes records as JSON, JSON Lines or YAML and writes files atomically.
package output

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Format is an output format.
type Format string

// Output formats.
const (
	JSON  Format = "json"  // one indented record, or an array of them for several inputs
	JSONL Format = "jsonl" // one compact record a line
	YAML  Format = "yaml"  // a YAML stream, one document per record
)

// ParseFormat checks a --format value.
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case JSON, JSONL, YAML:
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q (want json, jsonl or yaml)", s)
}

// Encoder writes a stream of records. Close must be called after the last one.
type Encoder struct {
	w       *bufio.Writer
	format  Format
	pending []byte // JSON: the first record, held until we know whether an array is needed
	count   int
}

// NewEncoder returns an Encoder writing format to w.
func NewEncoder(w io.Writer, format Format) *Encoder {
	return &Encoder{w: bufio.NewWriterSize(w, 64<<10), format: format}
}

// Encode writes one record.
func (e *Encoder) Encode(rec any) error {
	data, err := Marshal(rec, e.format)
	if err != nil {
		return err
	}
	return e.Write(data)
}

// Write writes one record encoded by [Marshal] in the encoder's format and
// flushes it, so records stream out as they come.
func (e *Encoder) Write(data []byte) error {
	e.count++
	switch e.format {
	case YAML:
		if e.count > 1 {
			if _, err := e.w.WriteString("---\n"); err != nil {
				return err
			}
		}
	case JSON:
		switch e.count {
		case 1:
			e.pending = data
			return nil
		case 2:
			if err := e.element("[\n  ", e.pending); err != nil {
				return err
			}
			e.pending = nil
		}
		if err := e.element(",\n  ", data); err != nil {
			return err
		}
		return e.w.Flush()
	}
	if _, err := e.w.Write(data); err != nil {
		return err
	}
	return e.w.Flush()
}

// element writes sep and a JSON record indented one level, as an array
// element. JSON strings hold no raw newline, so every newline is structure.
func (e *Encoder) element(sep string, data []byte) error {
	if _, err := e.w.WriteString(sep); err != nil {
		return err
	}
	data = bytes.TrimSuffix(data, []byte("\n"))
	for len(data) > 0 {
		line, rest, more := bytes.Cut(data, []byte("\n"))
		if _, err := e.w.Write(line); err != nil {
			return err
		}
		if more {
			if _, err := e.w.WriteString("\n  "); err != nil {
				return err
			}
		}
		data = rest
	}
	return nil
}

// Close ends the stream: it writes a held single JSON record, or closes the array.
func (e *Encoder) Close() error {
	if e.format == JSON {
		var err error
		switch e.count {
		case 0:
			_, err = e.w.WriteString("[]\n")
		case 1:
			_, err = e.w.Write(e.pending)
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
