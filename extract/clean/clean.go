package clean

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// Cleaner strips page furniture and reads metadata. It holds only what New
// compiled from the rules and is safe for concurrent use.
type Cleaner struct {
	rules []*furniture // in rule-pack order

	tags  map[string]*furniture // element name -> rule
	attrs map[string][]attrTest // attribute name -> tests
	tok   map[string]*furniture // class/id word -> rule
	subs  *substrings           // class/id substrings -> rule
	lines map[string]*furniture // folded whole line -> rule
	heads []header              // folded line starts that open a furniture run
	stop  map[string]bool       // stop words
	pats  []*furniture          // rules with a compiled pattern
	anyA  *regexp.Regexp        // every anchored pattern: a quick test before pats
	anyF  *regexp.Regexp        // every floating pattern

	bylines    []string        // folded byline openers, longest first
	separators []string        // title separators
	roles      map[string]bool // journalist job words
	joiners    []string        // between author names
}

// furniture is one compiled furniture rule.
type furniture struct {
	id      string
	reason  string
	silent  bool
	content bool
	strong  bool           // a content cue from classes or attrs, not a bare word
	anch    *regexp.Regexp // the rule's patterns anchored at the start ("^..."), or nil
	float   *regexp.Regexp // its other patterns, or nil
}

type attrTest struct {
	value string // "" tests presence
	rule  *furniture
}

type header struct {
	prefix string
	rule   *furniture
}

// New builds a Cleaner from the furniture and metadata rules in set.
func New(set *rules.Set) (*Cleaner, error) {
	c := &Cleaner{
		tags:  map[string]*furniture{},
		attrs: map[string][]attrTest{},
		tok:   map[string]*furniture{},
		lines: map[string]*furniture{},
		stop:  map[string]bool{},
		roles: map[string]bool{},
	}
	var subs []subCue
	var allA, allF []string
	for _, r := range set.Furnitures() {
		f := &furniture{id: r.ID, reason: r.Reason, silent: r.Silent, content: r.Content}
		c.rules = append(c.rules, f)
		for _, t := range r.Tags {
			if _, ok := c.tags[t]; !ok {
				c.tags[strings.ToLower(t)] = f
			}
		}
		for _, a := range r.Attrs {
			name, val, _ := strings.Cut(a, "=")
			name = strings.ToLower(strings.TrimSpace(name))
			val = compactLower(val)
			c.attrs[name] = append(c.attrs[name], attrTest{value: val, rule: f})
		}
		for _, s := range r.Classes {
			subs = append(subs, subCue{s: normClass(s), rule: f})
		}
		for _, t := range r.Tokens {
			if _, ok := c.tok[t]; !ok {
				c.tok[t] = f
			}
		}
		for _, l := range r.Lines {
			if k := foldLine(l); k != "" {
				if _, ok := c.lines[k]; !ok {
					c.lines[k] = f
				}
			}
		}
		for _, h := range r.Headers {
			if k := foldLine(h); k != "" {
				c.heads = append(c.heads, header{prefix: k, rule: f})
			}
		}
		if len(r.Patterns) > 0 {
			var anch, float []string
			for _, p := range r.Patterns {
				if strings.HasPrefix(p, "^") {
					anch = append(anch, p[1:])
				} else {
					float = append(float, p)
				}
			}
			var err error
			if f.anch, err = alternation(anch, true); err != nil {
				return nil, fmt.Errorf("clean: furniture.%s: %w", r.ID, err)
			}
			if f.float, err = alternation(float, false); err != nil {
				return nil, fmt.Errorf("clean: furniture.%s: %w", r.ID, err)
			}
			allA = append(allA, anch...)
			allF = append(allF, float...)
			c.pats = append(c.pats, f)
		}
		for _, w := range r.StopWords {
			c.stop[strings.ToLower(w)] = true
		}
		if f.content && (len(r.Classes) > 0 || len(r.Attrs) > 0) {
			f.strong = true
		}
	}
	c.subs = newSubstrings(subs)
	var err error
	if c.anyA, err = alternation(allA, true); err != nil {
		return nil, fmt.Errorf("clean: furniture patterns: %w", err)
	}
	if c.anyF, err = alternation(allF, false); err != nil {
		return nil, fmt.Errorf("clean: furniture patterns: %w", err)
	}
	// Longer headers first, so "related articles" wins over "related".
	sortHeaders(c.heads)
	for _, m := range set.Metadatas() {
		for _, b := range m.Bylines {
			c.bylines = append(c.bylines, strings.ToLower(b))
		}
		c.separators = append(c.separators, m.Separators...)
		for _, r := range m.Roles {
			c.roles[strings.ToLower(r)] = true
		}
		c.joiners = append(c.joiners, m.Joiners...)
	}
	sortLongestFirst(c.bylines)
	return c, nil
}

// Run sets d.Text, d.Removed and d.Meta from d.Raw.
func (c *Cleaner) Run(d *document.Document) error {
	d.Removed = d.Removed[:0]
	if d.Format == document.FormatHTML {
		return c.runHTML(d)
	}
	c.runText(d, d.Raw)
	return nil
}

// alternation compiles patterns as one regular expression, nil for none.
// Patterns see lower-cased text with spaces folded. Anchored patterns, their
// "^" removed, are joined under one "^" so a failed match stops at once.
func alternation(pats []string, anchored bool) (*regexp.Regexp, error) {
	if len(pats) == 0 {
		return nil, nil
	}
	expr := `(?:` + strings.Join(pats, `)|(?:`) + `)`
	if anchored {
		expr = `^(?:` + expr + `)`
	}
	return regexp.Compile(expr)
}
