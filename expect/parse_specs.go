package expect

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// entity reads an expected entity: its type and name, and optionally its
// titles and aliases.
func (p *parser) entity(n *yaml.Node) (EntitySpec, bool) {
	e := EntitySpec{Pos: pos(n)}
	n0 := len(p.errs)
	var has [2]bool
	p.mapping(n, "an entity", []string{"type", "name", "titles", "aliases"}, func(key string, _, v *yaml.Node) {
		switch key {
		case "type":
			if s, ok := p.choice(v, "entity type", EntityTypes); ok {
				e.Type, has[0] = s, true
			}
		case "name":
			e.Name, has[1] = p.text(v, "entity name")
		case "titles":
			e.Titles = p.stringList(v, "entity titles")
		case "aliases":
			e.Aliases = p.stringList(v, "entity aliases")
		}
	})
	if len(p.errs) == n0 {
		p.require(n, "an entity", has[:], "type", "name")
	}
	return e, len(p.errs) == n0
}

// value reads an expected value.
func (p *parser) value(n *yaml.Node) (ValueSpec, bool) {
	e := ValueSpec{Pos: pos(n)}
	n0 := len(p.errs)
	var has [3]bool
	p.mapping(n, "a value", []string{"type", "text", "value"}, func(key string, _, v *yaml.Node) {
		switch key {
		case "type":
			if s, ok := p.choice(v, "value type", ValueTypes); ok {
				e.Type, has[0] = s, true
			}
		case "text":
			e.Text, has[1] = p.text(v, "value text")
		case "value":
			e.Value, has[2] = p.plainValue(v)
		}
	})
	if len(p.errs) == n0 {
		p.require(n, "a value", has[:], "type", "text", "value")
	}
	return e, len(p.errs) == n0
}

// claim reads an expected claim.
func (p *parser) claim(n *yaml.Node) (ClaimSpec, bool) {
	c := ClaimSpec{Pos: pos(n)}
	n0 := len(p.errs)
	var has [2]bool
	p.mapping(n, "a claim", []string{"kind", "claimant", "via", "hedged", "contains"}, func(key string, _, v *yaml.Node) {
		switch key {
		case "kind":
			items := []*yaml.Node{v}
			if v.Kind == yaml.SequenceNode {
				items = v.Content
			}
			for _, k := range items {
				if s, ok := p.text(k, "claim kind"); ok && p.oneOf(resolve(k), "claim kind", strings.ToLower(s), ClaimKinds) {
					c.Kinds = append(c.Kinds, s)
				}
			}
			has[0] = len(c.Kinds) > 0
		case "claimant":
			c.Claimant, _ = p.text(v, "claimant")
		case "via":
			c.Via, _ = p.text(v, "via")
		case "hedged":
			var b bool
			if v.Kind != yaml.ScalarNode || isNull(v) || v.Decode(&b) != nil {
				p.errorf(v, "hedged: want true or false, got %s", kindName(v))
				return
			}
			c.Hedged = &b
		case "contains":
			c.Contains, has[1] = p.text(v, "contains")
		}
	})
	if len(p.errs) == n0 {
		p.require(n, "a claim", has[:], "kind", "contains")
	}
	return c, len(p.errs) == n0
}

// plainValue decodes an expected value into nil, bool, numbers, strings,
// []any and map[string]any. Unquoted dates stay the strings they are written
// as (YAML would make them timestamps).
func (p *parser) plainValue(n *yaml.Node) (any, bool) {
	if p.visits++; p.visits > p.budget {
		if !p.overBudget {
			p.overBudget = true
			p.errorf(n, "value: aliases expand to over %d nodes (an alias bomb?)", p.budget)
		}
		return nil, false
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		if p.expanding[n.Alias] {
			p.errorf(n, "value: alias *%s is used inside the node it names (a cycle)", n.Value)
			return nil, false
		}
		p.expanding[n.Alias] = true
		defer delete(p.expanding, n.Alias)
	}
	n = resolve(n)
	switch n.Kind {
	case yaml.SequenceNode:
		out := []any{}
		for _, c := range n.Content {
			v, ok := p.plainValue(c)
			if !ok {
				return nil, false
			}
			out = append(out, v)
		}
		return out, true
	case yaml.MappingNode:
		out := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := resolve(n.Content[i])
			if k.Kind != yaml.ScalarNode || isNull(k) {
				p.errorf(k, "value: keys must be names")
				return nil, false
			}
			if _, dup := out[k.Value]; dup {
				p.errorf(k, "value: key %q given twice", k.Value)
				return nil, false
			}
			v, ok := p.plainValue(n.Content[i+1])
			if !ok {
				return nil, false
			}
			out[k.Value] = v
		}
		return out, true
	case yaml.ScalarNode:
		if n.Tag == "!!timestamp" {
			return n.Value, true
		}
		var v any
		if err := n.Decode(&v); err != nil {
			p.errorf(n, "value: %v", err)
			return nil, false
		}
		return v, true
	}
	p.errorf(n, "value: want a scalar, list or mapping")
	return nil, false
}
