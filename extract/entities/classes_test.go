package entities

import (
	"testing"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/segment"
)

// userRun finds the entities of text with the default rules and a user pack.
func userRun(t *testing.T, pack, text string) *document.Document {
	t.Helper()
	set := testSet(t).Clone()
	if pack != "" {
		if err := set.Merge("user.yaml", []byte(pack)); err != nil {
			t.Fatalf("merge: %v", err)
		}
	}
	f, err := New(set)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	d := &document.Document{Text: text}
	segment.New(set).Run(d)
	if err := f.Run(d); err != nil {
		t.Fatalf("Run: %v", err)
	}
	return d
}

// referredBy returns the name of the entity the role noun at byte pos refers to.
func referredBy(d *document.Document, pos int) string {
	for _, e := range d.Entities {
		for _, r := range e.References {
			if r.Start == pos {
				return e.Name
			}
		}
	}
	return ""
}

// TestUserMediaGazetteer checks that a user pack can declare a news
// organization by the class of its list, not by the list's id: a role noun
// then refers past it to the company.
func TestUserMediaGazetteer(t *testing.T) {
	text := "Tidewall Wire said Granfield Corp would close two plants. Tidewall Wire said more cuts were likely. The company did not comment."
	pos := len("Tidewall Wire said Granfield Corp would close two plants. Tidewall Wire said more cuts were likely. ")
	const names = "    type: ORG\n    names: [Tidewall Wire]\n"
	plain := userRun(t, "kind: gazetteer\nrules:\n  - id: wires\n"+names, text)
	media := userRun(t, "kind: gazetteer\nrules:\n  - id: wires\n    class: media\n"+names, text)
	if got := referredBy(plain, pos); got != "Tidewall Wire" {
		t.Fatalf("without a class, the company = %q; the test needs the wire service most in view", got)
	}
	if got := referredBy(media, pos); got != "Granfield Corp" {
		t.Errorf("with class media, the company = %q, want Granfield Corp", got)
	}
}
