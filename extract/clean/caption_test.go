package clean

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

func TestCaptionUnderImage(t *testing.T) {
	c := newCleaner(t)
	prose := "<p>Apple plans to release a new laptop with a scissor switch keyboard in the first half of next year, according to industry sources cited by a Taiwanese publication.</p>" +
		"<p>The report claims the display size will remain the same, although the source has a mixed record on the company's plans.</p>"
	page := "<html><head><title>New laptop expected</title></head><body><article>" + prose +
		`<p><img src="k.jpg"><br><em>The new keyboard, photographed by a repair site</em></p>` +
		`<div><img src="a.jpg"></div><center><i>“Why are we talking about leadership?”</i></center>` +
		`<p><img src="b.jpg">The company declined to comment on the report, and its shares were little changed.</p>` +
		"<p><em>Editor's picks are chosen by our staff and updated every week, without exception.</em></p>" +
		"</article></body></html>"
	d := run(t, c, document.FormatHTML, page)
	checkKeepsDrops(t, d,
		[]string{"declined to comment", "Why are we talking about leadership?", "Editor's picks are chosen"},
		[]string{"photographed by a repair site"})
	found := false
	for _, r := range d.Removed {
		if strings.Contains(r.Text, "photographed by") {
			found = r.Reason == "caption"
		}
	}
	if !found {
		t.Errorf("caption not listed as removed with reason caption: %+v", d.Removed)
	}
}

func TestRunCoversLongListItems(t *testing.T) {
	c := newCleaner(t)
	page := "<html><head><title>Influencers</title></head><body><article>" +
		"<p>Microinfluencers, people with only a few thousand followers, are now paid to hawk products like makeup and shampoo, and brands track them closely.</p>" +
		"<p>Are these accounts actual businesses, in the traditional sense? Maybe not, but they often have access to the same analytics as one.</p>" +
		`<hr><div class="heading-h3">More Great Stories</div><ul>` +
		`<li>The strange life and <a href="/a">death of a coder</a></li>` +
		`<li>Want the best tools to get healthy? Check out our team's picks for the <a href="/b">best fitness trackers</a>, running gear, and the best headphones for the gym</li>` +
		"</ul></article></body></html>"
	d := run(t, c, document.FormatHTML, page)
	checkKeepsDrops(t, d, []string{"Are these accounts actual businesses"}, []string{"More Great Stories", "death of a coder", "Want the best tools"})
}
