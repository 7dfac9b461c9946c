// Package report writes claimex records as one self-contained HTML page:
// each article's cleaned text with its claims, entities and values marked,
// every claim's fields a click away, readable offline and in print.
package report

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/claimex/claimex/compare"
	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/internal/output"
)

var (
	//go:embed assets/report.html.tmpl
	pageTemplate string
	//go:embed assets/report.css
	styleSheet string
	//go:embed assets/report.js
	script string
)

// page is the report's template, parsed on first use: every claimex
// process links this package, and few write a report.
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report").Funcs(template.FuncMap{
		"join": strings.Join,
	}).Parse(pageTemplate))
})

// Article is one input of the report: a record, or the error that stood in for it.
type Article struct {
	// Record is the document record; nil when the input failed.
	Record *extract.Record
	// Source names the input (the path or URL as given).
	Source string
	// Error is why the input yielded no document record.
	Error string
}

// Options configure a report.
type Options struct {
	// Title heads the page; default "claimex report".
	Title string
	// Generator names what wrote the page, such as "claimex v1.2.0".
	Generator string
	// Compare, when set, is the comparison of the articles (its document i
	// is articles[i]); the page then lists its groups, each member linked to
	// the claim's highlight, above the articles.
	Compare *compare.Report
}

// Write writes the report of articles to w. Every piece of article text,
// metadata and rule output is escaped by html/template; the only script and
// style are the package's own, pinned by hash in a Content-Security-Policy
// that also forbids every network load.
func Write(w io.Writer, articles []Article, opts Options) error {
	if opts.Title == "" {
		opts.Title = "claimex report"
	}
	v := pageView{Title: opts.Title, Generator: opts.Generator,
		CSS: template.CSS(styleSheet), JS: template.JS(script),
		CSP: fmt.Sprintf("default-src 'none'; style-src '%s'; script-src '%s'; img-src data:; base-uri 'none'; form-action 'none'",
			hash(styleSheet), hash(script))}
	for i, a := range articles {
		v.Articles = append(v.Articles, newArticleView(fmt.Sprintf("a%d", i+1), a))
	}
	if opts.Compare != nil {
		v.Compare = newCompareView(opts.Compare, v.Articles)
	}
	if err := page().Execute(w, v); err != nil {
		return fmt.Errorf("writing report: %w", err)
	}
	return nil
}

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

type pageView struct {
	Title, Generator string
	CSS              template.CSS
	JS               template.JS
	CSP              string
	Articles         []*articleView
	Compare          *compareView
}

type articleView struct {
	ID, Heading, Source, Error string
	Record                     *extract.Record
	Warnings                   []string
	Paragraphs                 [][]*Node
	Claims                     []*claimView
	anchors                    map[string]bool // ids of the claims' first pieces
}

type claimView struct {
	extract.Claim
	Anchor, Target string // ids of the claim's first piece and of its fields
	ClaimantEntity *extract.Entity
	Entities       []*extract.Entity
	Values         []*valueView
}

type valueView struct {
	extract.Value
	Normalized string
}

func newArticleView(id string, a Article) *articleView {
	v := &articleView{ID: id, Source: a.Source, Heading: a.Source, Record: a.Record, Error: a.Error}
	r := a.Record
	if r == nil {
		v.Warnings = []string{"This input yielded no document: " + a.Error}
		return v
	}
	if r.Meta.Title != nil && *r.Meta.Title != "" {
		v.Heading = *r.Meta.Title
	}
	v.Warnings = warnings(r)
	entities := map[string]*extract.Entity{}
	for i := range r.Entities {
		entities[r.Entities[i].ID] = &r.Entities[i]
	}
	values := map[string]*valueView{}
	var spans []*span
	for i := range r.Values {
		vv := &valueView{Value: r.Values[i], Normalized: output.ValueText(r.Values[i])}
		values[vv.ID] = vv
		spans = append(spans, &span{start: vv.Start, end: vv.End, layer: 2,
			node: func(bool) *Node { return &Node{Kind: kindValue, Value: vv} }})
	}
	for i := range r.Entities {
		e := &r.Entities[i]
		for _, m := range slices.Concat(e.Mentions, e.References) {
			spans = append(spans, &span{start: m.Start, end: m.End, layer: 1,
				node: func(bool) *Node { return &Node{Kind: kindEntity, Entity: e} }})
		}
	}
	for _, c := range r.Claims {
		cv := &claimView{Claim: c, Anchor: id + "-" + c.ID, Target: id + "-" + c.ID + "-fields"}
		if c.Claimant != nil && c.Claimant.Entity != nil {
			cv.ClaimantEntity = entities[*c.Claimant.Entity]
		}
		for _, eid := range c.Entities {
			if e := entities[eid]; e != nil {
				cv.Entities = append(cv.Entities, e)
			}
		}
		for _, vid := range c.Values {
			if val := values[vid]; val != nil {
				cv.Values = append(cv.Values, val)
			}
		}
		v.Claims = append(v.Claims, cv)
		spans = append(spans, &span{start: c.Start, end: c.End, layer: 0,
			node: func(first bool) *Node { return &Node{Kind: kindClaim, Claim: cv, First: first} }})
	}
	v.Paragraphs = layout(r.Text, spans)
	v.anchors = firstAnchors(v.Paragraphs)
	return v
}

// warnings are what a reader should know before trusting the article's marks.
func warnings(r *extract.Record) []string {
	var out []string
	if r.Meta.Published == nil {
		out = append(out, "No publication date was found: relative dates were resolved against the reference date given, if any.")
	}
	if r.Meta.Language != nil && *r.Meta.Language != "en" {
		out = append(out, fmt.Sprintf("The article's language looks like %q; the built-in rule packs are for English.", *r.Meta.Language))
	}
	if len(r.Claims) == 0 {
		out = append(out, "No claims were found.")
	}
	return out
}
