package clean

import "testing"

// TestLineRules checks the rule pack's whole-line patterns on lines news
// pages put around and inside the body, and on article sentences that look
// like them but must stay.
func TestLineRules(t *testing.T) {
	c := newCleaner(t)
	for _, tc := range []struct{ line, reason string }{
		{"Copyright ⓒ Entermedia.co.kr. All rights reserved", "footer"},
		{"Our Standards: The Thomson Reuters Trust Principles.", "footer"},
		{"[Related: Salesforce keynote brings AI and integration news]", "related-list"},
		{"Updated at 1:23 p.m.", "byline"},
		{"Keith Bradsher contributed reporting from Hong Kong.", "byline"},
		{"Get the magazine delivered every month. 12 issues for £11.99. Click here for more information.", "newsletter"},
		{"Get our subscription service for as little as $5 for the first year.", "newsletter"},
		{"In each episode of his weekly show, the host looks at politics. Click to subscribe!", "newsletter"},
		{"Note: we are temporarily moderating all comments submitted to deal with spam.", "comments"},
		{"05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde", "byline"},
		{"Posted by Jane Roe in Science", "byline"},
		{"ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.", "comments"},
		{"http://example.com/wp-content/uploads/2018/10/stage.jpeg 1200 676", "image-credit"},
		{"[button link=\"http://example.com/review/\" type=\"big\"] Send us your review[/button]", "notice"},
		{"China furious at Macron [INSIGHT]| Lakers vs Nets: NBA decides [VIDEO] Hong Kong threatened [REVEALED]", "related-list"},
		{"paul.takahashi@chron.com", "author-bio"},
		{"twitter.com/paultakahashi", "author-bio"},
		{"Iklan", "advert"},
		{"The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)", "image-credit"},
		{"THE POINT -- NOW ON YOUTUBE!", "newsletter"},
		// Article sentences that must stay.
		{"Top speed is limited to 250 (km/h)", ""},
		{"Write to the council at info@city.example before Friday.", ""},
		{"The clip, labelled [VIDEO] by the channel, was watched a million times.", ""},
		{"The photos are at http://example.com/stage.jpeg, the theatre said.", ""},
		{"Press the [Enter] button twice to restart the phone.", ""},
		{"The letter, posted by his lawyer on Friday, was signed by 40 people.", ""},
		{"The company said copyright claims against it had been dropped.", ""},
		{"Shares were updated at 1 p.m. after the market opened, the exchange said.", ""},
		{"She contributed reporting skills the newsroom lacked for years, colleagues said, and she stayed.", ""},
		{"Readers who subscribe pay for more than the paper.", ""},
	} {
		got := ""
		if f := c.lineRule(tc.line); f != nil && !f.content {
			got = f.reason
		}
		if got != tc.reason {
			t.Errorf("%q: reason %q, want %q", tc.line, got, tc.reason)
		}
	}
}
