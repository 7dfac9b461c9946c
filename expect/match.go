package expect

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/claimex/claimex/extract"
)

// Sections of an expectation file, in the order their results are reported.
const (
	SectionText        = "text"
	SectionMeta        = "meta"
	SectionEntities    = "entities"
	SectionNotEntities = "not_entities"
	SectionValues      = "values"
	SectionNotValues   = "not_values"
	SectionClaims      = "claims"
)

// Result is the outcome of one expectation.
type Result struct {
	// Section is the expectation's section, e.g. "claims".
	Section string `json:"section"`
	// Name describes the expectation, e.g. `quote "global issue" by Ken Hu`.
	Name string `json:"name"`
	// Pass reports whether the record met the expectation.
	Pass bool `json:"pass"`
	// Reason says what went wrong (for claims: what the closest claim got
	// wrong); a passing value expectation notes a differing value text.
	Reason string `json:"reason,omitempty"`
	// Known is set on a failure listed in a [KnownFile]: it is reported, but
	// does not count as failed.
	Known bool `json:"known,omitempty"`
	// Pos is where the expectation is written.
	Pos
}

// Check tests every expectation of f against r, the record of f's article,
// and returns one result per expectation in section order. A nil r checks
// against an empty record.
func Check(f *File, r *extract.Record) []Result {
	if r == nil {
		r = &extract.Record{}
	}
	c := checker{r: r, text: fold(r.Text)}
	var out []Result
	add := func(section, name string, pos Pos, pass bool, reason string) {
		if pass && section != SectionValues {
			reason = ""
		}
		// The article may be any file a CI run was pointed at: quote it
		// only in short excerpts.
		out = append(out, Result{Section: section, Name: clipTo(name, maxQuoted), Pass: pass, Reason: clipTo(reason, maxQuoted), Pos: pos})
	}
	for _, k := range f.Keeps {
		add(SectionText, "keeps "+clip(k.Text), k.Pos, strings.Contains(c.text, fold(k.Text)), "not in text")
	}
	for _, k := range f.Drops {
		add(SectionText, "drops "+clip(k.Text), k.Pos, !strings.Contains(c.text, fold(k.Text)), "still in text")
	}
	for _, m := range f.Meta {
		ok, reason := c.meta(m)
		add(SectionMeta, fmt.Sprintf("%s = %v", m.Key, m.Want), m.Pos, ok, reason)
	}
	for _, e := range f.Entities {
		ok, reason := c.entity(e)
		add(SectionEntities, entityLabel(e), e.Pos, ok, reason)
	}
	for _, w := range f.NotEntities {
		ok, reason := c.notEntity(w.Text)
		add(SectionNotEntities, w.Text, w.Pos, ok, reason)
	}
	for _, v := range f.Values {
		ok, reason := c.value(v)
		add(SectionValues, fmt.Sprintf("%s %q = %s", v.Type, v.Text, compact(v.Value)), v.Pos, ok, reason)
	}
	for _, w := range f.NotValues {
		ok, reason := c.notValue(w.Text)
		add(SectionNotValues, w.Text, w.Pos, ok, reason)
	}
	for _, cl := range f.Claims {
		ok, reason := c.claim(cl)
		add(SectionClaims, claimLabel(cl), cl.Pos, ok, reason)
	}
	return out
}

func entityLabel(e EntitySpec) string {
	label := e.Type + " " + e.Name
	if len(e.Titles) > 0 {
		label += fmt.Sprintf(" titles %v", e.Titles)
	}
	return label
}

func claimLabel(c ClaimSpec) string {
	label := fmt.Sprintf("%s %q", strings.Join(c.Kinds, "|"), c.Contains)
	if c.Claimant != "" {
		label += " by " + c.Claimant
	}
	return label
}

type checker struct {
	r     *extract.Record
	text  string // the record's text, folded
	runes []rune // the record's text, for sentence spans
}

func (c *checker) meta(m MetaField) (bool, string) {
	got := metaField(&c.r.Meta, m.Key)
	switch want := m.Want.(type) {
	case []string:
		have, _ := got.([]string)
		var miss []string
		for _, w := range want {
			if !anyName(have, w) {
				miss = append(miss, w)
			}
		}
		return len(miss) == 0, fmt.Sprintf("missing %s; got %s", strings.Join(miss, ", "), compact(have))
	case string:
		s, _ := got.(string)
		if s == "" {
			return false, "got null"
		}
		return sameName(s, want), fmt.Sprintf("got %q", s)
	}
	return false, "unsupported expectation"
}

// metaField returns a metadata field: a string ("" when null) or, for authors, a list.
func metaField(m *extract.RecordMeta, key string) any {
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	switch key {
	case "title":
		return str(m.Title)
	case "authors":
		return m.Authors
	case "published":
		return str(m.Published)
	case "site":
		return str(m.Site)
	case "url":
		return str(m.URL)
	case "language":
		return str(m.Language)
	}
	return nil
}

func entityNames(e *extract.Entity) []string { return append([]string{e.Name}, e.Aliases...) }

