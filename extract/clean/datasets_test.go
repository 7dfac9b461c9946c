package clean

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html/atom"

	"github.com/claimex/claimex/document"
)

// markupTag finds a '<' followed by a tag name, as in "<div" or "</p".
var markupTag = regexp.MustCompile(`</?([A-Za-z][A-Za-z0-9]*)`)

// markupIn returns the first HTML tag written in s, or "", unless the page
// writes at least as many escaped '<' as s holds tags: an article about
// HTML quotes tags as text ("&lt;img&gt;"), which is not markup.
func markupIn(s, raw string) string {
	var tags []string
	for _, m := range markupTag.FindAllStringSubmatch(s, -1) {
		if atom.Lookup([]byte(strings.ToLower(m[1]))) != 0 {
			tags = append(tags, m[0])
		}
	}
	low := strings.ToLower(raw)
	escaped := strings.Count(low, "&lt;") + strings.Count(low, "&#60;") + strings.Count(low, "&#x3c;")
	if len(tags) == 0 || len(tags) <= escaped {
		return ""
	}
	return tags[0]
}

// TestDataSetsTextHoldsNoMarkup cleans every page of the shared boiler data
// sets (skipped when absent): no title or text holds markup, and every body
// under 50 words carries a warning.
func TestDataSetsTextHoldsNoMarkup(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	c := newCleaner(t)
	eachDataSetPage(t, func(name, raw string) {
		d := &document.Document{Format: document.FormatHTML, Raw: raw}
		if err := c.Run(d); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if m := markupIn(d.Meta.Title, d.Raw); m != "" {
			t.Errorf("%s: title holds markup %q", name, m)
		}
		if m := markupIn(d.Text, d.Raw); m != "" {
			t.Errorf("%s: text holds markup %q", name, m)
		}
		if bodyWords(d) < document.ShortBodyWords && len(d.Warnings) == 0 {
			t.Errorf("%s: body of %d words has no warning", name, bodyWords(d))
		}
	})
}

// eachDataSetPage calls page with the name ("set/file.html") and HTML of
// every page of the shared boiler data sets, and skips the test when none
// is present.
func eachDataSetPage(t *testing.T, page func(name, raw string)) {
	t.Helper()
	seen := 0
	for _, set := range []string{"boiler-dev", "boiler-readability"} {
		files, _ := filepath.Glob(filepath.Join(boilerDir, "..", set, "html", "*.html"))
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			seen++
			page(set+"/"+filepath.Base(f), string(raw))
		}
	}
	if seen == 0 {
		t.Skip("no boiler data")
	}
	t.Logf("%d pages", seen)
}
