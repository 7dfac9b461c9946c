package clean

import "golang.org/x/net/html"

// attrFacts is what an element's class and id values hold, read once for
// both the metadata walk and the furniture rules.
type attrFacts struct {
	cue    classCue // of the class and id values classify reads, in order
	byline bool     // a class or id value holds a byline cue
	dates  int      // class values that hold a date cue
}

// readAttrFacts reads the class and id values of n. An id that spells the
// heading opening n is left out of the cue: a section's anchor names its
// heading, not a component.
func (c *Cleaner) readAttrFacts(n *html.Node) attrFacts {
	var af attrFacts
	var cls string // the values joined, when cues span tokens
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		f := c.valueFacts(a.Val)
		af.byline = af.byline || f.meta.byline
		if a.Key == "class" && f.meta.date {
			af.dates++
		}
		if a.Key == "id" && headingAnchor(n, a.Val) {
			continue
		}
		af.cue = af.cue.then(f.cue)
		if !c.byToken {
			if cls != "" {
				cls += " "
			}
			cls += a.Val
		}
	}
	if !c.byToken {
		af.cue = c.scanCue(cls)
	}
	return af
}
