package rules

import (
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"sync"
)

// The embedded packs compiled into Go tables, so that start-up decodes no
// YAML. The YAML files stay the source of truth. The generator is built with
// the rulesgen tag, which leaves the generated file out, so it runs even when
// that file no longer compiles against the rule types.
//
//go:generate go run -tags rulesgen ./gen -o compiled_packs.go

// SourceDigest is the CRC-32C of every *.yaml file at the root of fsys, in
// name order, each preceded by its name and length, and the files' total
// length. It tells generated tables from tables of other packs, which is
// all it is for, at a tenth of the cost of a cryptographic hash: every
// process computes it.
func SourceDigest(fsys fs.FS) (string, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return "", fmt.Errorf("rules: %w", err)
	}
	h := crc32.New(crc32.MakeTable(crc32.Castagnoli))
	var total int64
	for _, name := range names {
		n, err := hashFile(h, fsys, name)
		if err != nil {
			return "", fmt.Errorf("rules: %w", err)
		}
		total += n
	}
	return fmt.Sprintf("%08x-%s", h.Sum32(), strconv.FormatInt(total, 10)), nil
}

// hashFile writes the name, length and bytes of one file to h, without
// reading the file whole, and returns its length.
func hashFile(h io.Writer, fsys fs.FS, name string) (int64, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return 0, err
	}
	fmt.Fprintf(h, "%s\x00%d\x00", name, info.Size())
	n, err := io.Copy(h, f)
	if err == nil && n != info.Size() {
		err = fmt.Errorf("%s: read %d bytes of %d", name, n, info.Size())
	}
	return n, err
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
