package report

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/claimex/claimex/compare"
	"github.com/claimex/claimex/extract"
)

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

// seedArticles extracts two reports of one event from the corpus.
func seedArticles(t *testing.T) []Article {
	t.Helper()
	x, err := extract.New(extract.Options{Published: time.Date(2018, 12, 19, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var out []Article
	for _, name := range []string{"huawei-2bn-cybersecurity.txt", "huawei-cybersecurity-push.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "articles", name))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := x.Extract(context.Background(), data, extract.Input{Source: name})
		if err != nil {
			t.Fatal(err)
		}
		rec := extract.NewRecord(doc)
		out = append(out, Article{Source: name, Record: &rec})
	}
	return out
}

func compareOf(t *testing.T, articles []Article) *compare.Report {
	t.Helper()
	cmp, err := compare.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	inputs := make([]compare.Input, len(articles))
	for i, a := range articles {
		inputs[i] = compare.Input{Record: a.Record, Source: a.Source}
	}
	return cmp.Compare(inputs)
}

func renderOpts(t *testing.T, articles []Article, opts Options) (string, *html.Node) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, articles, opts); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return buf.String(), doc
}

// compareLinks returns the page's compare section and, per group
// status, the hrefs of its member links; it fails on a link to an id the
// page lacks or one that is not a claim's highlight.
func compareLinks(t *testing.T, doc *html.Node) (section *html.Node, links map[string][]string) {
	t.Helper()
	ids := map[string]*html.Node{}
	elements(doc, func(n *html.Node) {
		if id := attr(n, "id"); id != "" {
			ids[id] = n
		}
		if n.Data == "section" && attr(n, "id") == "compare" {
			section = n
		}
	})
	if section == nil {
		return nil, nil
	}
	links = map[string][]string{}
	elements(section, func(g *html.Node) {
		if !hasClass(g, "group") {
			return
		}
		status := strings.TrimPrefix(strings.Fields(attr(g, "class"))[1], "s-")
		elements(g, func(a *html.Node) {
			if a.Data != "a" {
				return
			}
			// html/template percent-encodes the href; a browser decodes a
			// fragment that names no id before it looks again.
			href, err := url.PathUnescape(attr(a, "href"))
			if err != nil {
				t.Errorf("href %q: %v", attr(a, "href"), err)
			}
			target := ids[strings.TrimPrefix(href, "#")]
			if !strings.HasPrefix(href, "#") || target == nil || target.Data != "mark" || !hasClass(target, "claim") {
				t.Errorf("%s group links %q, which is no claim highlight in the page", status, href)
			}
			links[status] = append(links[status], href)
		})
	})
	return section, links
}

func TestCompareSectionLinksSeedClaims(t *testing.T) {
	articles := seedArticles(t)
	_, doc := renderOpts(t, articles, Options{Compare: compareOf(t, articles)})
	section, links := compareLinks(t, doc)
	if section == nil {
		t.Fatal("the page has no compare section")
	}
	hrefs := links[compare.Corroborated]
	if len(hrefs) < 2 {
		t.Fatalf("corroborated member links %q, want a group with members in both articles", hrefs)
	}
	seen := map[string]bool{}
	for _, h := range hrefs {
		seen[strings.SplitN(h, "-", 2)[0]] = true
	}
	if !seen["#a1"] || !seen["#a2"] {
		t.Errorf("corroborated members link %q, want claims of both articles", hrefs)
	}
	var singles int
	elements(section, func(n *html.Node) {
		if n.Data == "details" && hasClass(n, "singles") {
			elements(n, func(g *html.Node) {
				if hasClass(g, "s-single") {
					singles++
				}
			})
		}
		if hasClass(n, "s-single") && n.Parent.Parent.Parent.Data != "details" {
			t.Error("a single-source group is outside the folded list")
		}
	})
	if singles == 0 {
		t.Error("the seed articles' single-source statements should be listed, folded")
	}

	out, doc := renderOpts(t, articles, Options{})
	if s, _ := compareLinks(t, doc); s != nil || strings.Contains(out, `class="group`) {
		t.Error("without a comparison the page should have no compare section")
	}
}

func TestCompareSectionHostileAndConflicts(t *testing.T) {
	rec := hostileRecord()
	claim := rec.Claims[0].ID
	rep := &compare.Report{Groups: []compare.Group{{
		ID: `g1"><script>`, Status: compare.Conflicting, Kind: hostile, Sources: 2,
		Claimant: &compare.Claimant{Name: hostile}, Statement: hostile,
		Members: []compare.Member{{Document: 0, Claim: claim, Text: hostile}, {Document: 1, Claim: claim, Text: hostile}},
		Slots: []compare.Slot{
			{Type: compare.SlotMoney, Values: []compare.SlotValue{
				{Document: 0, Claim: claim, Text: hostile, Value: map[string]any{"amount": 1.0, "currency": hostile}},
				{Document: 1, Claim: claim, Text: "$3", Value: map[string]any{"amount": 3.0, "currency": "USD"}}}},
			{Type: compare.SlotClaimant, Compatible: true, Values: []compare.SlotValue{{Document: 0, Claim: claim, Text: "kept out", Value: "kept out"}}},
		},
	}}}
	other := hostileRecord()
	other.Values[0] = extract.Value{ID: "v1", Type: "money", Text: "$3", Start: 0, End: 2, Value: map[string]any{"amount": 3.0, "currency": "USD"}}
	articles := []Article{{Source: hostile, Record: rec}, {Source: "b", Record: other}}
	out, doc := renderOpts(t, articles, Options{Compare: rep})
	section, links := compareLinks(t, doc)
	if section == nil {
		t.Fatal("the page has no compare section")
	}
	if got := links[compare.Conflicting]; len(got) != 4 || got[0] != "#a1-"+claim || got[1] != "#a2-"+claim {
		t.Errorf("conflicting group links %q, want both members and both slot values", got)
	}
	elements(section, func(n *html.Node) {
		switch n.Data {
		case "script", "style", "img", "textarea":
			t.Errorf("injected <%s> in the compare section", n.Data)
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s> has event handler attribute %s", n.Data, a.Key)
			}
		}
	})
	text := textOf(section)
	if n := strings.Count(text, hostile); n < 6 {
		t.Errorf("hostile text shown %d times in the compare section, want it wherever it was", n)
	}
	for _, want := range []string{"money", "1 " + hostile, "3 USD"} {
		if !strings.Contains(text, want) {
			t.Errorf("the conflicting slot lacks %q", want)
		}
	}
	if strings.Contains(text, "kept out") {
		t.Error("a compatible slot should not be listed as a conflict")
	}
	if strings.Contains(out, "<script>alert") {
		t.Error("raw markup from the comparison reached the page")
	}
}
