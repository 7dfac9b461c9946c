package clean

import (
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
