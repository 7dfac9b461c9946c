package expect

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Find returns the expectation files named by paths: a file is taken as
// given (its name must end in [Suffix] or [CompareSuffix]); a folder is
// walked recursively for files named *.expected.yaml and *.compare.yaml, in
// lexical order. Each file is listed once.
func Find(paths []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if c := filepath.Clean(p); !seen[c] {
			seen[c] = true
			out = append(out, p)
		}
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, describe(err))
		}
		if !st.IsDir() {
			if !isExpectation(p) {
				return nil, fmt.Errorf("%s: not an expectation file (want a name ending in %s or %s)", p, Suffix, CompareSuffix)
			}
			add(p)
			continue
		}
		found := 0
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && isExpectation(d.Name()) {
				found++
				add(path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		if found == 0 {
			return nil, fmt.Errorf("%s: no *%s files in folder", p, Suffix)
		}
	}
	return out, nil
}

// fileName is an expectation file's base name without [Suffix].
func fileName(path string) string { return strings.TrimSuffix(filepath.Base(path), Suffix) }
