package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"slices"
	"sync"
)

// The embedded packs compiled into Go tables, so that start-up decodes no
// YAML. The YAML files stay the source of truth. The generator is built with
// the rulesgen tag, which leaves the generated file out, so it runs even when
// that file no longer compiles against the rule types.
//
//go:generate go run -tags rulesgen ./gen -o compiled_packs.go

// SourceDigest is the SHA-256 of every *.yaml file at the root of fsys, in
// name order, each preceded by its name and length.
func SourceDigest(fsys fs.FS) (string, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return "", fmt.Errorf("rules: %w", err)
	}
	h := sha256.New()
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return "", fmt.Errorf("rules: %w", err)
		}
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// compiledFresh reports, once per process, whether the compiled packs were
// compiled from the embedded YAML.
var compiledFresh = sync.OnceValues(func() (bool, error) {
	digest, err := SourceDigest(embedded)
	return err == nil && digest == compiledSource, err
})

// loadCompiled returns the compiled packs. It fails when they were compiled
// from other YAML than the embedded packs, so a stale table is never used.
func loadCompiled() (*Set, error) {
	fresh, err := compiledFresh()
	if err != nil {
		return nil, err
	}
	if !fresh {
		return nil, fmt.Errorf("rules: compiled packs are stale; run go generate ./rules")
	}
	s := &Set{entries: slices.Clone(compiledEntries), index: make(map[string]int, len(compiledEntries)), digest: compiledSource}
	for i, e := range s.entries {
		s.index[e.ID] = i
	}
	return s, nil
}
