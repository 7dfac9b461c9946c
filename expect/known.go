package expect

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// KnownFile names the list of expectations known to fail, read from each
// folder that holds expectation files. See FORMAT.md, "Known failures".
const KnownFile = "known-failures.list"

// Known is the set of expectations listed as known to fail.
type Known struct {
	entries map[knownKey]*knownEntry
}

// knownKey names one expectation: its file's cleaned path, section and name.
type knownKey struct{ file, section, name string }

type knownEntry struct {
	list string // the known-failures file
	line int
	used bool // an expectation of a loaded file has this key
}

// LoadKnown reads the known-failures list of every folder among dirs that
// has one. A folder without one contributes nothing.
func LoadKnown(dirs []string) (*Known, error) {
	k := &Known{entries: map[knownKey]*knownEntry{}}
	seen := map[string]bool{}
	var errs Errors
	for _, dir := range dirs {
		dir = filepath.Clean(dir)
		if seen[dir] {
			continue
		}
		seen[dir] = true
		path := filepath.Join(dir, KnownFile)
		data, err := os.ReadFile(path)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, describe(err))
		}
		errs = append(errs, k.parse(path, data)...)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return k, nil
}

// parse reads one list: "#" comments, blank lines, and entries
// "FILE: SECTION: NAME" with FILE relative to the list's folder.
func (k *Known) parse(path string, data []byte) Errors {
	var errs Errors
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, ": ", 3)
		if len(parts) != 3 || !strings.HasSuffix(parts[0], Suffix) || parts[2] == "" {
			errs = append(errs, &Error{File: path, Line: n, Col: 1,
				Msg: "want FILE" + Suffix + ": SECTION: NAME, as claimex check prints a failure without its position and reason"})
			continue
		}
		key := knownKey{filepath.Join(filepath.Dir(path), parts[0]), parts[1], oneLine(parts[2])}
		if prev, ok := k.entries[key]; ok {
			errs = append(errs, &Error{File: path, Line: n, Col: 1, Msg: fmt.Sprintf("listed twice (also line %d)", prev.line)})
			continue
		}
		k.entries[key] = &knownEntry{list: path, line: n}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &Error{File: path, Msg: err.Error()})
	}
	return errs
}

// Claim marks the entries that name an expectation of f, so [Known.Stale]
// can report the others.
func (k *Known) Claim(f *File) {
	for _, r := range Check(f, nil) {
		if e := k.entries[k.key(f.Path, r)]; e != nil {
			e.used = true
		}
	}
}

// Stale returns an error for every entry that names a checked file but none
// of its expectations, or a file that does not exist.
func (k *Known) Stale(checked []*File) error {
	files := map[string]bool{}
	for _, f := range checked {
		files[filepath.Clean(f.Path)] = true
	}
	var errs Errors
	for key, e := range k.entries {
		switch {
		case e.used:
		case files[key.file]:
			errs = append(errs, &Error{File: e.list, Line: e.line, Col: 1,
				Msg: fmt.Sprintf("%s has no expectation %s: %s", key.file, key.section, key.name)})
		default:
			if _, err := os.Stat(key.file); err != nil {
				errs = append(errs, &Error{File: e.list, Line: e.line, Col: 1, Msg: fmt.Sprintf("%s: %v", key.file, describe(err))})
			}
		}
	}
	if len(errs) == 0 {
		return nil
	}
	sortErrors(errs)
	return errs
}

func (k *Known) key(file string, r Result) knownKey {
	return knownKey{filepath.Clean(file), r.Section, oneLine(r.Name)}
}

// Apply marks the results of rep that the list holds: a listed expectation
// that fails counts as known rather than failed; one that passes fails, so
// the list cannot outlive the bug it records.
func (k *Known) Apply(rep *FileReport) {
	if k == nil {
		return
	}
	for i := range rep.Results {
		r := &rep.Results[i]
		e := k.entries[k.key(rep.File, *r)]
		if e == nil {
			continue
		}
		if r.Pass {
			r.Pass = false
			r.Reason = fmt.Sprintf("passes, but %s:%d lists it as a known failure: remove that line", e.list, e.line)
			rep.Passed--
			rep.Failed++
			continue
		}
		r.Known = true
		rep.Failed--
		rep.Known++
	}
}

func sortErrors(errs Errors) {
	slices.SortFunc(errs, func(a, b *Error) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
