package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/claimex/claimex/extract"
)

func ptr[T any](v T) *T { return &v }

// flatten returns the text under nodes and the claim pieces, as "id" or "id*" for a first piece.
func flatten(nodes []*Node) (text string, pieces []string) {
	var b strings.Builder
	var walk func([]*Node)
	walk = func(ns []*Node) {
		for _, n := range ns {
			if n.Kind == kindText {
				b.WriteString(n.Text)
			}
			if n.Kind == kindClaim {
				p := n.Claim.ID
				if n.First {
					p += "*"
				}
				pieces = append(pieces, p)
			}
			walk(n.Children)
		}
	}
	walk(nodes)
	return b.String(), pieces
}

func claimSpan(id string, start, end int) *span {
	cv := &claimView{Claim: extract.Claim{ID: id}}
	return &span{start: start, end: end, layer: 0, node: func(first bool) *Node { return &Node{Kind: kindClaim, Claim: cv, First: first} }}
}

func entitySpan(start, end int) *span {
	e := &extract.Entity{ID: "e"}
	return &span{start: start, end: end, layer: 1, node: func(bool) *Node { return &Node{Kind: kindEntity, Entity: e} }}
}

func TestLayoutKeepsTextAndSplitsCrossingMarks(t *testing.T) {
	text := "Ünïcode first para.\n\nSecond para has two claims that overlap here.\n\n\nThird."
	// c1 runs from para 1 into para 2; c2 crosses c1's end; an entity crosses c2's start.
	spans := []*span{claimSpan("c1", 8, 35), claimSpan("c2", 30, 52), entitySpan(27, 33), claimSpan("c3", 60, 60)}
	paras := layout(text, spans)
	want := []string{"Ünïcode first para.", "Second para has two claims that overlap here.", "Third."}
	if len(paras) != len(want) {
		t.Fatalf("%d paragraphs, want %d", len(paras), len(want))
	}
	var all []string
	for i, p := range paras {
		got, pieces := flatten(p)
		if got != want[i] {
			t.Errorf("paragraph %d text %q, want %q", i, got, want[i])
		}
		all = append(all, pieces...)
	}
	// c1: its first piece in para 1, one more in para 2; c2: first inside the
	// entity, cut where the entity ends and again where c1 ends; c3 is empty.
	got := strings.Join(all, " ")
	if got != "c1* c1 c2* c2 c2" {
		t.Errorf("claim pieces %q", got)
	}
}

func TestLayoutClampsBadOffsets(t *testing.T) {
	paras := layout("short", []*span{claimSpan("c1", -5, 100), claimSpan("c2", 9, 3)})
	text, pieces := flatten(paras[0])
	if text != "short" || strings.Join(pieces, " ") != "c1*" {
		t.Errorf("text %q pieces %q", text, pieces)
	}
}

const hostile = `<script>alert("x")</script>"><img src=x onerror=alert(1)></textarea><style>*{}</style>`

func hostileRecord() *extract.Record {
	text := "Title " + hostile + "\n\nAcme said " + hostile + " today."
	e := "e1"
	n := len([]rune("Title " + hostile + "\n\n"))
	return &extract.Record{
		Schema: extract.SchemaVersion, Source: hostile + ".txt", Format: "text",
		Meta:     extract.RecordMeta{Title: ptr("Title " + hostile), URL: ptr("javascript:alert(1)"), Site: ptr(hostile), Authors: []string{hostile}, Language: ptr(hostile)},
		Text:     text,
		Removed:  []extract.Removed{{Text: hostile, Reason: hostile}},
		Entities: []extract.Entity{{ID: e, Type: `ORG" onmouseover="alert(1)`, Name: hostile, Mentions: []extract.Span{{Start: n, End: n + 4}}}},
		Values:   []extract.Value{{ID: "v1", Type: "money", Text: hostile, Start: n + 10, End: n + 20, Value: map[string]any{"amount": 1.0, "currency": hostile}}},
		Claims: []extract.Claim{{ID: `c1"><script>`, Kind: `quote"><script>alert(1)</script>`, Claimant: &extract.Claimant{Name: hostile, Entity: &e},
			Text: hostile, Start: n, End: len([]rune(text)), Cue: ptr(hostile), Via: ptr(hostile), Rule: hostile, Values: []string{"v1"}}},
	}
}

func render(t *testing.T, articles []Article) (string, *html.Node) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, articles, Options{Title: hostile, Generator: hostile}); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return buf.String(), doc
}

