package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/claimex/claimex/extract"
)

// SchemaOrgContext is the JSON-LD context every document names.
const SchemaOrgContext = "https://schema.org/"

// jsonldEncoder writes one JSON-LD document per record, one a line: the
// article as a schema.org NewsArticle and each claim as a Claim whose
// appearance is the article. An error record is written as it is.
type jsonldEncoder struct{ w io.Writer }

func (j jsonldEncoder) Encode(rec any) error {
	var doc any = rec
	if r, ok := asRecord(rec); ok {
		doc = LinkedData(r)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("encoding json-ld: %w", err)
	}
	_, err := j.w.Write(buf.Bytes())
	return err
}

func (j jsonldEncoder) Close() error { return nil }

// ldNode is one node of a JSON-LD graph; absent fields are left out, as JSON-LD expects.
type ldNode struct {
	ID            string    `json:"@id,omitempty"`
	Type          string    `json:"@type"`
	Identifier    string    `json:"identifier,omitempty"`
	Name          string    `json:"name,omitempty"`
	Headline      string    `json:"headline,omitempty"`
	URL           string    `json:"url,omitempty"`
	DatePublished string    `json:"datePublished,omitempty"`
	InLanguage    string    `json:"inLanguage,omitempty"`
	Publisher     *ldNode   `json:"publisher,omitempty"`
	Author        []*ldNode `json:"author,omitempty"`
	Appearance    *ldNode   `json:"appearance,omitempty"`
	Text          string    `json:"text,omitempty"`
}

// ldDocument is a JSON-LD document: the context and a graph of nodes.
type ldDocument struct {
	Context string    `json:"@context"`
	Graph   []*ldNode `json:"@graph"`
}

// LinkedData describes a record in schema.org terms. Nodes are named by the
// article's URL when it has one (url#c1 for claim c1), else as blank nodes.
func LinkedData(r *extract.Record) any {
	base := "_:"
	articleID := "_:article"
	url := deref(r.Meta.URL)
	if url != "" {
		base, articleID = url+"#", url
	}
	article := &ldNode{ID: articleID, Type: "NewsArticle", Headline: deref(r.Meta.Title), URL: url,
		DatePublished: deref(r.Meta.Published), InLanguage: deref(r.Meta.Language), Text: r.Text}
	for _, a := range r.Meta.Authors {
		article.Author = append(article.Author, &ldNode{Type: "Person", Name: a})
	}
	if site := deref(r.Meta.Site); site != "" {
		article.Publisher = &ldNode{Type: "Organization", Name: site}
	}
	types := map[string]string{}
	for _, e := range r.Entities {
		types[e.ID] = e.Type
	}
	doc := ldDocument{Context: SchemaOrgContext, Graph: []*ldNode{article}}
	for _, c := range r.Claims {
		claim := &ldNode{ID: base + c.ID, Type: "Claim", Identifier: c.ID, Text: c.Text,
			DatePublished: article.DatePublished, Appearance: &ldNode{ID: articleID, Type: "NewsArticle"}}
		if c.Claimant != nil {
			claim.Author = []*ldNode{{Type: agentType(c.Claimant, types), Name: c.Claimant.Name}}
		} else {
			claim.Author = article.Author // the article's own assertion
		}
		doc.Graph = append(doc.Graph, claim)
	}
	return doc
}

// agentType is Person for a person or a claimant of unknown type, else
// Organization: companies, and governments speaking for a place or people.
func agentType(c *extract.Claimant, types map[string]string) string {
	if c.Entity == nil {
		return "Person"
	}
	switch types[*c.Entity] {
	case "PERSON", "":
		return "Person"
	}
	return "Organization"
}
