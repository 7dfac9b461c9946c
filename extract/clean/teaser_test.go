package clean

import (
	"strconv"
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

func teasers(n int) string {
	var b strings.Builder
	b.WriteString("<ul>")
	for i := range n {
		id := strconv.Itoa(i)
		b.WriteString(`<li><h3><a href="https://example.com/story-` + id + `">Story number ` + id + ` in the stream</a></h3>` +
			`<p>A summary of story ` + id + ` that runs for a sentence or two, as the stream shows under each headline.</p><span>Agency</span></li>`)
	}
	b.WriteString("</ul>")
	return b.String()
}

// A stream of teasers after the article goes, even when its summaries hold
// more prose than the article.
func TestTeaserListDropped(t *testing.T) {
	c := newCleaner(t)
	para := "<p>The river rose by two metres overnight, and the council closed the lower bridge before dawn on Tuesday.</p>"
	page := `<html><head><title>Bridges</title></head><body><div>` + para + para + para + teasers(12) + `</div></body></html>`
	d := run(t, c, document.FormatHTML, page)
	checkKeepsDrops(t, d, []string{"closed the lower bridge"}, []string{"A summary of story 3"})
	if got := removedWith(d, "related-list"); len(got) == 0 {
		t.Errorf("teasers not removed as related-list: %+v", d.Removed)
	}
}

// A page that is nothing but teasers keeps them: it is an index.
func TestTeaserIndexKept(t *testing.T) {
	d := run(t, newCleaner(t), document.FormatHTML, `<html><head><title>Latest</title></head><body><div>`+teasers(6)+`</div></body></html>`)
	checkKeepsDrops(t, d, []string{"A summary of story 3"}, nil)
}

// A gallery's slides, each a numbered heading over a caption, go like a
// stream of teasers.
func TestGallerySlidesDropped(t *testing.T) {
	para := "<p>The river rose by two metres overnight, and the council closed the lower bridge before dawn on Tuesday.</p>"
	var g strings.Builder
	g.WriteString("<ul>")
	for i := 1; i <= 8; i++ {
		n := strconv.Itoa(i)
		g.WriteString(`<li><h2><span>` + n + `/8</span> Picture ` + n + `</h2><p>Caption of picture ` + n + `, which tells in a sentence what the photograph shows and where it was taken.</p></li>`)
	}
	g.WriteString("</ul>")
	page := `<html><head><title>Bridges</title></head><body><div>` + para + para + para + g.String() + `</div></body></html>`
	d := run(t, newCleaner(t), document.FormatHTML, page)
	checkKeepsDrops(t, d, []string{"closed the lower bridge"}, []string{"Caption of picture 4"})
}
