package clean

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The literal gate must never change what a pattern matches.
func TestGateAgreesWithRegexp(t *testing.T) {
	c := newCleaner(t)
	var lines []string
	files, _ := filepath.Glob("testdata/*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			lines = append(lines, strings.ToLower(collapse(l)))
		}
	}
	lines = append(lines, "(image credit: huawei)", "show image", "by jane doe and john roe", "photo: ap",
		"sign up for our newsletters", "reporting by a; editing by b.)", "updated 2019-11-19 10:33",
		"read more: a headline", "the wework logo.reuters", "follow us on twitter")
	n := 0
	for _, f := range c.pats {
		for _, g := range f.pats {
			for _, l := range lines {
				var bg bigrams
				bg.fill(l)
				if got, want := g.match(l, &bg), g.re().MatchString(l); got != want {
					t.Errorf("%s %q on %q: gated %v, regexp %v (literals %q)", f.id, g.re(), l, got, want, g.any)
				}
				if g.re().MatchString(l) {
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Error("no pattern matched any line: the test proves nothing")
	}
}

func TestRequiredLiterals(t *testing.T) {
	for expr, want := range map[string]string{
		`^(by|words by) [a-z][^.]*$`:            "by|words by",
		`\bnewsletters?\b.*\b(sign up|inbox)\b`: "newsletter",
		`^\d+ ?/ ?\d+$`:                         "",
		`(getty images|shutterstock)[^.]*$`:     "getty images|shutterstock",
		`^(?:a|bc)x*`:                           "",
	} {
		g, err := newGated(expr)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(g.any, "|"); got != want {
			t.Errorf("required(%q) = %q, want %q", expr, got, want)
		}
		_ = regexp.MustCompile(expr)
	}
}

func TestGatedRejectsWhatRegexpRejects(t *testing.T) {
	for _, expr := range []string{`(unclosed`, `a{1001}`, `[z-a]`, `\8`} {
		_, want := regexp.Compile(expr)
		_, got := newGated(expr)
		if want == nil || got == nil || got.Error() != want.Error() {
			t.Errorf("%q: newGated error %v, regexp.Compile error %v", expr, got, want)
		}
	}
}
