package clean

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

func TestSecondHeadline(t *testing.T) {
	c := newCleaner(t)
	body := "<p>WASHINGTON – Two federal prison officers were charged Tuesday with falsifying records, stating they had checked on the prisoner when they had not.</p>" +
		"<p>The officers are accused of sitting at their desks, browsing the internet and walking around the common area instead of making the rounds.</p>"
	for _, tc := range []struct {
		name, page string
		drop       bool
	}{
		{"headline other than the title", `<html><head><meta property="og:title" content="Prison guards charged"></head><body><article><h1>Two prison officers charged with falsifying records</h1>` + body + `</article></body></html>`, true},
		{"headline equal to the title", `<html><head><title>Prison guards charged</title></head><body><article><h1>Prison guards charged</h1>` + body + `</article></body></html>`, false},
		{"a page without prose keeps its heading", `<html><head><title>Business news and analysis</title></head><body><main><h1>Business</h1><ul><li><a href="/a">Markets</a></li><li><a href="/b">Tech</a></li></ul></main></body></html>`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, c, document.FormatHTML, tc.page)
			listed := false
			for _, r := range d.Removed {
				listed = listed || r.Reason == ReasonHeadline
			}
			if listed != tc.drop {
				t.Errorf("headline removed = %v, want %v; text %q", listed, tc.drop, d.Text)
			}
			if tc.drop && strings.Contains(d.Text, "falsifying records\n") {
				t.Errorf("second headline kept: %q", d.Text)
			}
		})
	}
}