func elements(n *html.Node, visit func(*html.Node)) {
	if n.Type == html.ElementNode {
		visit(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		elements(c, visit)
	}
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func TestHostileTextStaysText(t *testing.T) {
	out, doc := render(t, []Article{{Source: hostile, Record: hostileRecord()}, {Source: hostile, Error: hostile}})
	scripts, styles := 0, 0
	var csp string
	elements(doc, func(n *html.Node) {
		switch n.Data {
		case "script":
			scripts++
			if got := textOf(n); got != script {
				t.Errorf("script element holds %q, not the report's own script", got[:min(len(got), 80)])
			}
		case "style":
			styles++
		case "img", "textarea", "iframe", "object", "embed":
			t.Errorf("injected <%s> element", n.Data)
		case "meta":
			for _, a := range n.Attr {
				if a.Key == "content" && strings.Contains(a.Val, "default-src") {
					csp = a.Val
				}
			}
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s> has event handler attribute %s", n.Data, a.Key)
			}
			if (a.Key == "href" || a.Key == "src") && strings.HasPrefix(strings.ToLower(a.Val), "javascript:") {
				t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
			}
		}
	})
	if scripts != 1 || styles != 1 {
		t.Errorf("%d script and %d style elements, want one each", scripts, styles)
	}
	for _, src := range []string{script, styleSheet} {
		sum := sha256.Sum256([]byte(src))
		if h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(csp, h) {
			t.Errorf("Content-Security-Policy %q lacks %s", csp, h)
		}
	}
	if !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("Content-Security-Policy %q should forbid loads by default", csp)
	}
	if n := strings.Count(textOf(doc), hostile); n < 8 {
		t.Errorf("the hostile text appears %d times as text, want it shown wherever it was", n)
	}
	if strings.Contains(out, "<script>alert") || strings.Contains(out, "<img") {
		t.Error("raw markup from the record reached the page")
	}
}

func TestContentsOnlyForSeveralArticles(t *testing.T) {
	rec := hostileRecord()
	one, _ := render(t, []Article{{Source: "a", Record: rec}})
	two, _ := render(t, []Article{{Source: "a", Record: rec}, {Source: "b", Error: "empty input"}})
	if strings.Contains(one, `class="toc"`) {
		t.Error("one article should have no table of contents")
	}
	if !strings.Contains(two, `class="toc"`) || !strings.Contains(two, `href="#a2"`) || !strings.Contains(two, "empty input") {
		t.Error("two articles should have a table of contents linking both, and the failed one's error")
	}
}

func TestClaimFieldsAndMarks(t *testing.T) {
	text := "Acme Corp said it would invest $2bn next year."
	e := "e1"
	rec := &extract.Record{Source: "a.txt", Text: text, Meta: extract.RecordMeta{Published: ptr("2024-01-02"), Language: ptr("en")},
		Entities: []extract.Entity{{ID: e, Type: "ORG", Name: "Acme Corp", Mentions: []extract.Span{{Start: 0, End: 9}}}},
		Values:   []extract.Value{{ID: "v1", Type: "money", Text: "$2bn", Start: 31, End: 35, Value: map[string]any{"amount": 2e9, "currency": "USD"}}},
		Removed:  []extract.Removed{{Text: "Share this", Reason: "share-bar"}},
		Claims: []extract.Claim{{ID: "c1", Kind: "commitment", Claimant: &extract.Claimant{Name: "Acme Corp", Entity: &e}, Text: "invest $2bn next year",
			Start: 24, End: 45, Cue: ptr("said"), Hedged: true, Values: []string{"v1"}, Rule: "commitment.plan"}},
	}
	out, _ := render(t, []Article{{Source: "a.txt", Record: rec}})
	for _, want := range []string{
		`<span class="ent t-ORG" data-entity="e1" title="Acme Corp (ORG)">Acme Corp</span>`,
		`<small class="note" aria-hidden="true">Acme Corp · commitment · hedged</small><mark class="claim k-commitment hedged" data-claim="a1-c1" data-target="a1-c1-fields" id="a1-c1" tabindex="0" role="button"`,
		`<data class="value v-money" value="2000000000 USD" tabindex="0" title="money: 2000000000 USD">$2bn</data>`,
		`<dd class="claimant">Acme Corp</dd>`, `<dd>Acme Corp (ORG, e1)</dd>`, `<dd>said</dd>`,
		`<dd>$2bn = 2000000000 USD (money)</dd>`, `<code>commitment.plan</code>`,
		`<li><span class="reason">share-bar</span> Share this</li>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %s", want)
		}
	}
	if strings.Contains(out, `class="warnings"`) {
		t.Error("a dated English article with claims needs no warnings")
	}
	rec.Meta.Published, rec.Claims = nil, nil
	out, _ = render(t, []Article{{Source: "a.txt", Record: rec}})
	if !strings.Contains(out, "No publication date") || !strings.Contains(out, "No claims were found") {
		t.Error("warnings for a missing date and no claims should be shown")
	}
}
