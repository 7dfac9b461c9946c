package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestNestedReportVia checks that a report nested at the start of another's
// content is the inner speaker's claim, via the outer speaker.
func TestNestedReportVia(t *testing.T) {
	set, f := testFinder(t)
	ents := []ent{{document.Person, "Maria Holt", nil}, {document.Person, "Tom Reyes", nil}}
	d := runOn(t, set, f, "Maria Holt said Tom Reyes told her that the harbour wall would be built by May.", ents...)
	checkWant(t, d, want{kinds: k(document.Reported), claimant: "Tom Reyes", via: "Maria Holt", contains: "the harbour wall would be built"})
}
