package clean

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// A script link wrapping paragraphs is clickable text, kept; script links
// without paragraphs stay buttons, dropped as a list of links.
func TestScriptLinks(t *testing.T) {
	c := newCleaner(t)
	page := `<html><head><title>Clickable text</title></head><body>
<p><a href="javascript:void(0)">Facebook</a> <a href="javascript:void(0)">Twitter</a> <a href="#">Whatsapp</a></p>
<a href="javascript:"><p>Opening hours</p><p>Monday to Friday</p></a>
</body></html>`
	d := run(t, c, document.FormatHTML, page)
	checkKeepsDrops(t, d, []string{"Opening hours", "Monday to Friday"}, []string{"Whatsapp"})
}

// Chinese written with spaces between clauses and no marks is prose: the
// article wins over shorter comments that use full-width marks.
func TestUnmarkedChineseProse(t *testing.T) {
	c := newCleaner(t)
	line := `<p>今天早上我们从城市出发 沿着河边的小路慢慢走向山里 天气很好</p>`
	body := ""
	for range 8 {
		body += line
	}
	page := `<html><head><title>山里</title></head><body><div class="story">` + body + `</div>
<div class="remarks"><p>很好看！谢谢分享。</p><p>下次一起去吧，好吗？</p></div></body></html>`
	d := run(t, c, document.FormatHTML, page)
	checkKeepsDrops(t, d, []string{"沿着河边的小路慢慢走向山里"}, []string{"谢谢分享"})
	if n, p := measure("山里 天气很好，走吧"); n != 27 || p != 2 {
		t.Errorf("measure = %d bytes, %d marks; want 27, 2", n, p)
	}
}

// A run of furniture under a header ends at the next heading: the section it
// opens is the article's.
func TestHeaderRunEndsAtHeading(t *testing.T) {
	c := newCleaner(t)
	para := `<p>The river rose by two metres overnight, and the town council closed the lower bridge before dawn on Tuesday.</p>`
	page := `<html><head><title>Flood</title></head><body><div>` + para + para + para + `
<h2>See also</h2><ul><li><a href="/a">Floods of the last decade</a></li><li><a href="/b">Bridges of the region</a></li></ul>
<h2>Notes</h2><ul><li>Levels measured at the old mill gauge since records began.</li><li>Figures from the regional water board.</li></ul>
</div></body></html>`
	d := run(t, c, document.FormatHTML, page)
	checkKeepsDrops(t, d, []string{"Levels measured at the old mill gauge", "Figures from the regional water board"}, []string{"Bridges of the region"})
}

// An item that is all link text is the article's when its list is mostly
// text; in a list of links it is dropped.
func TestLinkItemsOfTextList(t *testing.T) {
	c := newCleaner(t)
	para := `<p>The river rose by two metres overnight, and the town council closed the lower bridge before dawn on Tuesday.</p>`
	page := `<html><head><title>Bridges</title></head><body><div>` + para + para + `
<ul><li><a href="/a">Old Mill Bridge</a>, built of stone in 1820 and widened twice since then for carts and later cars</li>
<li><a href="/b">Station Footbridge</a></li>
<li><a href="/c">Lower Bridge</a>, closed on Tuesday when the water reached the arches of the central span</li></ul>` + para + `
<ul><li><a href="/d">Weather in the valley</a></li><li><a href="/e">Council meetings</a></li><li><a href="/f">Road closures</a></li></ul>
</div></body></html>`
	d := run(t, c, document.FormatHTML, page)
	checkKeepsDrops(t, d, []string{"Station Footbridge"}, []string{"Council meetings"})
}

// Prose in header and footer elements does not count against a class cue's
// element: a "more" section holding most of the rest of the page is the
// article's, and the overruled rule is reported.
func TestClassCueLosesToMainProse(t *testing.T) {
	c := newCleaner(t)
	p := func(s string) string {
		return "<p>" + s + " The river rose by two metres overnight, and the council closed the lower bridge before dawn.</p>"
	}
	page := `<html><head><title>Bridges</title></head><body>
<header>` + p("Top.") + p("Banner.") + `</header>
<main><section class="intro">` + p("One.") + p("Two.") + `</section>
<section class="more-bridges">` + p("Three.") + p("Four.") + p("Five.") + `</section></main>
<footer>` + p("Foot.") + p("Note.") + `</footer></body></html>`
	d := run(t, c, document.FormatHTML, page)
	checkKeepsDrops(t, d, []string{"One.", "Four."}, []string{"Banner."})
	found := false
	for _, w := range d.Warnings {
		found = found || w.Code == document.WarnRuleOverruled
	}
	if !found {
		t.Errorf("no %s warning in %v", document.WarnRuleOverruled, d.Warnings)
	}
	kept := 0
	for _, r := range d.Removed {
		if r.Kept {
			kept++
			if !strings.HasPrefix(r.Text, "Three.") || strings.Contains(r.Text, "Four.") || r.Reason == "" {
				t.Errorf("kept block %+v, want the overruled section's first line with its rule's reason", r)
			}
		}
	}
	if kept != 1 {
		t.Errorf("%d kept blocks in removed, want 1: %+v", kept, d.Removed)
	}
}

// An element in the middle of a sentence keeps its text whatever its
// classes say.
func TestElementInSentenceKept(t *testing.T) {
	c := newCleaner(t)
	s := `The count doubles each year, so after ten years it reaches <x-formula class="ToolMenu">2 to the power of ten</x-formula> times the first count, as the survey found. `
	page := `<html><head><title>Counts</title></head><body><div>` + s + s + s + `</div></body></html>`
	d := run(t, c, document.FormatHTML, page)
	checkKeepsDrops(t, d, []string{"2 to the power of ten"}, nil)
}
