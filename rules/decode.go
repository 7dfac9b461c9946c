package rules

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/claimex/claimex/internal/yamlpos"
)

// MaxPackBytes is the largest rule pack accepted: ten times the largest
// built-in pack, so a stray file cannot take the memory a parse tree of
// its size would need.
const MaxPackBytes = 4 << 20

// maxNodes bounds the YAML nodes one pack may expand to, aliases followed,
// so that a few aliased aliases cannot stand for millions of nodes. A
// variable for tests.
var maxNodes = 1 << 20

// Error is a problem in a rule pack, at a position.
type Error = yamlpos.Error

// Errors are all the problems found in one rule pack, in file order. Each
// prints on its own line as file:line:col: message.
type Errors = yamlpos.Errors

type parsedRule struct {
	rule   Rule
	origin string
	file   string
	node   *yaml.Node
}

func (p parsedRule) errorf(format string, a ...any) *Error {
	return yamlpos.At(p.file, p.node, format, a...)
}

// parsePack decodes one pack strictly: the file holds one YAML document, a
// mapping with kind, description and rules; each rule only the fields of
// its kind's type, with values of their types. It reports every problem it
// finds, not only the first; rules with problems are left out.
func parsePack(file string, data []byte) (string, []parsedRule, Errors) {
	if len(data) > MaxPackBytes {
		return "", nil, Errors{{File: file, Msg: fmt.Sprintf("rule pack is %d bytes, over the limit of %d", len(data), MaxPackBytes)}}
	}
	root, errs := oneDocument(file, data)
	if errs != nil {
		return "", nil, errs
	}
	d := &decoder{file: file, budget: maxNodes}
	kind, rulesNode := d.top(root)
	newRule, ok := kinds[kind]
	if !ok || rulesNode == nil {
		return kind, nil, d.errs
	}
	if rulesNode.Kind != yaml.SequenceNode {
		d.at(rulesNode, "rules must be a list, got %s", kindName(rulesNode))
		return kind, nil, d.errs
	}
	seen := map[string]int{}
	var out []parsedRule
	for _, n := range rulesNode.Content {
		r := newRule()
		p := parsedRule{rule: r, origin: fmt.Sprintf("%s:%d", file, n.Line), file: file, node: n}
		if n.Kind != yaml.MappingNode {
			d.at(n, "a rule must be a mapping, got %s", kindName(n))
			continue
		}
		before := len(d.errs)
		d.check(n, reflect.TypeOf(r))
		if len(d.errs) > before {
			continue
		}
		if err := n.Decode(r); err != nil {
			d.errs = append(d.errs, yamlpos.FromYAML(file, "", err))
			continue
		}
		h := r.header()
		if h.ID == "" {
			d.errs = append(d.errs, p.errorf("rule has no id"))
			continue
		}
		if h.Provenance != ByHand && h.Provenance != Generated && h.Provenance != Learned {
			d.errs = append(d.errs, p.errorf("rule %q: provenance %q is not one of generated, learned", h.ID, h.Provenance))
			continue
		}
		if line, dup := seen[h.ID]; dup {
			d.errs = append(d.errs, p.errorf("duplicate rule id %q (also line %d)", h.ID, line))
			continue
		}
		seen[h.ID] = n.Line
		if v, ok := r.(validator); ok && !h.Disabled {
			if err := v.validate(); err != nil {
				d.errs = append(d.errs, yamlpos.At(file, fieldNode(n, err), "rule %q: %v", h.ID, err))
				continue
			}
		}
		out = append(out, p)
	}
	return kind, out, d.errs
}

// fieldError is a problem with one field of a rule, reported at its value.
type fieldError struct {
	field string
	err   error
}

func (e *fieldError) Error() string { return e.err.Error() }
func (e *fieldError) Unwrap() error { return e.err }

// fieldNode is where a validation error of rule n points: the value of the
// field a [fieldError] names, else the rule.
func fieldNode(n *yaml.Node, err error) *yaml.Node {
	var fe *fieldError
	if errors.As(err, &fe) {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == fe.field {
				return n.Content[i+1]
			}
		}
	}
	return n
}

