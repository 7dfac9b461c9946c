// Package output encodes records as JSON, JSON Lines or YAML and writes files atomically.
package output

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Format is an output format.
type Format string

// Output formats.
const (
	JSON  Format = "json"  // one indented record, or an array of them (see [Encoder.ForceArray])
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
	pending []byte // JSON: the first record, held until we know whether an array is needed
	count   int
	array   bool // JSON: an array even for one record
	opts    Options
	stream  streamEncoder // CSV and JSON-LD
}

// ForceArray makes JSON output an array whatever the number of records, for
// callers whose inputs may hold any number of articles (a folder).
func (e *Encoder) ForceArray() { e.array = true }

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
	data, err := Marshal(e.opts.prepare(rec), e.format)
	if err != nil {
		return err
	}
	return e.Write(data)
}

// Write writes one record encoded by [MarshalOptions] in the encoder's
// format (not CSV or JSON-LD, which [Encode] writes) and flushes it, so
// records stream out as they come.
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
		switch {
		case e.count == 1 && e.array:
			if err := e.element("[\n  ", data); err != nil {
				return err
			}
			return e.w.Flush()
		case e.count == 1:
			e.pending = data
			return nil
		case e.count == 2 && !e.array:
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
	if e.stream != nil {
		if err := e.stream.Close(); err != nil {
			return err
		}
	}
	if e.format == JSON {
		var err error
		switch {
		case e.count == 0:
			_, err = e.w.WriteString("[]\n")
		case e.count == 1 && !e.array:
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

// CreateAtomic starts writing path, which must be a regular file or a new
// name (see [CheckTarget]). Temporary files that killed runs left for the
// same path are removed first.
func CreateAtomic(path string) (*AtomicFile, error) {
	if err := CheckTarget(path); err != nil {
		return nil, err
	}
	dir, base := filepath.Dir(path), filepath.Base(path)
	removeStale(dir, base)
	f, err := os.CreateTemp(dir, tempPrefix(base)+strconv.Itoa(os.Getpid())+"-*")
	if err != nil {
		return nil, err
	}
	return &AtomicFile{File: f, path: path}, nil
}

// CheckTarget accepts an output path that is a regular file or does not
// exist. A symbolic link, device, pipe or folder would be replaced by the
// rename (as root, -o /dev/null would replace /dev/null), so it is refused.
func CheckTarget(path string) error {
	st, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case st.Mode().IsRegular():
		return nil
	case st.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("%s is a symbolic link: name the file it points to", path)
	case st.IsDir():
		return fmt.Errorf("%s is a folder", path)
	}
	return fmt.Errorf("%s is not a regular file (%s): use -o only for files, or - for standard output", path, st.Mode().Type())
}

func tempPrefix(base string) string { return "." + base + ".tmp-" }

// removeStale removes the temporary files of base in dir whose writer is
// gone: named with the id of a process that no longer runs.
func removeStale(dir, base string) {
	names, _ := filepath.Glob(filepath.Join(dir, globEscape(tempPrefix(base))+"*"))
	for _, name := range names {
		rest := strings.TrimPrefix(filepath.Base(name), tempPrefix(base))
		pidText, _, ok := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		if ok && err == nil && pid > 0 && !processAlive(pid) {
			os.Remove(name)
		}
	}
}

// globEscape quotes the pattern characters of a literal name.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
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
