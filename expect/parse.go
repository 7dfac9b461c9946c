package expect

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/claimex/claimex/internal/yamlpos"
)

// Suffix ends the name of every expectation file.
const Suffix = ".expected.yaml"

// Error is a problem with an expectation file at a position (Line 0 when unknown).
type Error = yamlpos.Error

// Errors are all the problems found in one expectation file, in file order.
type Errors = yamlpos.Errors

// LoadOptions say how [LoadWith] locates articles.
type LoadOptions struct {
	// AllowOutside lets a file: key name an article outside the expectation
	// file's folder tree (symbolic links resolved). By default that is an
	// error: an expectation file may come from an untrusted change.
	AllowOutside bool
}

// Load reads the expectation file at path, parses it and locates its
// article inside the file's folder tree. Problems with the file are
// returned as [Errors].
func Load(path string) (*File, error) { return LoadWith(path, LoadOptions{}) }

// LoadWith is [Load] with options.
func LoadWith(path string, opts LoadOptions) (*File, error) {
	if st, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("expectation file: %w", err)
	} else if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("expectation file %s: not a regular file", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("expectation file: %w", err)
	}
	f, err := Parse(path, data)
	if err != nil {
		return nil, err
	}
	if err := f.locate(opts.AllowOutside); err != nil {
		return nil, err
	}
	return f, nil
}

// Parse decodes an expectation file strictly: unknown keys, values of the
// wrong type, unknown entity types, value types and claim kinds are errors.
// path names the file in errors and settles File.Name; the article is not
// looked for (see [Load]).
func Parse(path string, data []byte) (*File, error) {
	p := &parser{path: path, expanding: map[*yaml.Node]bool{}}
	f := &File{Path: path, Name: fileName(path), root: Pos{1, 1}}
	f.ArgsPos = f.root
	var doc, more yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil && err != io.EOF {
		return nil, Errors{syntaxError(path, err)}
	}
	if err := dec.Decode(&more); err == nil {
		return nil, Errors{{File: path, Line: more.Line, Col: more.Column, Msg: "a second YAML document: an expectation file holds one"}}
	} else if err != io.EOF {
		return nil, Errors{syntaxError(path, err)}
	}
	if len(doc.Content) == 0 {
		return f, nil // an empty file expects nothing
	}
	p.budget = 4*countNodes(&doc) + 1000
	root := resolve(doc.Content[0])
	if isNull(root) {
		return f, nil // "---" alone, or only comments
	}
	f.root = pos(root)
	f.ArgsPos = f.root
	p.mapping(root, "an expectation file", sectionKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "args":
			f.Args, f.ArgsPos = p.args(v), pos(v)
		case "file":
			if s, ok := p.text(v, "file"); ok {
				f.file, f.filePos = s, pos(v)
			}
		case "text":
			p.mapping(v, "text", []string{"keeps", "drops"}, func(key string, _, v *yaml.Node) {
				if key == "keeps" {
					f.Keeps = p.phrases(v, "text.keeps")
				} else {
					f.Drops = p.phrases(v, "text.drops")
				}
			})
		case "meta":
			f.Meta = p.meta(v)
		case "entities":
			p.list(v, "entities", func(n *yaml.Node) {
				if e, ok := p.entity(n); ok {
					f.Entities = append(f.Entities, e)
				}
			})
		case "not_entities":
			f.NotEntities = p.phrases(v, "not_entities")
		case "values":
			p.list(v, "values", func(n *yaml.Node) {
				if e, ok := p.value(n); ok {
					f.Values = append(f.Values, e)
				}
			})
		case "not_values":
			f.NotValues = p.phrases(v, "not_values")
		case "claims":
			p.list(v, "claims", func(n *yaml.Node) {
				if c, ok := p.claim(n); ok {
					f.Claims = append(f.Claims, c)
				}
			})
		}
	})
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return f, nil
}

var sectionKeys = []string{"args", "file", "text", "meta", "entities", "not_entities", "values", "not_values", "claims"}

// locate finds the article: the file: key's path (relative to the
// expectation file), else NAME.txt, NAME.html or NAME.htm beside it.
func (f *File) locate(allowOutside bool) error {
	dir := filepath.Dir(f.Path)
	if f.file != "" {
		a := f.file
		if !filepath.IsAbs(a) {
			a = filepath.Join(dir, a)
		}
		fail := func(format string, args ...any) error {
			return Errors{{File: f.Path, Line: f.filePos.Line, Col: f.filePos.Col, Msg: fmt.Sprintf(format, args...)}}
		}
		st, err := os.Stat(a)
		switch {
		case err != nil:
			return fail("article %s: %v", a, describe(err))
		case st.IsDir():
			return fail("article %s is a folder", a)
		case !st.Mode().IsRegular():
			return fail("article %s is not a regular file", a)
		case !allowOutside && !inside(dir, a):
			return fail("article %s is outside the expectation file's folder (give --allow-outside to allow it)", a)
		}
		f.Article = a
		return nil
	}
	var tried []string
	for _, ext := range []string{".txt", ".html", ".htm"} {
		a := filepath.Join(dir, f.Name+ext)
		if st, err := os.Stat(a); err == nil && !st.IsDir() {
			f.Article = a
			return nil
		}
		tried = append(tried, filepath.Base(a))
	}
	return Errors{{File: f.Path, Line: f.root.Line, Col: f.root.Col,
		Msg: fmt.Sprintf("no article: found none of %s beside it, and no file: key names one", strings.Join(tried, ", "))}}
}

