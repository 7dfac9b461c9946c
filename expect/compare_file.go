package expect

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/claimex/claimex/compare"
)

// CompareSuffix ends the name of every compare expectation file: what must
// come out of several articles compared together (see docs/compare.md).
const CompareSuffix = ".compare.yaml"

// isExpectation reports whether a file name is an expectation file of either kind.
func isExpectation(name string) bool {
	return strings.HasSuffix(name, Suffix) || strings.HasSuffix(name, CompareSuffix)
}

// IsCompare reports whether path names a compare expectation file.
func IsCompare(path string) bool { return strings.HasSuffix(path, CompareSuffix) }

// CompareFile is one parsed compare expectation file.
type CompareFile struct {
	// Path is the file as found.
	Path string
	// Documents are the articles compared, in order.
	Documents []CompareDoc
	// DocumentsPos is where the documents are listed.
	DocumentsPos Pos

	Entities []LinkedEntitySpec
	Groups   []GroupSpec
	Singles  []MemberSpec
	Apart    []ApartSpec
	// Conflicts and Corroborated, when given, list every group of that
	// status; their Pos is where the key is written, zero when absent
	// (then groups of that status are not counted).
	Conflicts       []GroupSpec
	ConflictsPos    Pos
	Corroborated    []GroupSpec
	CorroboratedPos Pos
}

// Count returns the number of expectations: one per list item, and one for
// the rule that no group goes unlisted for each of conflicts: and
// corroborated: given.
func (f *CompareFile) Count() int {
	n := len(f.Entities) + len(f.Groups) + len(f.Singles) + len(f.Apart) + len(f.Conflicts) + len(f.Corroborated)
	for _, p := range []Pos{f.ConflictsPos, f.CorroboratedPos} {
		if p.Line > 0 {
			n++
		}
	}
	return n
}

// CompareDoc is one article of a compare file.
type CompareDoc struct {
	Pos
	// Name is the file as written; Article is its path, relative to the
	// compare file's folder unless absolute.
	Name    string
	Article string
	// Args are the extract flags the article is run with.
	Args []string
}

// LinkedEntitySpec expects a linked entity of Type named Name (its name or
// an alias) holding an entity of each document named in In.
type LinkedEntitySpec struct {
	Pos
	Type string
	Name string
	In   []int // document indexes
}

// MemberSpec is a claim of one document whose text or sentence contains Contains.
type MemberSpec struct {
	Pos
	Doc      int
	Contains string
}

// SlotSpec expects a slot of Type, compatible or not when Compatible is set.
type SlotSpec struct {
	Type       string
	Compatible *bool
}

// GroupSpec expects a group holding a claim matching each member, with the
// status, claimant and slots given.
type GroupSpec struct {
	Pos
	Status   string
	Claimant string
	Members  []MemberSpec
	Slots    []SlotSpec
}

// ApartSpec expects no group to hold a claim matching each of the two.
type ApartSpec struct {
	Pos
	A, B MemberSpec
}

var compareKeys = []string{"documents", "entities", "groups", "singles", "apart", "conflicts", "corroborated"}

// LoadCompare reads and parses a compare expectation file and checks that
// its articles exist. Problems are returned as [Errors].
func LoadCompare(path string) (*CompareFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("expectation file: %w", err)
	}
	f, err := ParseCompare(path, data)
	if err != nil {
		return nil, err
	}
	var errs Errors
	for _, d := range f.Documents {
		if st, err := os.Stat(d.Article); err != nil || st.IsDir() {
			msg := "is a folder"
			if err != nil {
				msg = describe(err).Error()
			}
			errs = append(errs, &Error{File: path, Line: d.Line, Col: d.Col, Msg: fmt.Sprintf("article %s: %s", d.Article, msg)})
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return f, nil
}

// ParseCompare decodes a compare expectation file strictly. Members name
// their document by the file given under documents.
func ParseCompare(path string, data []byte) (*CompareFile, error) {
	p := &parser{path: path}
	f := &CompareFile{Path: path}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil && err != io.EOF {
		return nil, Errors{syntaxError(path, err)}
	}
	if len(doc.Content) == 0 || isNull(resolve(doc.Content[0])) {
		return nil, Errors{{File: path, Msg: "a compare file needs documents"}}
	}
	root := resolve(doc.Content[0])
	// documents first: the other sections name them.
	p.mapping(root, "a compare file", compareKeys, func(key string, k, v *yaml.Node) {
		if key == "documents" {
			f.DocumentsPos = pos(v)
			p.list(v, "documents", func(n *yaml.Node) { p.compareDoc(f, n) })
		}
	})
	if len(p.errs) == 0 && len(f.Documents) < 2 {
		p.errorf(root, "a compare file needs at least two documents")
	}
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	p.mapping(root, "a compare file", compareKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "entities":
			p.list(v, "entities", func(n *yaml.Node) {
				if e, ok := p.linkedEntity(f, n); ok {
					f.Entities = append(f.Entities, e)
				}
			})
		case "groups":
			f.Groups = p.groups(f, v, "groups")
		case "singles":
			p.list(v, "singles", func(n *yaml.Node) {
				if m, ok := p.member(f, n, "a single"); ok {
					f.Singles = append(f.Singles, m)
				}
			})
		case "apart":
			p.list(v, "apart", func(n *yaml.Node) {
				if a, ok := p.apart(f, n); ok {
					f.Apart = append(f.Apart, a)
				}
			})
		case "conflicts":
			f.ConflictsPos = pos(v)
			f.Conflicts = p.groups(f, v, "conflicts")
		case "corroborated":
			f.CorroboratedPos = pos(v)
			f.Corroborated = p.groups(f, v, "corroborated")
		}
	})
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return f, nil
}

