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
		if got := dropCodeBodies(c.in); got != c.want {
			t.Errorf("dropCodeBodies(%q) = %q, want %q", c.in, got, c.want)
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
