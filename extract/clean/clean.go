package clean

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// Cleaner strips page furniture and reads metadata. It holds what New
// compiled from the rules and a cache of class tokens, and is safe for
// concurrent use.
type Cleaner struct {
	rules []*furniture // in rule-pack order

	tags      map[string]*furniture // element name -> rule
	attrs     map[string][]attrTest // attribute name -> tests
	tok       map[string]*furniture // class/id word -> rule
	subs      *substrings           // class/id substrings -> rule
	byToken   bool                  // no substring spans two class tokens: match tokens
	tokens    tokenCues             // facts of the class tokens seen so far
	lines     map[string]*furniture // folded whole line -> rule
	heads     []header              // folded line starts that open a furniture run
	stop      map[string]bool       // stop words
	pats      []*furniture          // rules with a compiled pattern
	patIndex  *patternIndex         // their patterns, by the bytes a line opens and closes with
	tails     []trailer             // patterns opening the boilerplate at the end of the body
	selectors []selectorRule        // CSS selector rules, in rule-pack order
	keepAttrs *nameSet              // attributes kept before parsing; nil keeps all

	bylines      []string          // folded byline openers, longest first
	separators   []string          // title separators
	hierarchical map[string]bool   // separators of section paths
	cuts         []string          // separators that cut a page title into segments
	roles        map[string]bool   // journalist job words
	bioVerbs     map[string]bool   // verbs after an author's name in a bio sentence
	joiners      []string          // between author names
	credits      []string          // photo credit openers
	covers       map[string]bool   // languages the rule packs are written for
	dateWords    map[string]bool   // month and weekday names, lower case
	bylineCls    []string          // class and id substrings of byline elements
	dateCls      []string          // class substrings of date lines
	metaByToken  bool              // no byline or date cue spans two class tokens
	textDate     *regexp.Regexp    // a date written in a line of text
	months       map[string]string // first three letters of a month name, lower case: its number "01"-"12"
	langs        langWords         // function words by language

	linkList rules.LinkList   // thresholds of the link-list test
	linkCard rules.LinkCard   // thresholds of the link-card test
	prose    rules.Prose      // thresholds of the prose test on lines
	blkProse rules.BlockProse // thresholds of the prose test on HTML blocks
	index    rules.IndexPage  // thresholds of the index-page test
	teaser   rules.TeaserList // thresholds of the teaser-list test
	// teaserFurn is the furniture teaser lists are removed as; teaserRules
	// are the teaser-list thresholds by rule id, read once in New.
	teaserFurn   *furniture
	teaserRules  map[string]*rules.TeaserList
	slideCounter *regexp.Regexp // a gallery slide's number, from the teaser-list rule
}

// furniture is one compiled furniture rule.
type furniture struct {
	id      string
	reason  string
	silent  bool
	content bool
	strong  bool     // a content cue from classes or attrs, not a bare word
	forced  bool     // a selector rule's furniture: removed whatever the scores say
	pats    []*gated // the rule's patterns
}

type attrTest struct {
	value string // "" tests presence
	rule  *furniture
}

// trailer is a compiled trailer pattern and its rule.
type trailer struct {
	g    *gated
	rule *furniture
}

type header struct {
	prefix string
	rule   *furniture
}

// New builds a Cleaner from the furniture and metadata rules in set.
func New(set *rules.Set) (*Cleaner, error) {
	c := &Cleaner{
		tags:         map[string]*furniture{},
		attrs:        map[string][]attrTest{},
		tok:          map[string]*furniture{},
		lines:        map[string]*furniture{},
		stop:         map[string]bool{},
		roles:        map[string]bool{},
		bioVerbs:     map[string]bool{},
		hierarchical: map[string]bool{},
		dateWords:    map[string]bool{},
		covers:       map[string]bool{},
	}
	var subs []subCue
	for _, r := range set.Furnitures() {
		f := &furniture{id: r.ID, reason: r.Reason, silent: r.Silent, content: r.Content}
		c.rules = append(c.rules, f)
		subs = c.addCues(r, f, subs)
		if err := c.addPatterns(r, f); err != nil {
			return nil, err
		}
		for _, w := range r.StopWords {
			c.stop[strings.ToLower(w)] = true
		}
		if f.content && (len(r.Classes) > 0 || len(r.Attrs) > 0) {
			f.strong = true
		}
	}
	if err := c.readLimits(set); err != nil {
		return nil, err
	}
	c.keepAttrs = c.keptAttributes()
	c.patIndex = newPatternIndex(c.pats)
	c.subs = newSubstrings(subs)
	c.byToken = spanFree(subs)
	// Longer headers first, so "related articles" wins over "related".
	sortHeaders(c.heads)
	for _, m := range set.Metadatas() {
		c.addMetadata(m)
	}
	sortLongestFirst(c.bylines)
	c.metaByToken = metaSpanFree(c.bylineCls, c.dateCls)
	if c.textDate == nil {
		c.setMonths(nil)
	}
	return c, nil
}