func (p *parser) compareDoc(f *CompareFile, n *yaml.Node) {
	d := CompareDoc{Pos: pos(n)}
	n0 := len(p.errs)
	p.mapping(n, "a document", []string{"file", "args"}, func(key string, _, v *yaml.Node) {
		if key == "file" {
			d.Name, _ = p.text(v, "document file")
		} else {
			d.Args = p.args(v)
		}
	})
	if len(p.errs) > n0 {
		return
	}
	if d.Name == "" {
		p.errorf(n, "a document needs file")
		return
	}
	for _, o := range f.Documents {
		if o.Name == d.Name {
			p.errorf(n, "document %q listed twice", d.Name)
			return
		}
	}
	d.Article = d.Name
	if !filepath.IsAbs(d.Article) {
		d.Article = filepath.Join(filepath.Dir(f.Path), d.Article)
	}
	f.Documents = append(f.Documents, d)
}

// docIndex finds a document by the file name given under documents.
func (p *parser) docIndex(f *CompareFile, n *yaml.Node) (int, bool) {
	s, ok := p.text(n, "file")
	if !ok {
		return 0, false
	}
	for i, d := range f.Documents {
		if d.Name == s {
			return i, true
		}
	}
	p.errorf(n, "file %q is not one of the documents", s)
	return 0, false
}

func (p *parser) linkedEntity(f *CompareFile, n *yaml.Node) (LinkedEntitySpec, bool) {
	e := LinkedEntitySpec{Pos: pos(n)}
	n0 := len(p.errs)
	var has [2]bool
	p.mapping(n, "an entity", []string{"type", "name", "in"}, func(key string, _, v *yaml.Node) {
		switch key {
		case "type":
			if s, ok := p.choice(v, "entity type", EntityTypes); ok {
				e.Type, has[0] = s, true
			}
		case "name":
			e.Name, has[1] = p.text(v, "entity name")
		case "in":
			p.list(v, "entity in", func(c *yaml.Node) {
				if i, ok := p.docIndex(f, c); ok {
					e.In = append(e.In, i)
				}
			})
		}
	})
	if len(p.errs) == n0 {
		p.require(n, "an entity", has[:], "type", "name")
	}
	return e, len(p.errs) == n0
}

func (p *parser) member(f *CompareFile, n *yaml.Node, what string) (MemberSpec, bool) {
	m := MemberSpec{Pos: pos(n)}
	n0 := len(p.errs)
	var has [2]bool
	p.mapping(n, what, []string{"file", "contains"}, func(key string, _, v *yaml.Node) {
		if key == "file" {
			m.Doc, has[0] = p.docIndex(f, v)
		} else {
			m.Contains, has[1] = p.text(v, "contains")
		}
	})
	if len(p.errs) == n0 {
		p.require(n, what, has[:], "file", "contains")
	}
	return m, len(p.errs) == n0
}

func (p *parser) apart(f *CompareFile, n *yaml.Node) (ApartSpec, bool) {
	a := ApartSpec{Pos: pos(n)}
	if n.Kind != yaml.SequenceNode || len(n.Content) != 2 {
		p.errorf(n, "apart: want a list of two claims, got %s", kindName(n))
		return a, false
	}
	var ok1, ok2 bool
	a.A, ok1 = p.member(f, resolve(n.Content[0]), "an apart claim")
	a.B, ok2 = p.member(f, resolve(n.Content[1]), "an apart claim")
	return a, ok1 && ok2
}

// GroupStatuses are the statuses a group expectation may name.
var GroupStatuses = []string{compare.Corroborated, compare.Conflicting, compare.Single}

func (p *parser) groups(f *CompareFile, n *yaml.Node, what string) []GroupSpec {
	var out []GroupSpec
	p.list(n, what, func(c *yaml.Node) {
		g := GroupSpec{Pos: pos(c)}
		n0 := len(p.errs)
		p.mapping(c, "a group", []string{"status", "claimant", "members", "slots"}, func(key string, _, v *yaml.Node) {
			switch key {
			case "status":
				if s, ok := p.choice(v, "status", GroupStatuses); ok {
					g.Status = s
				}
			case "claimant":
				g.Claimant, _ = p.text(v, "claimant")
			case "members":
				p.list(v, "members", func(m *yaml.Node) {
					if ms, ok := p.member(f, m, "a member"); ok {
						g.Members = append(g.Members, ms)
					}
				})
			case "slots":
				p.list(v, "slots", func(s *yaml.Node) { g.Slots = append(g.Slots, p.slot(s)) })
			}
		})
		if len(p.errs) == n0 && len(g.Members) == 0 {
			p.errorf(c, "a group needs members")
		}
		if len(p.errs) == n0 {
			out = append(out, g)
		}
	})
	return out
}

func (p *parser) slot(n *yaml.Node) SlotSpec {
	var s SlotSpec
	p.mapping(n, "a slot", []string{"type", "compatible"}, func(key string, _, v *yaml.Node) {
		if key == "type" {
			if t, ok := p.choice(v, "slot type", compare.SlotTypes); ok {
				s.Type = t
			}
			return
		}
		var b bool
		if v.Kind != yaml.ScalarNode || isNull(v) || v.Decode(&b) != nil {
			p.errorf(v, "compatible: want true or false, got %s", kindName(v))
			return
		}
		s.Compatible = &b
	})
	if s.Type == "" {
		p.errorf(n, "a slot needs type")
	}
	return s
}
