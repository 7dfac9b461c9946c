package clean

import (
	"reflect"
	"testing"

	"github.com/claimex/claimex/document"
)

func TestDropCodeBodies(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<p>a</p><script>var x = "</p>";</script><p>b</p>`, `<p>a</p><script></script><p>b</p>`},
		{`<STYLE type="text/css">p{}</STYLE>x`, `<STYLE type="text/css"></STYLE>x`},
		{`<script type="application/ld+json">{"a":1}</script>`, `<script type="application/ld+json">{"a":1}</script>`},
		{`<script src="a>b">x</script >y`, `<script src="a>b"></script >y`},
		{`<script>a</scripts>b</script>c`, `<script></script>c`},
		{`<!-- <script> -->text<p>more`, `<!-- <script> -->text<p>more`},
		{`<scripted>keep</scripted>`, `<scripted>keep</scripted>`},
		{`<script>never closed`, `<script>never closed`},
		{`<script>a</script><script><!-- <script>b</script> --></script><style>c</style>`, `<script></script><script><!-- <script>b</script> --></script><style>c</style>`},
		{`<p>a</p><svg viewBox="0 0 9 9"><path d="M0"/><title>Share</title></svg><p>b</p>`, `<p>a</p><svg viewBox="0 0 9 9"></svg><p>b</p>`},
		{`<svg class="x"/><p>kept</p><svg>y</svg>`, `<svg class="x"/><p>kept</p><svg></svg>`},
		{`<svg><svg><g/></svg></svg>`, `<svg><svg></svg></svg>`}, // the outer body holds an svg: only the inner one is emptied
		{`<svgs>keep</svgs>`, `<svgs>keep</svgs>`},
	} {
		if got := pruneMarkup(c.in, nil); got != c.want {
			t.Errorf("pruneMarkup(%q, nil) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestDropCodeBodiesChangesNothing cleans every page of the shared boiler
// data sets with and without script, style and svg bodies dropped before
// parsing: the documents must be identical.
func TestDropCodeBodiesChangesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	c := newCleaner(t)
	eachDataSetPage(t, func(name, raw string) {
		var docs [2]*document.Document
		for i, on := range []bool{false, true} {
			dropCode = on
			docs[i] = &document.Document{Format: document.FormatHTML, Raw: raw}
			if err := c.Run(docs[i]); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		dropCode = true
		if docs[0].Text != docs[1].Text {
			t.Errorf("%s: text differs when code bodies are dropped", name)
		}
		if !reflect.DeepEqual(docs[0].Meta, docs[1].Meta) {
			t.Errorf("%s: metadata differs when code bodies are dropped:\n%+v\n%+v", name, docs[0].Meta, docs[1].Meta)
		}
		if !reflect.DeepEqual(docs[0], docs[1]) {
			t.Errorf("%s: document differs when code bodies are dropped:\n%+v\n%+v", name, *docs[0], *docs[1])
		}
	})
}

func TestPruneMarkupAttributes(t *testing.T) {
	keep := newNameSet("class")
	for _, c := range []struct{ in, want string }{
		{`<div data-x="1" class="a">t</div>`, `<div  class="a">t</div>`},
		{`<img src=a srcset="b 2x" alt='c' class=d>`, `<img  class=d>`},
		{`<P TITLE="a>b" CLASS=k DATA-Y='c'>x`, `<P  CLASS=k >x`},
		{`<b data-x=1>bold</b>`, `<b data-x=1>bold</b>`},                                        // formatting elements keep theirs
		{`<img/src=x><a b=1><p class="q"//data-y=2><math/0/0>`, `<img><a ><p class="q"><math>`}, // a cut does not leave a self-closing "/>"
		{`<br class="a"/data-x=1 >`, `<br class="a"/ >`},
		{`<br class=a/data-x=1>`, `<br class=a/data-x=1>`}, // an unquoted value runs on past '/'

		{`<!-- <div data-x=1> --><p id=z>`, `<!-- <div data-x=1> --><p >`},
		{`<!--><p id=z>`, `<!--><p >`}, // an empty comment ends at once
		{`<textarea><div data-x=1></textarea><i id=q>`, `<textarea><div data-x=1></textarea><i id=q>`},
		{`<title>a <p id=t></title>`, `<title>a <p id=t></title>`},
		{`</div data-x=1><p id=z>`, `</div data-x=1><p >`}, // end tags are left alone
		{`<p id=z><![CDATA[<p id=y>]]>`, `<p ><![CDATA[<p id=y>]]>`},
		{`<p id=z><div data-x="1`, `<p ><div data-x="1`}, // the input ends inside a tag
		{`<p =x id=a>`, `<p >`},                          // an '=' opens a key; cuts in a row are joined
		{`a < b <p id=c>`, `a < b <p >`},
	} {
		if got := pruneMarkup(c.in, keep); got != c.want {
			t.Errorf("pruneMarkup(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
