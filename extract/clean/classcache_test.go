package clean

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// Matching a class value token by token, through the cache, must give what
// matching the whole value gives.
func TestClassCueByTokenAgreesWithWholeValue(t *testing.T) {
	c := newCleaner(t)
	if !c.byToken {
		t.Fatal("the default packs should allow matching by token")
	}
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
	hits := 0
	for range 2 { // the second round reads the cache
		for _, v := range values {
			got, want := c.classCue(v).hit(), c.scanCue(v).hit()
			if got != want {
				t.Errorf("classCue(%q) = %+v, whole value %+v", v, got, want)
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

func TestSpanFree(t *testing.T) {
	if spanFree([]subCue{{s: "share"}, {s: "sign in"}}) {
		t.Error("a cue with a space spans tokens")
	}
	if !spanFree([]subCue{{s: "share"}, {s: "sign-in"}}) {
		t.Error("cues without spaces span no tokens")
	}
}
