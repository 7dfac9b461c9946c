package clean

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

func TestPressBoilerplate(t *testing.T) {
	c := newCleaner(t)
	body := "<p>Acme and Globex said on Monday they would merge their hospital paging businesses, creating the largest supplier in North America.</p>" +
		"<p>The combined unit will have about 2,000 staff and annual sales of $600 million, the companies said in a statement.</p>" +
		"<p>Regulators in the United States and Canada must still approve the deal, which is expected to close next year.</p>" +
		"<p>“Hospitals want one partner for alarms and messaging,” said Jane Roe, chief executive of Acme.</p>"
	for _, tc := range []struct {
		name, tail string
		drops      []string
		keeps      []string
	}{
		{
			name: "company profile after a rule",
			tail: "<hr><p>Acme is a global solutions provider focused on healthcare communication. The vision of Acme is to close information gaps.</p>" +
				"<p>Acme is headquartered in Baar, Switzerland, and employs around 1,300 people worldwide.</p>",
			drops: []string{"global solutions provider", "headquartered in Baar"},
		},
		{
			name: "about heading and media contacts",
			tail: "<h3>About Globex</h3><p>Globex is a leading maker of medical devices based in Ohio. Its shares trade on the Nasdaq.</p>" +
				"<p>Media contact: press@globex.example</p>",
			drops: []string{"About Globex", "leading maker of medical devices", "press@globex"},
		},
		{
			name: "closing promos",
			tail: "<p>Jane Doe's book about paging, \"Beep\" (Acme Press, 2018), is out now. Follow her on Twitter @janedoe.</p>" +
				"<p>Follow @AcmeDeals on Twitter to keep up with the latest deals. Prices are subject to change.</p>",
			drops: []string{"is out now", "AcmeDeals"},
		},
		{
			name: "closing author line and radio plug",
			tail: "<p>Jane Doe is the site's deals curator and spends her pay on what she posts.</p>" +
				"<p>Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.</p>",
			drops: []string{"deals curator", "Listen to Newsbeat"},
		},
		{
			name:  "a story about a reporter keeps its end",
			tail:  "<p>Smith is a reporter for the Daily Planet. He was detained in March while on assignment, and his paper has called for his release.</p>",
			keeps: []string{"Smith is a reporter for the Daily Planet"},
		},
		{
			name:  "background on a company closing a news story stays",
			tail:  "<p>Founded in 2009, Globex is a ride-hailing company with operations in 60 countries. It lost $1 billion last quarter.</p>",
			keeps: []string{"Globex is a ride-hailing company"},
		},
		{
			name:  "subscription offer",
			tail:  "<p>Get access to the fastest growing financial subscription service for as little as Rs 599 for the first year. Use the code GETPRO.</p>",
			drops: []string{"Get access to the fastest"},
		},
		{
			name:  "news about a subscription price stays",
			tail:  "<p>The basic subscription will be available for just $6.99 a month from January, the company said.</p>",
			keeps: []string{"available for just $6.99"},
		},
		{
			name:  "a closing sentence that describes a company stays",
			tail:  "<p>Globex is a maker of pagers that was founded in 1990.</p>",
			keeps: []string{"Globex is a maker of pagers"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, c, document.FormatHTML, "<html><head><title>Acme and Globex to merge</title></head><body><article>"+body+tc.tail+"</article></body></html>")
			if !strings.Contains(d.Text, "Regulators in the United States") || !strings.Contains(d.Text, "said Jane Roe") {
				t.Errorf("body lost: %q", d.Text)
			}
			checkKeepsDrops(t, d, tc.keeps, tc.drops)
		})
	}
}
