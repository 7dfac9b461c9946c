package output

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// Dir writes one file per input into a folder that mirrors the input tree.
// Every file operation goes through an [os.Root], so a symbolic link
// planted inside the folder cannot lead a write outside it.
type Dir struct {
	Root   string
	Format Format

	once sync.Once
	root *os.Root
	err  error
}

// ErrOutside is returned for an input whose mirrored path would leave the folder.
var ErrOutside = errors.New("output path leaves the output folder")

// Rel returns where, relative to the folder, the record of an input goes:
// rel (its path relative to the common root of the inputs) with the
// format's extension; a JSON Lines article (line > 0) gets a file per line,
// named by [IDName]. Over-long names are shortened with a hash.
func (d *Dir) Rel(rel string, line int, id any) (string, error) {
	rel = filepath.Clean(filepath.FromSlash(rel))
	if filepath.IsAbs(rel) || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || rel == "." {
		return "", fmt.Errorf("%w: %s", ErrOutside, rel)
	}
	parts := strings.Split(rel, string(filepath.Separator))
	if line > 0 {
		last := parts[len(parts)-1]
		parts[len(parts)-1] = strings.TrimSuffix(last, filepath.Ext(last))
		parts = append(parts, IDName(id, line))
	}
	for i, p := range parts {
		ext := ""
		if i == len(parts)-1 {
			ext = "." + string(d.Format)
		}
		parts[i] = fitName(p, ext)
	}
	return filepath.Join(parts...), nil
}

// Path returns the output file of an input (see [Dir.Rel]) joined to the folder.
func (d *Dir) Path(rel string, line int, id any) (string, error) {
	r, err := d.Rel(rel, line, id)
	if err != nil {
		return "", err
	}
	return filepath.Join(d.Root, r), nil
}

// open creates the folder and opens it as a root, once.
func (d *Dir) open() (*os.Root, error) {
	d.once.Do(func() {
		if d.err = os.MkdirAll(d.Root, 0o755); d.err == nil {
			d.root, d.err = os.OpenRoot(d.Root)
		}
	})
	return d.root, d.err
}

// Write writes one record encoded by [Marshal] to rel (see [Dir.Rel])
// atomically: a temporary file beside it, renamed into place.
func (d *Dir) Write(rel string, data []byte) error {
	root, err := d.open()
	if err != nil {
		return err
	}
	if err := root.MkdirAll(filepath.Dir(rel), 0o755); err != nil {
		return err
	}
	dir, base := filepath.Split(rel)
	var tmp string
	var f *os.File
	for i := 0; ; i++ {
		tmp = filepath.Join(dir, tempPrefix(base)+strconv.Itoa(os.Getpid())+"-"+strconv.Itoa(i))
		f, err = root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = root.Rename(tmp, rel)
	}
	if err != nil {
		root.Remove(tmp)
	}
	return err
}

// Done reports whether rel holds a finished record: a document record, or,
// when errors count too, an error record.
func (d *Dir) Done(rel string, errorsCount bool) bool {
	root, err := d.open()
	if err != nil {
		return false
	}
	f, err := root.Open(rel)
	if err != nil {
		return false
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return false
	}
	failed, ok := isErrorRecord(f, d.Format)
	return ok && (!failed || errorsCount)
}

// isErrorRecord reads the top-level keys of a record up to "format" (a
// document record) or "error" (an error record).
func isErrorRecord(r io.Reader, format Format) (failed, ok bool) {
	if format == YAML {
		var buf [64 << 10]byte
		n, _ := io.ReadFull(r, buf[:])
		for _, line := range strings.Split(string(buf[:n]), "\n") {
			switch {
			case strings.HasPrefix(line, "format:"):
				return false, true
			case strings.HasPrefix(line, "error:"):
				return true, true
			}
		}
		return false, false
	}
	dec := json.NewDecoder(r)
	depth, key := 0, false // key: the next token at depth 1 is a key
	for {
		tok, err := dec.Token()
		if err != nil {
			return false, false
		}
		if d, isDelim := tok.(json.Delim); isDelim {
			if d == '{' || d == '[' {
				depth++
				key = depth == 1
				continue
			}
			depth--
			key = depth == 1
			continue
		}
		if depth != 1 {
			continue
		}
		if key {
			if t, _ := tok.(string); t == "format" || t == "error" {
				return t == "error", true
			}
		}
		key = !key
	}
}

// Exists reports whether path is already there.
func Exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// RemoveStale removes the temporary files that killed runs left in the
// folder: those named with the id of a process that no longer runs.
func (d *Dir) RemoveStale() {
	root, err := d.open()
	if err != nil {
		return
	}
	fs.WalkDir(root.FS(), ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasPrefix(e.Name(), ".") {
			return nil
		}
		name := e.Name()
		i := strings.LastIndex(name, ".tmp-")
		if i < 0 {
			return nil
		}
		pidText, _, ok := strings.Cut(name[i+len(".tmp-"):], "-")
		if pid, err := strconv.Atoi(pidText); ok && err == nil && pid > 0 && !processAlive(pid) {
			root.Remove(p)
		}
		return nil
	})
}
