package expect

import (
	"fmt"
	"strings"

	"github.com/claimex/claimex/compare"
	"github.com/claimex/claimex/extract"
)

// Sections of a compare expectation file, in the order results are reported.
const (
	SectionLinked       = "entities"
	SectionGroups       = "groups"
	SectionSingles      = "singles"
	SectionApart        = "apart"
	SectionConflicts    = "conflicts"
	SectionCorroborated = "corroborated"
)

// CheckCompare tests every expectation of f against rep, the comparison of
// f's documents, whose records are recs (in f's document order; nil for a
// document that failed). It returns one result per expectation.
func CheckCompare(f *CompareFile, rep *compare.Report, recs []*extract.Record) []Result {
	c := newCompareChecker(f, rep, recs)
	var out []Result
	add := func(section, name string, pos Pos, pass bool, reason string) {
		if pass {
			reason = ""
		}
		out = append(out, Result{Section: section, Name: name, Pass: pass, Reason: reason, Pos: pos})
	}
	for _, e := range f.Entities {
		ok, reason := c.linkedEntity(e)
		add(SectionLinked, e.Type+" "+e.Name, e.Pos, ok, reason)
	}
	for _, g := range f.Groups {
		ok, reason := c.group(g)
		add(SectionGroups, c.groupLabel(g), g.Pos, ok, reason)
	}
	for _, m := range f.Singles {
		ok, reason := c.single(m)
		add(SectionSingles, c.memberLabel(m), m.Pos, ok, reason)
	}
	for _, a := range f.Apart {
		ok, reason := c.apart(a)
		add(SectionApart, c.memberLabel(a.A)+" / "+c.memberLabel(a.B), a.Pos, ok, reason)
	}
	out = append(out, c.exhaustive(SectionConflicts, compare.Conflicting, f.Conflicts, f.ConflictsPos)...)
	out = append(out, c.exhaustive(SectionCorroborated, compare.Corroborated, f.Corroborated, f.CorroboratedPos)...)
	return out
}

// exhaustive checks a list of every group of one status: each listed group
// must exist with that status, and no other group may have it. Nothing is
// checked when the list's key is absent (pos is zero).
func (c *compareChecker) exhaustive(section, status string, specs []GroupSpec, at Pos) []Result {
	if at.Line == 0 {
		return nil
	}
	var out []Result
	matched := map[string]bool{}
	for _, g := range specs {
		g.Status = status
		ok, reason := c.group(g)
		if ok {
			matched[c.lastGroup] = true
			reason = ""
		}
		out = append(out, Result{Section: section, Name: c.groupLabel(g), Pass: ok, Reason: reason, Pos: g.Pos})
	}
	var extra []string
	for _, g := range c.rep.Groups {
		if g.Status == status && !matched[g.ID] {
			extra = append(extra, fmt.Sprintf("%s (%s)", g.ID, clip(g.Statement)))
		}
	}
	res := Result{Section: section, Name: fmt.Sprintf("no %s groups but the %d listed", status, len(specs)), Pass: len(extra) == 0, Pos: at}
	if !res.Pass {
		res.Reason = "unlisted: " + strings.Join(extra, "; ")
	}
	return append(out, res)
}

// compareChecker matches expectations against a report.
type compareChecker struct {
	f     *CompareFile
	rep   *compare.Report
	texts map[claimKey]string // a claim's text and sentence, folded
	// lastGroup is the id of the group the last passing group matched.
	lastGroup string
}

type claimKey struct {
	doc   int
	claim string
}

func newCompareChecker(f *CompareFile, rep *compare.Report, recs []*extract.Record) *compareChecker {
	c := &compareChecker{f: f, rep: rep, texts: map[claimKey]string{}}
	for d, r := range recs {
		if r == nil {
			continue
		}
		runes := []rune(r.Text)
		for _, cl := range r.Claims {
			c.texts[claimKey{d, cl.ID}] = fold(cl.Text) + "\n" + fold(slice(runes, cl.Sentence))
		}
	}
	return c
}

// matches reports whether a group member is the claim a spec describes.
func (c *compareChecker) matches(m *compare.Member, w MemberSpec) bool {
	return m.Document == w.Doc && strings.Contains(c.texts[claimKey{m.Document, m.Claim}], fold(w.Contains))
}

// groupsOf returns the groups holding a claim that matches w.
func (c *compareChecker) groupsOf(w MemberSpec) []*compare.Group {
	var out []*compare.Group
	for i := range c.rep.Groups {
		g := &c.rep.Groups[i]
		for k := range g.Members {
			if c.matches(&g.Members[k], w) {
				out = append(out, g)
				break
			}
		}
	}
	return out
}

