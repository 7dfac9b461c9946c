package output

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Dir writes one file per input into a folder that mirrors the input tree.
type Dir struct {
	Root   string
	Format Format
	// Options refine the encoding of each file.
	Options Options
}

// ErrOutside is returned for an input whose mirrored path would leave the folder.
var ErrOutside = errors.New("output path leaves the output folder")

var unsafeChars = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// Path returns where the record of an input goes: rel (its path relative to
// the argument that named it) with the format's extension; a JSON Lines
// article (line > 0) gets a file per line named after its id or line.
func (d Dir) Path(rel string, line int, id any) (string, error) {
	rel = filepath.Clean(filepath.FromSlash(rel))
	if line > 0 {
		name := fmt.Sprintf("line-%d", line)
		if id != nil {
			if s := strings.Trim(unsafeChars.ReplaceAllString(fmt.Sprint(id), "_"), "._"); s != "" {
				name = s
			}
		}
		rel = filepath.Join(strings.TrimSuffix(rel, filepath.Ext(rel)), name)
	}
	if filepath.IsAbs(rel) || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%w: %s", ErrOutside, rel)
	}
	out := filepath.Join(d.Root, rel+"."+string(d.Format))
	if r, err := filepath.Rel(d.Root, out); err != nil || strings.HasPrefix(r, "..") {
		return "", fmt.Errorf("%w: %s", ErrOutside, rel)
	}
	return out, nil
}

// Write writes one record to path atomically, creating folders as needed.
func (d Dir) Write(path string, rec any) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := CreateAtomic(path)
	if err != nil {
		return err
	}
	enc := NewEncoderOptions(f, d.Format, d.Options)
	if err := enc.Encode(rec); err != nil {
		f.Abort()
		return err
	}
	if err := enc.Close(); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// Exists reports whether path is already there (for --skip-existing).
func Exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