// entity finds the first entity of the type whose name or an alias is the
// expected name, and checks its titles and aliases.
func (c *checker) entity(w EntitySpec) (bool, string) {
	var hit *extract.Entity
	other := ""
	for i := range c.r.Entities {
		e := &c.r.Entities[i]
		if !anyName(entityNames(e), w.Name) {
			continue
		}
		if e.Type == w.Type {
			hit = e
			break
		}
		other = e.Type
	}
	switch {
	case hit == nil && other != "":
		return false, "found as " + other
	case hit == nil:
		return false, "no entity with that name or alias"
	}
	var miss []string
	for _, t := range w.Titles {
		if !anyName(hit.Titles, t) {
			miss = append(miss, "title "+t)
		}
	}
	for _, a := range w.Aliases {
		if !anyName(entityNames(hit), a) {
			miss = append(miss, "alias "+a)
		}
	}
	return len(miss) == 0, fmt.Sprintf("missing %s; has titles %s aliases %s", strings.Join(miss, ", "), compact(hit.Titles), compact(hit.Aliases))
}

func (c *checker) notEntity(name string) (bool, string) {
	bad := ""
	for i := range c.r.Entities {
		e := &c.r.Entities[i]
		if anyName(entityNames(e), name) {
			bad = e.Type + " " + e.Name
		}
	}
	return bad == "", "found " + bad
}

// value finds a value of the type whose text equals, contains or is
// contained in the expected text, with an equal normalized value.
func (c *checker) value(w ValueSpec) (bool, string) {
	reason := "no " + w.Type + " value with that text"
	want := fold(w.Text)
	for _, v := range c.r.Values {
		t := fold(v.Text)
		if v.Type != w.Type || t == "" || !(strings.Contains(t, want) || strings.Contains(want, t)) {
			continue
		}
		got := plain(v.Value)
		if valueEqual(w.Value, got) {
			if t != want {
				return true, "text " + v.Text
			}
			return true, ""
		}
		reason = fmt.Sprintf("text %q has value %s", v.Text, compact(got))
	}
	return false, reason
}

func (c *checker) notValue(w string) (bool, string) {
	bad := ""
	for _, v := range c.r.Values {
		if hasWord(v.Text, w) {
			bad = v.Type + " " + v.Text
		}
	}
	return bad == "", "found " + bad
}

// claim finds the claims whose text or sentence contains the expected
// phrase and reports what the closest one (fewest differences, first on ties)
// got wrong.
func (c *checker) claim(w ClaimSpec) (bool, string) {
	if c.runes == nil {
		c.runes = []rune(c.r.Text)
	}
	want := fold(w.Contains)
	best, reason := -1, "no claim whose text or sentence contains it"
	for i := range c.r.Claims {
		cl := &c.r.Claims[i]
		if !strings.Contains(fold(cl.Text), want) && !strings.Contains(fold(slice(c.runes, cl.Sentence)), want) {
			continue
		}
		var miss []string
		if !anyName(w.Kinds, cl.Kind) {
			miss = append(miss, "kind "+cl.Kind)
		}
		if w.Claimant != "" && !c.claimantIs(cl, w.Claimant) {
			got := "null"
			if cl.Claimant != nil {
				got = fmt.Sprintf("%q", cl.Claimant.Name)
			}
			miss = append(miss, "claimant "+got)
		}
		if w.Via != "" {
			via := ""
			if cl.Via != nil {
				via = *cl.Via
			}
			if !hasWord(via, w.Via) {
				miss = append(miss, fmt.Sprintf("via %q", via))
			}
		}
		if w.Hedged != nil && cl.Hedged != *w.Hedged {
			miss = append(miss, fmt.Sprintf("hedged %v", cl.Hedged))
		}
		if best < 0 || len(miss) < best {
			best, reason = len(miss), "best match has "+strings.Join(miss, ", ")
		}
	}
	return best == 0, reason
}

// claimantIs reports whether the claim's claimant name, or any name or alias
// of the entity it points to, is want.
func (c *checker) claimantIs(cl *extract.Claim, want string) bool {
	if cl.Claimant == nil {
		return false
	}
	if sameName(cl.Claimant.Name, want) {
		return true
	}
	if cl.Claimant.Entity == nil {
		return false
	}
	for i := range c.r.Entities {
		if e := &c.r.Entities[i]; e.ID == *cl.Claimant.Entity {
			return anyName(entityNames(e), want)
		}
	}
	return false
}

// slice returns the text of a code-point span, clamped to the text.
func slice(r []rune, s extract.Span) string {
	a, b := max(0, min(s.Start, len(r))), max(0, min(s.End, len(r)))
	if b < a {
		return ""
	}
	return string(r[a:b])
}

// plain turns a record's value into what its JSON encoding decodes to, so
// expected and extracted values compare the same way whatever Go type holds them.
func plain(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return v
	}
	var out any
	if json.Unmarshal(b, &out) != nil {
		return v
	}
	return out
}

func compact(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// clip shortens long phrases in result names.
func clip(s string) string { return clipTo(s, 60) }

// maxQuoted bounds, in runes, what a result quotes of the article.
const maxQuoted = 160

// clipTo shortens s to n runes, marking the cut.
func clipTo(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if r := []rune(s); len(r) > n {
		return string(r[:n-3]) + "..."
	}
	return s
}
