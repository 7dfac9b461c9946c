package clean

import "testing"

// A class substring names furniture only where it starts a word of the
// class or id value; a content cue counts inside a compound word too.
func TestClassCuesWordStart(t *testing.T) {
	c := newCleaner(t)
	for _, tc := range []struct {
		cls     string
		furn    string // rule id, "" for none
		content int8
	}{
		{"nosidebar", "", 0},
		{"accreditation", "", 0},
		{"right-sidebar", "sidebar", 0},
		{"leftSidebar", "sidebar", 0},
		{"site_footer", "footer", 0},
		{"block-field-blocknodearticlebody", "", 2},
	} {
		hit := c.classCue(tc.cls).hit()
		id := ""
		if hit.furn != nil {
			id = hit.furn.id
		}
		if id != tc.furn || hit.content != tc.content {
			t.Errorf("classCue(%q) = %q, content %d; want %q, content %d", tc.cls, id, hit.content, tc.furn, tc.content)
		}
	}
}
