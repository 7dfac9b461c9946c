package clean

import (
	"errors"
	"regexp"
)

// readTeaser takes the teaser-list thresholds and the furniture they mark
// from the last furniture rule that gives them.
func (c *Cleaner) readTeaser() error {
	for _, f := range c.rules {
		if r := c.teaserRules[f.id]; r != nil {
			c.teaser, c.teaserFurn = *r, f
			c.slideCounter = nil
			if r.Counter != "" {
				c.slideCounter = regexp.MustCompile(r.Counter)
			}
		}
	}
	if c.teaserFurn == nil {
		return errors.New("clean: no furniture rule gives the teaserlist thresholds")
	}
	return nil
}

// markTeasers gives the teaser-list furniture to elements whose children
// are mostly teasers: a block holding a heading made of a link (or opened
// by a gallery's slide number) and a
// summary outside links, as story streams and "more stories" grids repeat
// them. It runs once subtree sums are known; the container choice then
// weighs these lists like class-cue furniture, except that one holding most
// of the page's prose still goes while a block of prose lies outside it.
func (p *page) markTeasers() {
	x := &p.c.teaser
	head := make([]bool, len(p.elems))
	items := make([]int32, len(p.elems))
	teasers := make([]int32, len(p.elems))
	story := make([]bool, len(p.elems))
	for i := len(p.elems) - 1; i > 0; i-- {
		e := &p.elems[i]
		if headingTags.has(e.n.DataAtom) && e.sub > 0 && (e.subLink*10 >= e.sub*9 || p.c.slideCounter != nil && p.c.slideCounter.MatchString(firstText(e.n))) {
			head[i] = true
		}
		if e.parent < 0 {
			continue
		}
		head[e.parent] = head[e.parent] || head[i]
		if e.sub == 0 {
			continue
		}
		items[e.parent]++
		summary := int(e.sub - e.subLink)
		if summary > x.MaxChars {
			story[e.parent] = true
		} else if head[i] && !headingTags.has(e.n.DataAtom) && summary >= x.SummaryChars {
			teasers[e.parent]++
		}
	}
	for i := range p.elems {
		e := &p.elems[i]
		if e.furn == nil && e.content == 0 && !story[i] && int(teasers[i]) >= x.MinItems && int(teasers[i])*100 >= x.Share*int(items[i]) {
			e.furn = p.c.teaserFurn
		}
	}
}

// unmarkIndexTeasers takes the teaser-list furniture back when the lists
// hold all but minProse of the page's prose: the page is an index of
// stories, and its teasers are all the text it has. It needs the prose sums.
func (p *page) unmarkIndexTeasers(total int32) {
	in := make([]bool, len(p.elems))
	var teased int32
	for i := range p.elems {
		e := &p.elems[i]
		if e.parent >= 0 && in[e.parent] {
			in[i] = true
			continue
		}
		if e.furn == p.c.teaserFurn {
			in[i] = true
			teased += e.good
		}
	}
	if total-teased >= minProse {
		return
	}
	for i := range p.elems {
		if e := &p.elems[i]; e.furn == p.c.teaserFurn {
			e.furn = nil
		}
	}
}