// inside reports whether path lies in dir's tree once symbolic links are resolved.
func inside(dir, path string) bool {
	d, err1 := filepath.EvalSymlinks(dir)
	p, err2 := filepath.EvalSymlinks(path)
	if err1 != nil || err2 != nil {
		return false
	}
	if d, err1 = filepath.Abs(d); err1 != nil {
		return false
	}
	if p, err2 = filepath.Abs(p); err2 != nil {
		return false
	}
	rel, err := filepath.Rel(d, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// describe shortens file system errors to their cause.
func describe(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// syntaxError positions a YAML syntax error ("yaml: line 3: ...").
func syntaxError(path string, err error) *Error { return yamlpos.FromYAML(path, "invalid YAML: ", err) }

type parser struct {
	path string
	errs Errors
	// Alias expansion: nodes visited in values may not pass budget (four
	// times the file's own nodes, plus a margin), and an alias may not lead
	// back into the node it sits in.
	visits, budget int
	expanding      map[*yaml.Node]bool
	overBudget     bool
}

// countNodes counts the nodes written in a file, not following aliases.
func countNodes(n *yaml.Node) int {
	c := 1
	for _, k := range n.Content {
		c += countNodes(k)
	}
	return c
}

func (p *parser) errorf(n *yaml.Node, format string, a ...any) {
	p.errs = append(p.errs, yamlpos.At(p.path, n, format, a...))
}

func pos(n *yaml.Node) Pos { return Pos{n.Line, n.Column} }

// resolve follows aliases (*name) to the node they stand for.
func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// kindName says what a node is, for messages.
func kindName(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case isNull(n):
		return "nothing (null)"
	case n.Tag == "!!bool":
		return "a boolean"
	case n.Tag == "!!int" || n.Tag == "!!float":
		return "a number"
	}
	return "a string"
}

// mapping calls fn for each key of a mapping, rejecting unknown and repeated keys.
func (p *parser) mapping(n *yaml.Node, what string, keys []string, fn func(key string, k, v *yaml.Node)) {
	n = resolve(n)
	if isNull(n) {
		return // "text:" with nothing under it
	}
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "%s: want a mapping with keys %s, got %s", what, orList(keys), kindName(n))
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		switch {
		case k.Kind != yaml.ScalarNode:
			p.errorf(k, "%s: keys must be names", what)
		case !slices.Contains(keys, k.Value):
			p.errorf(k, "unknown field %q in %s (want %s)", k.Value, what, orList(keys))
		case seen[k.Value]:
			p.errorf(k, "field %q given twice in %s", k.Value, what)
		default:
			seen[k.Value] = true
			fn(k.Value, k, v)
		}
	}
}

// list calls fn for each item of a sequence.
func (p *parser) list(n *yaml.Node, what string, fn func(item *yaml.Node)) {
	n = resolve(n)
	if isNull(n) {
		return // an empty section
	}
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "%s: want a list, got %s", what, kindName(n))
		return
	}
	for _, c := range n.Content {
		fn(resolve(c))
	}
}

// text reads a non-empty scalar as a string.
func (p *parser) text(n *yaml.Node, what string) (string, bool) {
	n = resolve(n)
	if n.Kind != yaml.ScalarNode || isNull(n) {
		p.errorf(n, "%s: want a string, got %s", what, kindName(n))
		return "", false
	}
	if strings.TrimSpace(n.Value) == "" {
		p.errorf(n, "%s: empty string", what)
		return "", false
	}
	return n.Value, true
}

func (p *parser) phrases(n *yaml.Node, what string) []Phrase {
	var out []Phrase
	p.list(n, what, func(c *yaml.Node) {
		if s, ok := p.text(c, what+" item"); ok {
			out = append(out, Phrase{pos(c), s})
		}
	})
	return out
}

func (p *parser) stringList(n *yaml.Node, what string) []string {
	var out []string
	for _, ph := range p.phrases(n, what) {
		out = append(out, ph.Text)
	}
	return out
}

// args reads the extract flags: a list, or one string split at spaces.
func (p *parser) args(n *yaml.Node) []string {
	if n.Kind == yaml.ScalarNode && !isNull(n) {
		return strings.Fields(n.Value)
	}
	return p.stringList(n, "args")
}

func (p *parser) meta(n *yaml.Node) []MetaField {
	var out []MetaField
	p.mapping(n, "meta", MetaKeys, func(key string, k, v *yaml.Node) {
		if key == "authors" {
			if v.Kind != yaml.SequenceNode {
				p.errorf(v, "meta.authors: want a list of names, got %s", kindName(v))
				return
			}
			n0 := len(p.errs)
			if list := p.stringList(v, "meta.authors"); len(p.errs) == n0 {
				out = append(out, MetaField{pos(k), key, append([]string{}, list...)})
			}
			return
		}
		if s, ok := p.text(v, "meta."+key); ok {
			out = append(out, MetaField{pos(k), key, s})
		}
	})
	slices.SortStableFunc(out, func(a, b MetaField) int { return strings.Compare(a.Key, b.Key) })
	return out
}

// choice reads a string of node n that must be one of allowed.
func (p *parser) choice(n *yaml.Node, what string, allowed []string) (string, bool) {
	s, ok := p.text(n, what)
	return s, ok && p.oneOf(n, what, s, allowed)
}

// oneOf checks that s is one of allowed.
func (p *parser) oneOf(n *yaml.Node, what, s string, allowed []string) bool {
	if !slices.Contains(allowed, s) {
		p.errorf(n, "%s %q: want %s", what, s, orList(allowed))
		return false
	}
	return true
}

// require reports the first missing required key.
func (p *parser) require(n *yaml.Node, what string, has []bool, keys ...string) {
	for i, ok := range has {
		if !ok {
			p.errorf(n, "%s needs %s", what, keys[i])
			return
		}
	}
}

// orList joins names as "a, b or c".
func orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