func (c *compareChecker) linkedEntity(w LinkedEntitySpec) (bool, string) {
	reason := "no linked entity of that type and name"
	for _, e := range c.rep.Entities {
		if e.Type != w.Type || !anyName(append([]string{e.Name}, e.Aliases...), w.Name) {
			continue
		}
		in := map[int]bool{}
		for _, m := range e.Members {
			in[m.Document] = true
		}
		var missing []string
		for _, d := range w.In {
			if !in[d] {
				missing = append(missing, c.f.Documents[d].Name)
			}
		}
		if len(missing) == 0 {
			return true, ""
		}
		reason = fmt.Sprintf("%s %s has no entity of %s", e.ID, e.Name, strings.Join(missing, ", "))
	}
	return false, reason
}

// group finds the group that meets w with the fewest differences.
func (c *compareChecker) group(w GroupSpec) (bool, string) {
	best, reason := -1, "no group holds any of the members"
	c.lastGroup = ""
	for i := range c.rep.Groups {
		g := &c.rep.Groups[i]
		var miss []string
		found := 0
		for _, m := range w.Members {
			if c.holds(g, m) {
				found++
			} else {
				miss = append(miss, "no member "+c.memberLabel(m))
			}
		}
		if found == 0 {
			continue
		}
		if w.Status != "" && g.Status != w.Status {
			miss = append(miss, "status "+g.Status)
		}
		if w.Claimant != "" && !c.claimantIs(g, w.Claimant) {
			miss = append(miss, "claimant "+claimantName(g))
		}
		miss = append(miss, slotMisses(g, w.Slots)...)
		if best < 0 || len(miss) < best {
			best, reason = len(miss), g.ID+" has "+strings.Join(miss, ", ")
			if best == 0 {
				c.lastGroup = g.ID
			}
		}
	}
	return best == 0, reason
}

func (c *compareChecker) holds(g *compare.Group, w MemberSpec) bool {
	for k := range g.Members {
		if c.matches(&g.Members[k], w) {
			return true
		}
	}
	return false
}

// claimantIs reports whether a group's claimant, or its linked entity's
// names, are want.
func (c *compareChecker) claimantIs(g *compare.Group, want string) bool {
	if g.Claimant == nil {
		return false
	}
	if sameName(g.Claimant.Name, want) {
		return true
	}
	for _, e := range c.rep.Entities {
		if g.Claimant.Entity != nil && e.ID == *g.Claimant.Entity {
			return anyName(append([]string{e.Name}, e.Aliases...), want)
		}
	}
	return false
}

func claimantName(g *compare.Group) string {
	if g.Claimant == nil {
		return "null"
	}
	return fmt.Sprintf("%q", g.Claimant.Name)
}

func slotMisses(g *compare.Group, want []SlotSpec) []string {
	var miss []string
	for _, w := range want {
		var got *compare.Slot
		for i := range g.Slots {
			if g.Slots[i].Type == w.Type {
				got = &g.Slots[i]
			}
		}
		switch {
		case got == nil:
			miss = append(miss, "no "+w.Type+" slot")
		case w.Compatible != nil && got.Compatible != *w.Compatible:
			miss = append(miss, fmt.Sprintf("%s slot compatible %v", w.Type, got.Compatible))
		}
	}
	return miss
}

// single passes when every claim matching w stands in a group of status single.
func (c *compareChecker) single(w MemberSpec) (bool, string) {
	gs := c.groupsOf(w)
	if len(gs) == 0 {
		return false, "no claim of that document contains it"
	}
	for _, g := range gs {
		if g.Status != compare.Single {
			return false, fmt.Sprintf("it is in %s, %s with %d sources", g.ID, g.Status, g.Sources)
		}
	}
	return true, ""
}

// apart passes when no group holds claims matching both.
func (c *compareChecker) apart(w ApartSpec) (bool, string) {
	a, b := c.groupsOf(w.A), c.groupsOf(w.B)
	if len(a) == 0 || len(b) == 0 {
		return false, "no claim contains one of them, so apart proves nothing"
	}
	for _, ga := range a {
		for _, gb := range b {
			if ga == gb {
				return false, "both are in " + ga.ID
			}
		}
	}
	return true, ""
}

func (c *compareChecker) memberLabel(m MemberSpec) string {
	return fmt.Sprintf("%s %q", c.f.Documents[m.Doc].Name, clip(m.Contains))
}

func (c *compareChecker) groupLabel(g GroupSpec) string {
	var ms []string
	for _, m := range g.Members {
		ms = append(ms, c.memberLabel(m))
	}
	label := strings.Join(ms, " + ")
	if g.Status != "" {
		label = g.Status + ": " + label
	}
	return label
}

// NewCompareReport builds the report of a compare file from its results.
// When err (the failure to process its articles) is not nil, every
// expectation fails with it.
func NewCompareReport(f *CompareFile, results []Result, err error) FileReport {
	var names []string
	for _, d := range f.Documents {
		names = append(names, d.Article)
	}
	r := FileReport{File: f.Path, Article: strings.Join(names, ", "), Args: []string{}, Results: results}
	r.finish(err, "articles not processed: ", func() []Result { return CheckCompare(f, &compare.Report{}, nil) })
	return r
}
