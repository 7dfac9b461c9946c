package rules

import (
	"embed"
	"fmt"
	"io/fs"
	"reflect"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/claimex/claimex/internal/yamlpos"
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
}

// Entries returns every rule in the set, in kind order then load order.
func (s *Set) Entries() []Entry {
	out := slices.Clone(s.entries)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	return out
}

// Clone returns a copy of the set that can be merged into independently.
func (s *Set) Clone() *Set { return &Set{entries: slices.Clone(s.entries)} }

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

// LoadDefault loads the embedded packs.
func LoadDefault() (*Set, error) {
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

// Merge decodes a user pack and merges it over the set by rule id.
func (s *Set) Merge(name string, data []byte) error {
	return s.add(name, data, true)
}

func (s *Set) add(name string, data []byte, override bool) error {
	kind, parsed, err := parsePack(name, data)
	if err != nil {
		return fmt.Errorf("rules: %w", err)
	}
	for _, p := range parsed {
		h := p.rule.header()
		full := kind + "." + h.ID
		i := slices.IndexFunc(s.entries, func(e Entry) bool { return e.ID == full })
		switch {
		case i >= 0 && !override:
			return fmt.Errorf("rules: %w", p.errorf("duplicate rule id %q", h.ID))
		case i >= 0 && h.Disabled:
			s.entries = slices.Delete(s.entries, i, i+1)
		case i >= 0:
			s.entries[i] = Entry{ID: full, Kind: kind, Origin: p.origin, Rule: p.rule}
		case h.Disabled && override:
			return fmt.Errorf("rules: %w", p.errorf("cannot disable unknown rule %q", full))
		case h.Disabled:
			// A disabled default rule is documentation only.
		default:
			s.entries = append(s.entries, Entry{ID: full, Kind: kind, Origin: p.origin, Rule: p.rule})
		}
	}
	return nil
}

// Error is a problem in a rule pack, at a position.
type Error = yamlpos.Error

type parsedRule struct {
	rule   Rule
	origin string
	file   string
	node   *yaml.Node
}

func (p parsedRule) errorf(format string, a ...any) error {
	return yamlpos.At(p.file, p.node, format, a...)
}

// nodeError turns a yaml library error into an Error at its line.
func nodeError(file string, err error) error { return yamlpos.FromYAML(file, "", err) }

// parsePack decodes one pack strictly: the top level has kind, description
// and rules; each rule only the fields of its kind's type.
func parsePack(file string, data []byte) (string, []parsedRule, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return "", nil, nodeError(file, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return "", nil, &Error{File: file, Msg: "empty rule pack"}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return "", nil, &Error{File: file, Line: root.Line, Col: root.Column, Msg: "a rule pack is a mapping with kind and rules"}
	}
	var kind string
	var rulesNode, kindNode *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, val := root.Content[i], root.Content[i+1]
		switch key.Value {
		case "kind":
			kind, kindNode = val.Value, val
		case "description":
		case "rules":
			rulesNode = val
		default:
			return "", nil, &Error{File: file, Line: key.Line, Col: key.Column, Msg: fmt.Sprintf("unknown field %q (want kind, description or rules)", key.Value)}
		}
	}
	if kindNode == nil {
		return "", nil, &Error{File: file, Line: root.Line, Col: root.Column, Msg: "missing field \"kind\""}
	}
	newRule, ok := kinds[kind]
	if !ok {
		return "", nil, &Error{File: file, Line: kindNode.Line, Col: kindNode.Column,
			Msg: fmt.Sprintf("unknown kind %q (want one of %s)", kind, strings.Join(Kinds(), ", "))}
	}
	if rulesNode == nil {
		return kind, nil, nil
	}
	if rulesNode.Kind != yaml.SequenceNode {
		return "", nil, &Error{File: file, Line: rulesNode.Line, Col: rulesNode.Column, Msg: "rules must be a list"}
	}
	seen := map[string]bool{}
	var out []parsedRule
	for _, n := range rulesNode.Content {
		r := newRule()
		p := parsedRule{rule: r, origin: fmt.Sprintf("%s:%d", file, n.Line), file: file, node: n}
		if n.Kind != yaml.MappingNode {
			return "", nil, p.errorf("a rule must be a mapping")
		}
		if err := checkFields(file, n, reflect.TypeOf(r)); err != nil {
			return "", nil, err
		}
		if err := n.Decode(r); err != nil {
			return "", nil, nodeError(file, err)
		}
		h := r.header()
		if h.ID == "" {
			return "", nil, p.errorf("rule has no id")
		}
		if seen[h.ID] {
			return "", nil, p.errorf("duplicate rule id %q", h.ID)
		}
		seen[h.ID] = true
		if v, ok := r.(validator); ok && !h.Disabled {
			if err := v.validate(); err != nil {
				return "", nil, p.errorf("rule %q: %v", h.ID, err)
			}
		}
		out = append(out, p)
	}
	return kind, out, nil
}

// checkFields rejects mapping keys that the Go type t does not declare. It
// walks nested mappings and sequences so a typo anywhere is reported at its
// position. (yaml.Node.Decode ignores KnownFields, so this is done by hand.)
func checkFields(file string, n *yaml.Node, t reflect.Type) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch n.Kind {
	case yaml.MappingNode:
		if t.Kind() == reflect.Map {
			for i := 1; i < len(n.Content); i += 2 {
				if err := checkFields(file, n.Content[i], t.Elem()); err != nil {
					return err
				}
			}
			return nil
		}
		if t.Kind() != reflect.Struct {
			return nil // the decoder reports the type mismatch
		}
		fields := yamlFields(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			key := n.Content[i]
			ft, ok := fields[key.Value]
			if !ok {
				names := make([]string, 0, len(fields))
				for k := range fields {
					names = append(names, k)
				}
				sort.Strings(names)
				return &Error{File: file, Line: key.Line, Col: key.Column,
					Msg: fmt.Sprintf("unknown field %q (want one of %s)", key.Value, strings.Join(names, ", "))}
			}
			if err := checkFields(file, n.Content[i+1], ft); err != nil {
				return err
			}
		}
	case yaml.SequenceNode:
		if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			for _, c := range n.Content {
				if err := checkFields(file, c, t.Elem()); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// yamlFields maps the yaml names of t's fields, following inline structs, to their types.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "-" {
			continue
		}
		if strings.Contains(opts, "inline") || (f.Anonymous && tag == "") {
			ft := f.Type
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			for k, v := range yamlFields(ft) {
				out[k] = v
			}
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		out[name] = f.Type
	}
	return out
}
