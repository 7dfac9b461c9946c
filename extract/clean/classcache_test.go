package clean

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"golang.org/x/net/html"
)

// Matching a class value token by token, through the cache, must give what
// matching the whole value gives.
func TestClassCueByTokenAgreesWithWholeValue(t *testing.T) {
	c := newCleaner(t)
	if !c.byToken || !c.metaByToken {
		t.Fatal("the default packs should allow matching by token")
	}
	hits := 0
	for range 2 { // the second round reads the cache
		for _, v := range classValues(t) {
			got, want := c.classCue(v).hit(), c.scanCue(v).hit()
			if got != want {
				t.Errorf("classCue(%q) = %+v, whole value %+v", v, got, want)
			}
			if gotM, wantM := c.valueFacts(v).meta, c.scanMeta(v); gotM != wantM {
				t.Errorf("valueFacts(%q).meta = %+v, whole value %+v", v, gotM, wantM)
			}
			if want.furn != nil || want.content > 0 {
				hits++
			}
		}
	}
	if hits == 0 {
		t.Error("no value held a cue: the test proves nothing")
	}
}

// classValues returns class and id values to test: made-up ones and those
// of the test pages.
func classValues(t *testing.T) []string {
	t.Helper()
	values := []string{
		"", " ", "article-body share-bar", "ShareBar articleBody", "related_links\tcomments",
		"post-content  sidebar", "ad ad-slot", "main\ncontent\rfooter", "x\fsocial", "content social",
		"social content", "byline author", "NEWSLETTER-signup", "col-md-8 clearfix",
	}
	files, _ := filepath.Glob("testdata/*.html")
	attr := regexp.MustCompile(`(?:class|id)="([^"]*)"`)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range attr.FindAllStringSubmatch(string(b), -1) {
			values = append(values, m[1])
		}
	}
	return values
}

// An element's facts read token by token must be those read from whole
// values, as a Cleaner whose cues span tokens reads them.
func TestAttrFactsByTokenAgreesWithWhole(t *testing.T) {
	c, whole := newCleaner(t), newCleaner(t)
	whole.byToken, whole.metaByToken = false, false
	values := classValues(t)
	for i, v := range values {
		w := values[(i*7+3)%len(values)]
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{
			{Key: "class", Val: v}, {Key: "id", Val: w}, {Key: "class", Val: w},
		}}
		if got, want := factIDs(c.readAttrFacts(n)), factIDs(whole.readAttrFacts(n)); got != want {
			t.Errorf("readAttrFacts(class=%q id=%q) = %+v, whole values %+v", v, w, got, want)
		}
	}
}

func TestSpanFree(t *testing.T) {
	if spanFree([]subCue{{s: "share"}, {s: "sign in"}}) {
		t.Error("a cue with a space spans tokens")
	}
	if !spanFree([]subCue{{s: "share"}, {s: "sign-in"}}) {
		t.Error("cues without spaces span no tokens")
	}
}

// factIDs writes attribute facts with rule ids for rule pointers, to
// compare the facts of two Cleaners.
func factIDs(af attrFacts) string {
	id := func(f *furniture) string {
		if f == nil {
			return "-"
		}
		return f.id
	}
	c := af.cue
	return fmt.Sprintf("%s %s %v %v %v %d", id(c.sub), id(c.word), c.subContent, c.wordContent, af.byline, af.dates)
}
