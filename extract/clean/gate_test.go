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
	lines := gateLines(t)
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

func TestEdgesRuleOutByFirstAndLastByte(t *testing.T) {
	for _, tc := range []struct {
		expr, text string
		admits     bool
	}{
		{`^\d+ ?/ ?\d+$`, "a line of prose.", false},
		{`^\d+ ?/ ?\d+$`, "3 / 12", true},
		{`[.!?] ?(reuters|ap)$`, "he said on monday.", false},
		{`[.!?] ?(reuters|ap)$`, "the logo. reuters", true},
		{`^(©|\(c\)) ?\d{4}`, "© 2024 the paper", true},
		{`^(©|\(c\)) ?\d{4}`, "copyright", false},
		{`^x*y?$`, "anything", true},    // may match empty: no edge is known
		{`(?i)^abc`, "ABC", true},       // folded case: no edge is known
		{`^[^.]*\d$`, "état 1", true},   // any byte may open [^.]
		{`^(a|b)\b.*`, "b and c", true}, // \b is empty at the front
	} {
		g, err := newGated(tc.expr)
		if err != nil {
			t.Fatal(err)
		}
		if got := g.edges.admits(tc.text); got != tc.admits {
			t.Errorf("edges of %q admit %q = %v, want %v", tc.expr, tc.text, got, tc.admits)
		}
		if !tc.admits && g.re().MatchString(tc.text) {
			t.Errorf("%q matches %q, which its edges rule out", tc.expr, tc.text)
		}
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

// gateLines returns lower-cased lines to match patterns against: those of
// the test pages and a few that patterns match.
func gateLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	files, _ := filepath.Glob("testdata/*.*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			lines = append(lines, strings.ToLower(collapse(l)))
		}
	}
	return append(lines, "", "(image credit: huawei)", "show image", "by jane doe and john roe", "photo: ap",
		"sign up for our newsletters", "reporting by a; editing by b.)", "updated 2019-11-19 10:33",
		"read more: a headline", "the wework logo.reuters", "follow us on twitter", "jane@example.com",
		"march 3, 2021 10:15 am")
}

// The pattern index must return the rule of the first pattern, in
// rule-pack order, that matches.
func TestPatternIndexAgreesWithOrder(t *testing.T) {
	c := newCleaner(t)
	hits := 0
	for _, l := range gateLines(t) {
		var bg bigrams
		bg.fill(l)
		var want *furniture
	rules:
		for _, f := range c.pats {
			for _, g := range f.pats {
				if g.re().MatchString(l) {
					want = f
					break rules
				}
			}
		}
		if got := c.patIndex.match(l, &bg); got != want {
			t.Errorf("%q: index gives %v, the first match in order %v", l, got, want)
		}
		if want != nil {
			hits++
		}
	}
	if hits == 0 {
		t.Error("no line matched a pattern: the test proves nothing")
	}
}

// A part that must match a byte of a set rules out texts without one.
func TestNeededBytes(t *testing.T) {
	for _, tc := range []struct {
		expr, text string
		admit      bool
	}{
		{`^[a-z0-9.]+@[a-z0-9-]+\.[a-z]{2,}$`, "write to the editor", false},
		{`^[a-z0-9.]+@[a-z0-9-]+\.[a-z]{2,}$`, "jane@example.com", true},
		{`^[a-z]+ \d{1,2},? \d{4}`, "june twenty", false},
		{`^[a-z]+ \d{1,2},? \d{4}`, "june 2, 2023", true},
		{`^(a|b)?c*$`, "", true},
	} {
		g, err := newGated(tc.expr)
		if err != nil {
			t.Fatal(err)
		}
		var bg bigrams
		bg.fill(tc.text)
		admit := true
		for i := range g.need {
			admit = admit && g.need[i].meets(&bg.bytes)
		}
		if admit != tc.admit {
			t.Errorf("%s on %q: needed bytes admit %v, want %v", tc.expr, tc.text, admit, tc.admit)
		}
	}
}
