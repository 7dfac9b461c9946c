package rules

import (
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"slices"
	"sort"
)

//go:embed *.yaml
var embedded embed.FS

// Default holds the built-in rule packs, one YAML file per pack.
var Default fs.FS = embedded

// Rule is one rule of a pack. Every kind's rule type embeds [Header].
type Rule interface {
	header() *Header
}

// Header holds the fields every rule has.
type Header struct {
	// ID names the rule within its kind; the full id is "kind.id".
	ID string `yaml:"id"`
	// Disabled, in a user pack, drops the default rule with the same id.
	Disabled bool `yaml:"disabled"`
	// Provenance says where the rule's words come from: "" (written by hand),
	// "generated" (built from a public list) or "learned" (counted in
	// annotated text). Where lists disagree about a form, hand-written ones
	// win over generated ones and generated ones over learned ones.
	Provenance string `yaml:"provenance"`
}

// Provenances of rules, in the order in which they yield to each other.
const (
	ByHand    = ""
	Generated = "generated"
	Learned   = "learned"
)

// Rank orders a rule's provenance: 0 by hand, 1 generated, 2 learned.
func (h *Header) Rank() int {
	switch h.Provenance {
	case Generated:
		return 1
	case Learned:
		return 2
	}
	return 0
}

func (h *Header) header() *Header { return h }

// validator is implemented by rule types that check their values after decoding.
type validator interface {
	validate() error
}

// kinds maps a pack kind to a constructor of its rule type. Each kind's file
// registers itself.
var kinds = map[string]func() Rule{}

func register(kind string, newRule func() Rule) { kinds[kind] = newRule }

// Kinds returns the names of all rule kinds, sorted.
func Kinds() []string {
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// Entry is a rule with where it came from.
type Entry struct {
	ID     string // full id, "kind.id"
	Kind   string
	Origin string // "file:line", file prefixed with "embedded:" for default packs
	Rule   Rule
}

// Set is a merged collection of rules, kept in load order within each kind.
type Set struct {
	entries []Entry
	index   map[string]int // full id to its position in entries
	// digest is the embedded packs' [SourceDigest] while the set holds
	// exactly the compiled packs, and "" once a pack is merged into it.
	digest string
}

// Entries returns every rule in the set, in kind order then load order.
func (s *Set) Entries() []Entry {
	out := slices.Clone(s.entries)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	return out
}

// Clone returns a copy of the set that can be merged into independently.
func (s *Set) Clone() *Set {
	return &Set{entries: slices.Clone(s.entries), index: maps.Clone(s.index), digest: s.digest}
}

// DefaultDigest returns the [SourceDigest] of the embedded packs when the
// set holds exactly them, loaded from their compiled form, and "" when it
// was decoded from YAML or a pack was merged into it. Tables generated
// from the default packs are valid for the set when their digest matches.
func (s *Set) DefaultDigest() string { return s.digest }

// ofKind returns the rules of one kind as their concrete type.
func ofKind[T Rule](s *Set, kind string) []T {
	var out []T
	for _, e := range s.entries {
		if e.Kind == kind {
			out = append(out, e.Rule.(T))
		}
	}
	return out
}

// LoadDefault loads the embedded packs: from their compiled form when it
// matches the YAML, else by decoding the YAML.
func LoadDefault() (*Set, error) {
	if fsys, ok := Default.(embed.FS); ok && fsys == embedded {
		if s, err := loadCompiled(); err == nil {
			return s, nil
		}
	}
	return LoadFS(Default, "embedded:")
}

// LoadFS loads every *.yaml file at the root of fsys, in name order. prefix is
// put before file names in origins and errors.
func LoadFS(fsys fs.FS, prefix string) (*Set, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	s := &Set{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("rules: %w", err)
		}
		if err := s.add(prefix+name, data, false); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// MergeFile reads the pack at path, refusing one over [MaxPackBytes]
// before reading it whole, and merges it as [Set.Merge] does.
func (s *Set) MergeFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return Errors{{File: path, Msg: describe(err).Error()}}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxPackBytes+1))
	if err != nil {
		return Errors{{File: path, Msg: describe(err).Error()}}
	}
	return s.Merge(path, data)
}

// Merge decodes a user pack and merges it over the set by rule id. The error
// is [Errors], every problem in the pack; on error the set is unchanged.
func (s *Set) Merge(name string, data []byte) error {
	if err := s.add(name, data, true); err != nil {
		return err
	}
	s.digest = ""
	return nil
}

// add merges one pack in time linear in the set and the pack.
func (s *Set) add(name string, data []byte, override bool) error {
	kind, parsed, errs := parsePack(name, data)
	if s.index == nil {
		s.index = map[string]int{}
	}
	drop := map[int]bool{}
	var add []Entry
	for _, p := range parsed {
		h := p.rule.header()
		full := kind + "." + h.ID
		i, exists := s.index[full]
		switch {
		case exists && !override:
			errs = append(errs, p.errorf("duplicate rule id %q", h.ID))
		case exists && h.Disabled:
			drop[i] = true
		case exists:
			add = append(add, Entry{ID: full, Kind: kind, Origin: p.origin, Rule: p.rule})
		case h.Disabled && override:
			errs = append(errs, p.errorf("cannot disable unknown rule %q", full))
		case h.Disabled:
			// A disabled default rule is documentation only.
		default:
			add = append(add, Entry{ID: full, Kind: kind, Origin: p.origin, Rule: p.rule})
		}
	}
	if len(errs) > 0 {
		sortErrors(errs)
		return errs
	}
	for _, e := range add {
		if i, ok := s.index[e.ID]; ok {
			s.entries[i] = e
		} else {
			s.index[e.ID] = len(s.entries)
			s.entries = append(s.entries, e)
		}
	}
	if len(drop) > 0 {
		kept := s.entries[:0]
		for i, e := range s.entries {
			if !drop[i] {
				kept = append(kept, e)
			}
		}
		s.entries = kept
		s.reindex()
	}
	return nil
}

func (s *Set) reindex() {
	clear(s.index)
	for i, e := range s.entries {
		s.index[e.ID] = i
	}
}

func sortErrors(errs Errors) {
	slices.SortStableFunc(errs, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
}

// describe shortens file system errors to their cause.
func describe(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
