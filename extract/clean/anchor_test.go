package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/claimex/claimex/document"
)

// A section whose id spells its own heading is read by its text, not by the
// furniture words that happen to sit in the heading; an id that is not its
// heading's slug still names a component.
func TestHeadingAnchorIDIsNotAComponentName(t *testing.T) {
	para := func(s string) string {
		return "<p>" + strings.Repeat(s+" was tested by the team over several weeks of careful work. ", 4) + "</p>"
	}
	page := `<html><body><div class="body">
<div class="section" id="intro-to-the-tool"><h2>Intro to the tool</h2>` + para("The first build") + `</div>
<div class="section" id="sharing-with-one-developer"><h2>Sharing with one developer</h2>` + para("The second build") + `</div>
<div class="section" id="sharing-tools"><h2>Other builds</h2>` + para("The third build") + `</div>
</div></body></html>`
	d := run(t, newCleaner(t), document.FormatHTML, page)
	if !strings.Contains(d.Text, "The second build") {
		t.Errorf("a heading-anchor id dropped its section:\n%s", d.Text)
	}
	if strings.Contains(d.Text, "The third build") {
		t.Errorf("an id that is not its heading's slug no longer names furniture:\n%s", d.Text)
	}
	if !headingAnchor(mustParseFirst(t, `<div id="Setting_Up"><h3>Setting <em>up</em></h3></div>`), "Setting_Up") {
		t.Error("headingAnchor: mixed case and markup in the heading should still match")
	}
}

// mustParseFirst parses a fragment and returns its first element in body.
func mustParseFirst(t *testing.T, frag string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<html><body>" + frag + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	var find func(n *html.Node) *html.Node
	find = func(n *html.Node) *html.Node {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode {
					return c
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if f := find(c); f != nil {
				return f
			}
		}
		return nil
	}
	return find(doc)
}