// addCues indexes the tags, attributes, tokens, lines and headers of
// furniture rule r as f, and returns subs with its class substrings added.
func (c *Cleaner) addCues(r *rules.Furniture, f *furniture, subs []subCue) []subCue {
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
	return subs
}

// addPatterns compiles the patterns, trailers and selector of furniture
// rule r as f.
func (c *Cleaner) addPatterns(r *rules.Furniture, f *furniture) error {
	for _, p := range r.Patterns {
		g, err := newGated(p)
		if err != nil {
			return fmt.Errorf("clean: furniture.%s: %w", r.ID, err)
		}
		f.pats = append(f.pats, g)
	}
	if len(f.pats) > 0 {
		c.pats = append(c.pats, f)
	}
	for _, p := range r.Trailers {
		g, err := newGated(p)
		if err != nil {
			return fmt.Errorf("clean: furniture.%s: %w", r.ID, err)
		}
		c.tails = append(c.tails, trailer{g: g, rule: f})
	}
	if r.Selector != "" {
		s, err := newSelectorRule(r.Selector, f)
		if err != nil {
			return fmt.Errorf("clean: furniture.%s: %w", r.ID, err)
		}
		c.selectors = append(c.selectors, s)
	}
	return nil
}

// addMetadata adds the cues of metadata rule m: byline openers, title
// separators, job words, date words and classes, months and function words.
func (c *Cleaner) addMetadata(m *rules.Metadata) {
	for _, b := range m.Bylines {
		c.bylines = append(c.bylines, strings.ToLower(b))
	}
	c.separators = append(c.separators, m.Separators...)
	for _, h := range m.Cuts {
		c.cuts = append(c.cuts, strings.TrimSpace(h))
	}
	for _, h := range m.Hierarchical {
		c.hierarchical[strings.TrimSpace(h)] = true
	}
	for _, r := range m.Roles {
		c.roles[strings.ToLower(r)] = true
	}
	for _, v := range m.BioVerbs {
		c.bioVerbs[strings.ToLower(v)] = true
	}
	c.joiners = append(c.joiners, m.Joiners...)
	for _, l := range m.Covers {
		c.covers[strings.ToLower(l)] = true
	}
	for _, w := range m.DateWords {
		c.dateWords[strings.ToLower(w)] = true
	}
	for _, w := range m.Credits {
		c.credits = append(c.credits, strings.ToLower(w))
	}
	c.dateCls = append(c.dateCls, m.DateClasses...)
	if len(m.Months) > 0 {
		c.setMonths(m.Months)
	}
	for _, w := range m.BylineClasses {
		c.bylineCls = append(c.bylineCls, strings.ToLower(w))
	}
	if m.Language != "" {
		c.langs.add(m.Language, m.Words)
	}
}

// Run sets d.Text, d.Removed and d.Meta from d.Raw.
func (c *Cleaner) Run(d *document.Document) error {
	d.Removed = d.Removed[:0]
	if d.Format == document.FormatHTML {
		if err := c.runHTML(d); err != nil {
			return err
		}
	} else {
		c.runText(d, d.Raw)
	}
	if d.Meta.Language == "" {
		// Undeclared: guess it from the article's function words.
		d.Meta.Language = c.langs.guess(d.Text)
	}
	c.warn(d)
	return nil
}

// warn adds the warnings that hold for any input: a short body, a language
// the rules do not cover.
func (c *Cleaner) warn(d *document.Document) {
	if n := bodyWords(d); n < document.ShortBodyWords {
		d.Warn(document.WarnShortBody, fmt.Sprintf("the body has %d words, under %d", n, document.ShortBodyWords))
	}
	if lang := d.Meta.Language; lang != "" && len(c.covers) > 0 {
		primary, _, _ := strings.Cut(strings.ToLower(lang), "-")
		if !c.covers[primary] {
			d.Warn(document.WarnLanguage, fmt.Sprintf("the language %s is not one the rules cover", lang))
		}
	}
}

// bodyWords counts the words of the text after its title paragraph.
func bodyWords(d *document.Document) int {
	body := d.Text
	if t := d.Meta.Title; t != "" {
		if rest, ok := strings.CutPrefix(body, t); ok && (rest == "" || strings.HasPrefix(rest, "\n")) {
			body = rest
		}
	}
	return wordCount(body)
}

// wordCount counts the runs of non-space characters of s.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var sp bool
		if b := s[i]; b < utf8.RuneSelf {
			sp = asciiSpace(b)
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			sp = unicode.IsSpace(r)
			i += size
		}
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
