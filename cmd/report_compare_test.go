package cmd

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// reportPage runs claimex report with args in dir and parses the page it wrote.
func reportPage(t *testing.T, dir string, args ...string) (string, *html.Node) {
	t.Helper()
	args = append([]string{"report", "-o", "page.html"}, args...)
	if _, errs, code := run(t, dir, "", args...); code != ExitOK {
		t.Fatalf("%v: code %d, stderr %q", args, code, errs)
	}
	data, err := os.ReadFile(filepath.Join(dir, "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data), doc
}

func walkElements(n *html.Node, visit func(*html.Node)) {
	if n.Type == html.ElementNode {
		visit(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkElements(c, visit)
	}
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// corroboratedLinks returns whether the page has a compare section and the
// fragment ids the members of its corroborated groups link, failing on one
// the page's claim highlights lack.
func corroboratedLinks(t *testing.T, doc *html.Node) (bool, []string) {
	t.Helper()
	marks := map[string]bool{}
	var section *html.Node
	walkElements(doc, func(n *html.Node) {
		if n.Data == "mark" && attrOf(n, "id") != "" {
			marks[attrOf(n, "id")] = true
		}
		if n.Data == "section" && attrOf(n, "id") == "compare" {
			section = n
		}
	})
	if section == nil {
		return false, nil
	}
	var ids []string
	walkElements(section, func(g *html.Node) {
		if !strings.Contains(" "+attrOf(g, "class")+" ", " s-corroborated ") {
			return
		}
		walkElements(g, func(a *html.Node) {
			if a.Data != "a" {
				return
			}
			id, err := url.PathUnescape(strings.TrimPrefix(attrOf(a, "href"), "#"))
			if err != nil || !marks[id] {
				t.Errorf("a corroborated member links %q, no claim highlight of the page", attrOf(a, "href"))
			}
			ids = append(ids, id)
		})
	})
	return true, ids
}

func TestReportCompareSection(t *testing.T) {
	corpus, err := filepath.Abs("../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	a := filepath.Join(corpus, "huawei-2bn-cybersecurity.txt")
	b := filepath.Join(corpus, "huawei-cybersecurity-push.txt")
	dir := t.TempDir()
	_, doc := reportPage(t, dir, "--compare", "--published", "2018-12-19", a, b)
	found, ids := corroboratedLinks(t, doc)
	if !found {
		t.Fatal("--compare: the page has no compare section")
	}
	var first, second bool
	for _, id := range ids {
		first = first || strings.HasPrefix(id, "a1-")
		second = second || strings.HasPrefix(id, "a2-")
	}
	if !first || !second {
		t.Errorf("corroborated members link %q, want claims of both articles", ids)
	}

	page, doc := reportPage(t, dir, "--published", "2018-12-19", a, b)
	if found, _ := corroboratedLinks(t, doc); found || strings.Contains(page, `class="group`) {
		t.Error("without --compare the page should have no compare section")
	}
}

func TestReportCompareEscapesClaims(t *testing.T) {
	dir := t.TempDir()
	hostile := `<script>alert(1)</script><img src=x onerror=alert(2)>`
	article := "Acme plans\n\nAcme Corp has promised to invest $2bn " + hostile + " in new factories over the next five years, its chief executive said on Tuesday.\n"
	for _, name := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(article), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	page, doc := reportPage(t, dir, "--compare", "--published", "2018-12-19", "a.txt", "b.txt")
	found, ids := corroboratedLinks(t, doc)
	if !found || len(ids) < 2 {
		t.Fatalf("two copies of one article should give a corroborated group; links %q", ids)
	}
	if strings.Contains(page, "<script>alert") || strings.Contains(page, "<img") {
		t.Error("raw markup from a claim reached the page")
	}
	i := strings.Index(page, `<section id="compare"`)
	j := strings.Index(page[max(i, 0):], "</section>")
	if i < 0 || j < 0 || !strings.Contains(page[i:i+j], "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the compare section should show the hostile claim text, escaped")
	}
}