// oneDocument parses data into a node tree and rejects a second document,
// which the loader would otherwise ignore unchecked.
func oneDocument(file string, data []byte) (*yaml.Node, Errors) {
	var doc, more yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil && err != io.EOF {
		return nil, Errors{yamlpos.FromYAML(file, "invalid YAML: ", err)}
	}
	if len(doc.Content) == 0 {
		return nil, Errors{{File: file, Msg: "empty rule pack"}}
	}
	switch err := dec.Decode(&more); {
	case err == nil:
		return nil, Errors{{File: file, Line: more.Line, Col: more.Column, Msg: "a second YAML document: a rule pack file holds one pack"}}
	case err != io.EOF:
		return nil, Errors{yamlpos.FromYAML(file, "invalid YAML in a second document: ", err)}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, Errors{{File: file, Line: root.Line, Col: root.Column, Msg: "a rule pack is a mapping with kind and rules"}}
	}
	return root, nil
}

// decoder walks a pack's nodes beside the Go types they decode into,
// collecting positioned errors.
type decoder struct {
	file   string
	errs   Errors
	budget int                 // nodes left to visit, aliases expanded
	open   map[*yaml.Node]bool // nodes being visited, to catch an alias to its own ancestor
	alias  *yaml.Node          // the outermost alias being followed, where a budget error points
}

func (d *decoder) at(n *yaml.Node, format string, a ...any) {
	d.errs = append(d.errs, yamlpos.At(d.file, n, format, a...))
}

// top reads the pack's kind and finds its rules.
func (d *decoder) top(root *yaml.Node) (kind string, rulesNode *yaml.Node) {
	var kindNode *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, val := root.Content[i], root.Content[i+1]
		switch key.Value {
		case "kind":
			kind, kindNode = val.Value, val
		case "description":
		case "rules":
			rulesNode = val
		default:
			d.at(key, "unknown field %q (want kind, description or rules)", key.Value)
		}
	}
	switch {
	case kindNode == nil:
		d.at(root, "missing field \"kind\"")
	case kindNode.Kind != yaml.ScalarNode || kinds[kind] == nil:
		d.at(kindNode, "unknown kind %q (want one of %s)", kind, strings.Join(Kinds(), ", "))
		kind = ""
	}
	return kind, rulesNode
}

// check reports mapping keys that the Go type t does not declare and values
// of the wrong shape, at their positions. It follows aliases within the
// node budget and reports an alias to a node that contains it.
// (yaml.Node.Decode ignores KnownFields, so this is done by hand.)
func (d *decoder) check(n *yaml.Node, t reflect.Type) {
	if d.budget--; d.budget == 0 {
		d.at(cmp.Or(d.alias, n), "aliases expand the pack beyond %d nodes", maxNodes)
	}
	if d.budget <= 0 {
		return
	}
	if n.Kind == yaml.AliasNode {
		if d.open[n.Alias] {
			d.at(n, "alias *%s refers to a node that contains it", n.Value)
			return
		}
		if d.alias == nil {
			d.alias = n
			defer func() { d.alias = nil }()
		}
		d.check(n.Alias, t)
		return
	}
	if d.open == nil {
		d.open = map[*yaml.Node]bool{}
	}
	d.open[n] = true
	defer delete(d.open, n)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		d.fields(n, t)
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			d.at(n, "want a mapping, got %s", kindName(n))
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			d.check(n.Content[i+1], t.Elem())
		}
	case reflect.Slice, reflect.Array:
		if n.Kind != yaml.SequenceNode {
			d.at(n, "want a list, got %s", kindName(n))
			return
		}
		for _, c := range n.Content {
			d.check(c, t.Elem())
		}
	case reflect.String:
		if n.Kind != yaml.ScalarNode || n.ShortTag() == "!!null" {
			d.at(n, "want a string, got %s", kindName(n))
		}
	case reflect.Bool:
		if n.ShortTag() != "!!bool" {
			d.at(n, "want true or false, got %s", kindName(n))
		}
	case reflect.Int, reflect.Int64:
		if n.ShortTag() != "!!int" {
			d.at(n, "want a whole number, got %s", kindName(n))
		}
	case reflect.Float64:
		if tag := n.ShortTag(); tag != "!!int" && tag != "!!float" {
			d.at(n, "want a number, got %s", kindName(n))
		}
	}
}

// fields checks a mapping against the fields of struct type t.
func (d *decoder) fields(n *yaml.Node, t reflect.Type) {
	if n.Kind != yaml.MappingNode {
		d.at(n, "want a mapping, got %s", kindName(n))
		return
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
			d.at(key, "unknown field %q (want one of %s)", key.Value, strings.Join(names, ", "))
			continue
		}
		d.check(n.Content[i+1], ft)
	}
}

// kindName describes a node for an error: "a list", "a mapping", or the scalar quoted.
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.AliasNode:
		return "an alias"
	}
	if n.ShortTag() == "!!null" {
		return "nothing"
	}
	return fmt.Sprintf("%q", n.Value)
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
