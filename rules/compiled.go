package rules

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
)

//go:generate go run ./gen -o compiled.json

// compiled holds the embedded packs already decoded and checked, written by
// `go generate ./rules` from the YAML files, which stay the source of truth.
// Loading it skips YAML decoding at start-up.
//
//go:embed compiled.json
var compiled []byte

// compiledForm is the layout of the compiled packs.
type compiledForm struct {
	// Source is the digest of the YAML packs the file was compiled from, as
	// [SourceDigest] computes it.
	Source string `json:"source"`
	// Entries are the rules in load order.
	Entries []compiledEntry `json:"entries"`
}

// compiledEntry is one [Entry] with its rule as the JSON of its type.
type compiledEntry struct {
	ID     string          `json:"id"`
	Kind   string          `json:"kind"`
	Origin string          `json:"origin"`
	Rule   json.RawMessage `json:"rule"`
}

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

// Compile loads the YAML packs of fsys and encodes them in the compiled
// form, deterministically: the same packs give the same bytes.
func Compile(fsys fs.FS, prefix string) ([]byte, error) {
	digest, err := SourceDigest(fsys)
	if err != nil {
		return nil, err
	}
	s, err := LoadFS(fsys, prefix)
	if err != nil {
		return nil, err
	}
	form := compiledForm{Source: digest, Entries: make([]compiledEntry, 0, len(s.entries))}
	for _, e := range s.entries {
		raw, err := json.Marshal(e.Rule)
		if err != nil {
			return nil, fmt.Errorf("rules: encode %s: %w", e.ID, err)
		}
		form.Entries = append(form.Entries, compiledEntry{ID: e.ID, Kind: e.Kind, Origin: e.Origin, Rule: raw})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(form); err != nil {
		return nil, fmt.Errorf("rules: encode: %w", err)
	}
	return buf.Bytes(), nil
}

// loadCompiled decodes the compiled packs. It fails when they were compiled
// from other YAML than the embedded packs, so a stale file is never used.
func loadCompiled(data []byte, fsys fs.FS) (*Set, error) {
	var form compiledForm
	if err := json.Unmarshal(data, &form); err != nil {
		return nil, fmt.Errorf("rules: compiled packs: %w", err)
	}
	digest, err := SourceDigest(fsys)
	if err != nil {
		return nil, err
	}
	if form.Source != digest {
		return nil, fmt.Errorf("rules: compiled packs are stale; run go generate ./rules")
	}
	s := &Set{entries: make([]Entry, 0, len(form.Entries)), index: make(map[string]int, len(form.Entries))}
	for _, ce := range form.Entries {
		newRule, ok := kinds[ce.Kind]
		if !ok {
			return nil, fmt.Errorf("rules: compiled packs: unknown kind %q", ce.Kind)
		}
		r := newRule()
		if err := json.Unmarshal(ce.Rule, r); err != nil {
			return nil, fmt.Errorf("rules: compiled packs: %s: %w", ce.ID, err)
		}
		s.index[ce.ID] = len(s.entries)
		s.entries = append(s.entries, Entry{ID: ce.ID, Kind: ce.Kind, Origin: ce.Origin, Rule: r})
	}
	return s, nil
}
