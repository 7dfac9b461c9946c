package clean

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestPruneKeepsTheTree parses pages as they are and pruned of unread
// attributes: the trees must have the same nodes in the same places, with
// the same kept attributes. Code bodies are dropped from both, so only the
// attribute pruning is compared.
func TestPruneKeepsTheTree(t *testing.T) {
	keep := newCleaner(t).keepAttrs
	if keep == nil {
		t.Fatal("the default rule packs keep every attribute: nothing is pruned")
	}
	check := func(name, raw string) {
		whole, err := html.Parse(strings.NewReader(pruneMarkup(raw, nil)))
		if err != nil {
			return // too deep to parse: the cleaner reads such pages without a tree
		}
		out, suspect := prune(raw, keep)
		pruned, err := html.Parse(strings.NewReader(out))
		if err != nil {
			t.Fatalf("%s: the pruned page does not parse: %v", name, err)
		}
		if _, _, ok := swallowed(pruned, out); ok && !suspect {
			t.Errorf("%s: a <title> or <textarea> swallowed markup, and the scan did not say so", name)
		}
		if path := treeDiff(whole, pruned, keep); path != "" {
			t.Errorf("%s: the trees differ at %s", name, path)
		}
	}
	files, _ := filepath.Glob("../../testdata/articles/*.html")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		check(filepath.Base(f), string(raw))
	}
	if !testing.Short() {
		eachDataSetPage(t, check)
	}
}

// treeDiff walks a and b together and returns the path to the first node
// where they differ, comparing a's attributes kept by keep with b's; "" when
// they are the same.
func treeDiff(a, b *html.Node, keep *nameSet) string {
	type pair struct {
		a, b *html.Node
		path string
	}
	stack := []pair{{a, b, "/"}}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		x, y := p.a, p.b
		if x == nil || y == nil {
			if x != y {
				return p.path + " (a node is missing)"
			}
			continue
		}
		if x.Type != y.Type || x.Data != y.Data || x.Namespace != y.Namespace || !sameAttrs(x, y, keep) {
			return p.path + x.Data
		}
		stack = append(stack, pair{x.NextSibling, y.NextSibling, p.path}, pair{x.FirstChild, y.FirstChild, p.path + x.Data + "/"})
	}
	return ""
}

// sameAttrs reports whether y has x's attributes less some that keep does
// not hold, in x's order: formatting elements keep all theirs. Past where
// pruning gave up, y has all of x's.
func sameAttrs(x, y *html.Node, keep *nameSet) bool {
	if x.Type != html.ElementNode || formattingTags.has(x.Data) {
		return slices.Equal(x.Attr, y.Attr)
	}
	j := 0
	for _, a := range x.Attr {
		switch {
		case j < len(y.Attr) && y.Attr[j] == a:
			j++
		case keep.has(a.Key):
			return false
		}
	}
	return j == len(y.Attr)
}

// FuzzPruneMarkup: on any input, the pruned page parses to the same tree
// less unread attributes.
func FuzzPruneMarkup(f *testing.F) {
	for _, s := range []string{
		`<div data-x="1" class="a">t</div>`, `<img/src=x><br class="a"/data-x=1 >`,
		`<!--><p id=z data-q=1>`, `<svg><g data-x=1/><title>t</title></svg><p data-y=2>`,
		`<table><input type=hidden data-x=1><tr><td data-y=2>a</table>`,
		`<math><annotation-xml encoding="text/html" data-x=1><p data-z=1>x</annotation-xml></math>`,
		`<b data-a=1><b data-a=2><b data-a=3><b data-a=4>x</b></b>`, `<p =x id=a/>`,
		`<a href=1 data-a=1><a href=1 data-a=2><p><a href=1 data-a=3>x<a href=1 data-a=4>y</p></a>`,
		`<table><a data-x=1><tr><td><a data-x=2>a</table><a data-x=3>`,
		`<title>Page<p class=x>body text here`, `<textarea>a <b>bold</b></textarea>`, `<title>a &lt;b&gt; c</title>`,
	} {
		f.Add(s)
	}
	keep := newCleaner(f).keepAttrs
	f.Fuzz(func(t *testing.T, raw string) {
		whole, err := html.Parse(strings.NewReader(pruneMarkup(raw, nil)))
		if err != nil {
			return
		}
		out, suspect := prune(raw, keep)
		pruned, err := html.Parse(strings.NewReader(out))
		if err != nil {
			t.Fatalf("the pruned page does not parse: %v", err)
		}
		if _, _, ok := swallowed(pruned, out); ok && !suspect {
			t.Error("a <title> or <textarea> swallowed markup, and the scan did not say so")
		}
		if path := treeDiff(whole, pruned, keep); path != "" {
			t.Errorf("the trees differ at %s", path)
		}
	})
}
