package clean

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestRepairAfterLengthChangingLetters: letters whose lower case is longer
// or shorter ("İ", the Kelvin sign) before an unclosed <title> must not
// throw the repair off the page's bytes.
func TestRepairAfterLengthChangingLetters(t *testing.T) {
	c := newCleaner(t)
	for _, letters := range []string{strings.Repeat("İ", 60), strings.Repeat("\u212a", 60)} {
		page := `<html><head><meta name="description" content="` + letters + `"><title>Council backs cycling lanes` +
			`<body><div><p>` + strings.Repeat(prose, 8) + `</p></div></body></html>`
		d := run(t, c, document.FormatHTML, page)
		if d.Meta.Title != "Council backs cycling lanes" || !warned(d, document.WarnMarkupRepair) {
			t.Errorf("title = %q, warnings %v", d.Meta.Title, d.Warnings)
		}
	}
}
