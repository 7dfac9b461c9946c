package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/piprate/json-gold/ld"

	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/internal/output"
)

// localLoader serves the schema.org context from testdata and refuses every
// other document, so expansion never reaches the network.
type localLoader struct{ context any }

func (l localLoader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	if u == output.SchemaOrgContext || u == "http://schema.org/" || u == "https://schema.org" {
		return &ld.RemoteDocument{DocumentURL: u, Document: l.context}, nil
	}
	return nil, fmt.Errorf("test loader: no network, refused %s", u)
}

func TestJSONLDExpands(t *testing.T) {
	ctxData, err := os.ReadFile("testdata/schemaorg-context.jsonld")
	if err != nil {
		t.Fatal(err)
	}
	var schemaCtx any
	if err := json.Unmarshal(ctxData, &schemaCtx); err != nil {
		t.Fatal(err)
	}
	rec := seedRecord(t, extract.Input{URL: "https://news.example/huawei"})
	var buf bytes.Buffer
	enc := output.NewEncoderOptions(&buf, output.JSONLD, output.Options{})
	if err := enc.Encode(rec); err != nil {
		t.Fatal(err)
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = localLoader{schemaCtx}
	expanded, err := ld.NewJsonLdProcessor().Expand(doc, opts)
	if err != nil {
		t.Fatalf("expanding: %v", err)
	}
	const s = "http://schema.org/"
	nodes := map[string]map[string]any{}
	claims := 0
	for _, n := range expanded {
		node := n.(map[string]any)
		nodes[node["@id"].(string)] = node
		for _, typ := range node["@type"].([]any) {
			if typ == s+"Claim" {
				claims++
			}
		}
	}
	if claims != len(rec.Claims) || claims == 0 {
		t.Fatalf("%d expanded Claims, record has %d", claims, len(rec.Claims))
	}
	article := nodes["https://news.example/huawei"]
	if article == nil || article["@type"].([]any)[0] != s+"NewsArticle" {
		t.Fatalf("article node = %v", article)
	}
	if url := article[s+"url"].([]any)[0].(map[string]any)["@id"]; url != "https://news.example/huawei" {
		t.Errorf("url expanded to %v, want an IRI", url)
	}
	first := rec.Claims[0]
	c1 := nodes["https://news.example/huawei#"+first.ID]
	if c1 == nil {
		t.Fatalf("no node for claim %s", first.ID)
	}
	if text := c1[s+"text"].([]any)[0].(map[string]any)["@value"]; text != first.Text {
		t.Errorf("claim text %q, want %q", text, first.Text)
	}
	app := c1[s+"appearance"].([]any)[0].(map[string]any)
	if app["@id"] != "https://news.example/huawei" {
		t.Errorf("appearance = %v", app)
	}
	author := c1[s+"author"].([]any)[0].(map[string]any)
	name := author[s+"name"].([]any)[0].(map[string]any)["@value"]
	if first.Claimant == nil || name != first.Claimant.Name {
		t.Errorf("author name %v, claimant %+v", name, first.Claimant)
	}
	if typ := author["@type"].([]any)[0]; typ != s+"Organization" && typ != s+"Person" {
		t.Errorf("author type %v", typ)
	}
}

// seedRecord runs the pipeline on a corpus article of the main module.
func seedRecord(t *testing.T, in extract.Input) *extract.Record {
	t.Helper()
	const path = "../../testdata/articles/huawei-cybersecurity-push.txt"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return extractRecord(t, data, path, in)
}

func extractRecord(t *testing.T, data []byte, source string, in extract.Input) *extract.Record {
	t.Helper()
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in.Source = source
	d, err := x.Extract(context.Background(), data, in)
	if err != nil {
		t.Fatal(err)
	}
	rec := extract.NewRecord(d)
	return &rec
}
