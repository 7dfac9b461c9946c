package report

import (
	"encoding/json"
	"fmt"

	"github.com/claimex/claimex/compare"
	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/internal/output"
)

// compareView is the page's comparison section: the groups that two or more
// sources share, in the report's order, and the single-source ones apart.
type compareView struct {
	Shared, Single []*groupView
	Corroborated   int
	Conflicting    int
}

type groupView struct {
	compare.Group
	Claimant  string
	Members   []*memberView
	Conflicts []*slotView
}

type memberView struct {
	compare.Member
	Article string // the article's heading
	Href    string // "#id" of the claim's highlight (or its fields); empty when the page has neither
}

type slotView struct {
	Type   string
	Values []*slotValueView
}

type slotValueView struct {
	Article, Text, Value, Href string
}

// newCompareView lays out rep, whose document i is articles[i]; member
// links point at the claim's first highlighted piece in that article.
func newCompareView(rep *compare.Report, articles []*articleView) *compareView {
	v := &compareView{}
	for _, g := range rep.Groups {
		gv := newGroupView(g, articles)
		switch g.Status {
		case compare.Single:
			v.Single = append(v.Single, gv)
			continue
		case compare.Corroborated:
			v.Corroborated++
		case compare.Conflicting:
			v.Conflicting++
		}
		v.Shared = append(v.Shared, gv)
	}
	return v
}

func newGroupView(g compare.Group, articles []*articleView) *groupView {
	gv := &groupView{Group: g, Claimant: "the articles themselves"}
	if g.Sources == 1 {
		gv.Claimant = "the article itself"
	}
	if g.Claimant != nil && g.Claimant.Name != "" {
		gv.Claimant = g.Claimant.Name
	}
	for _, m := range g.Members {
		a, href := claimLink(articles, m.Document, m.Claim)
		gv.Members = append(gv.Members, &memberView{Member: m, Article: a, Href: href})
	}
	for _, s := range g.Slots {
		if s.Compatible {
			continue
		}
		sv := &slotView{Type: s.Type}
		for _, val := range s.Values {
			a, href := claimLink(articles, val.Document, val.Claim)
			sv.Values = append(sv.Values, &slotValueView{Article: a, Text: val.Text, Href: href,
				Value: slotValueText(articles, val, s.Type)})
		}
		gv.Conflicts = append(gv.Conflicts, sv)
	}
	return gv
}

// claimLink names document doc's article and links its claim's highlight,
// or the claim's fields when no piece of it was drawn.
func claimLink(articles []*articleView, doc int, claim string) (heading, href string) {
	if doc < 0 || doc >= len(articles) {
		return fmt.Sprintf("document %d", doc), ""
	}
	a := articles[doc]
	for _, c := range a.Claims {
		if c.ID != claim {
			continue
		}
		if a.anchors[c.Anchor] {
			return a.Heading, "#" + c.Anchor
		}
		return a.Heading, "#" + c.Target
	}
	return a.Heading, ""
}

// slotValueText writes a slot value as the article view writes values: the
// normalized form of the claim's value with that text, else the raw value.
func slotValueText(articles []*articleView, sv compare.SlotValue, typ string) string {
	if s, ok := sv.Value.(string); ok {
		return s
	}
	if sv.Document >= 0 && sv.Document < len(articles) {
		for _, c := range articles[sv.Document].Claims {
			if c.ID != sv.Claim {
				continue
			}
			for _, val := range c.Values {
				if val.Text == sv.Text {
					return val.Normalized
				}
			}
		}
	}
	if s := output.ValueText(extract.Value{Type: typ, Value: sv.Value}); s != "" {
		return s
	}
	b, err := json.Marshal(sv.Value)
	if err != nil {
		return fmt.Sprint(sv.Value)
	}
	return string(b)
}

// firstAnchors collects the ids of the claims' first pieces under nodes.
func firstAnchors(paras [][]*Node) map[string]bool {
	out := map[string]bool{}
	var walk func([]*Node)
	walk = func(ns []*Node) {
		for _, n := range ns {
			if n.Kind == kindClaim && n.First {
				out[n.Claim.Anchor] = true
			}
			walk(n.Children)
		}
	}
	for _, p := range paras {
		walk(p)
	}
	return out
}
