package output

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract"
	"go.yaml.in/yaml/v3"
)

func ptr[T any](v T) *T { return &v }

// sampleRecord has text that needs CSV quoting: commas, quotes, a newline, CRLF and a leading space.
func sampleRecord() extract.Record {
	e1 := "e1"
	return extract.Record{
		Schema: extract.SchemaVersion, Source: "a, \"b\".txt", Format: "text",
		Meta: extract.RecordMeta{Title: ptr("T"), Authors: []string{"Ann Lee"}, URL: ptr("https://news.example/a"), Published: ptr("2018-12-19")},
		Text: "…",
		Entities: []extract.Entity{
			{ID: "e1", Type: "ORG", Name: "Acme, Inc.", Aliases: []string{"the company", "Acme"}, Mentions: []extract.Span{{Start: 0, End: 4}, {Start: 9, End: 13}}},
			{ID: "e2", Type: "PERSON", Name: "Jo \"JJ\" Smith", Mentions: []extract.Span{{Start: 20, End: 25}}},
		},
		Values: []extract.Value{
			{ID: "v1", Type: "money", Text: "$2bn", Value: document.MoneyValue{Amount: ptr(2e9), Currency: "USD"}},
			{ID: "v2", Type: "duration", Text: "five years", Value: "P5Y"},
			{ID: "v3", Type: "money", Text: "$2bn-$3bn", Value: map[string]any{"amount": nil, "currency": "USD", "min": 2e9, "max": 3e9}, Approximate: true},
			{ID: "v4", Type: "period", Text: "early next year", Value: document.PeriodValue{Start: "2019-01-01", End: "2019-04-30"}},
			{ID: "v5", Type: "percent", Text: "12.5%", Value: 12.5},
		},
		Claims: []extract.Claim{
			{ID: "c1", Kind: "commitment", Claimant: &extract.Claimant{Name: "Acme, Inc.", Entity: &e1}, Text: "invest \"$2bn\",\nnow", Start: 3, End: 20,
				Cue: ptr("promised"), Entities: []string{"e2"}, Values: []string{"v1", "v2"}, Rule: "commitment.promise"},
			{ID: "c2", Kind: "assertion", Text: " leading space\r\nand CRLF", Values: []string{"v3"}, Rule: "assertion.event"},
			{ID: "c3", Kind: "quote", Claimant: &extract.Claimant{Name: "a spokesman"}, Text: "x", Via: ptr("Reuters"), Hedged: true, Rule: "quote.speaker-verb"},
		},
	}
}

func encodeAll(t *testing.T, format Format, opts Options, recs ...any) string {
	t.Helper()
	var buf bytes.Buffer
	enc := NewEncoderOptions(&buf, format, opts)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestCSVClaims(t *testing.T) {
	errRec := extract.ErrorRecord{Schema: extract.SchemaVersion, Source: "bad.txt", Error: "empty input"}
	out := encodeAll(t, CSV, Options{}, sampleRecord(), errRec)
	if !strings.HasSuffix(out, "\r\n") || strings.Count(out, "\r\n") < 4 {
		t.Errorf("want CRLF line ends (RFC 4180): %q", out)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		tableHeaders[RowsClaims],
		{"a, \"b\".txt", "c1", "commitment", "Acme, Inc.", "ORG", "promised", "", "false", "invest \"$2bn\",\nnow", "3", "20", "money=2000000000 USD; duration=P5Y", "commitment.promise"},
		{"a, \"b\".txt", "c2", "assertion", "", "", "", "", "false", " leading space\r\nand CRLF", "0", "0", "money=~2000000000-3000000000 USD", "assertion.event"},
		{"a, \"b\".txt", "c3", "quote", "a spokesman", "", "", "Reuters", "true", "x", "0", "0", "", "quote.speaker-verb"},
	}
	// encoding/csv reads a quoted "\r\n" as "\n"; the second parser below sees the bytes as written.
	want[2][8] = " leading space\nand CRLF"
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows:\n got %q\nwant %q", rows, want)
	}
	pythonRows(t, out, len(want), 13)
}

func TestCSVHeaderWithoutClaims(t *testing.T) {
	for rows, header := range tableHeaders {
		out := encodeAll(t, CSV, Options{Rows: rows})
		if out != strings.Join(header, ",")+"\r\n" {
			t.Errorf("%s with no records: %q, want the header row alone", rows, out)
		}
	}
}

func TestCSVEntitiesAndValues(t *testing.T) {
	ents, err := csv.NewReader(strings.NewReader(encodeAll(t, CSV, Options{Rows: RowsEntities}, sampleRecord()))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	wantEnts := [][]string{tableHeaders[RowsEntities],
		{"a, \"b\".txt", "e1", "ORG", "Acme, Inc.", "the company; Acme", "", "2", "c1"},
		{"a, \"b\".txt", "e2", "PERSON", "Jo \"JJ\" Smith", "", "", "1", "c1"},
	}
	if !reflect.DeepEqual(ents, wantEnts) {
		t.Errorf("entities:\n got %q\nwant %q", ents, wantEnts)
	}
	vals, err := csv.NewReader(strings.NewReader(encodeAll(t, CSV, Options{Rows: RowsValues}, &[]extract.Record{sampleRecord()}[0]))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	wantVals := [][]string{tableHeaders[RowsValues],
		{"a, \"b\".txt", "v1", "money", "$2bn", "0", "0", "2000000000 USD", "2000000000", "USD", "false", "c1"},
		{"a, \"b\".txt", "v2", "duration", "five years", "0", "0", "P5Y", "", "", "false", "c1"},
		{"a, \"b\".txt", "v3", "money", "$2bn-$3bn", "0", "0", "~2000000000-3000000000 USD", "", "", "true", "c2"},
		{"a, \"b\".txt", "v4", "period", "early next year", "0", "0", "2019-01-01/2019-04-30", "", "", "false", ""},
		{"a, \"b\".txt", "v5", "percent", "12.5%", "0", "0", "12.5%", "12.5", "%", "false", ""},
	}
	if !reflect.DeepEqual(vals, wantVals) {
		t.Errorf("values:\n got %q\nwant %q", vals, wantVals)
	}
}

// pythonRows parses csvText with Python's csv module, a second, independent
// parser, and checks the row and column counts; it skips without python3.
func pythonRows(t *testing.T, csvText string, rows, cols int) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Log("python3 not found: second CSV parser skipped")
		return
	}
	script := `import csv, io, json, sys
rows = list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode("utf-8"), newline=""), strict=True))
print(json.dumps(rows))`
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = strings.NewReader(csvText)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python csv: %v", err)
	}
	var got [][]string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != rows {
		t.Fatalf("python csv: %d rows, want %d", len(got), rows)
	}
	for i, r := range got {
		if len(r) != cols {
			t.Errorf("python csv: row %d has %d fields, want %d: %q", i, len(r), cols, r)
		}
	}
	if got[2][8] != " leading space\r\nand CRLF" {
		t.Errorf("python csv: c2 text %q", got[2][8])
	}
}

func TestJSONLD(t *testing.T) {
	errRec := extract.ErrorRecord{Schema: extract.SchemaVersion, Source: "bad.txt", Error: "empty input"}
	out := encodeAll(t, JSONLD, Options{}, sampleRecord(), errRec)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want one document per record", len(lines))
	}
	var doc struct {
		Context string           `json:"@context"`
		Graph   []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Context != SchemaOrgContext || len(doc.Graph) != 4 {
		t.Fatalf("context %q, %d nodes", doc.Context, len(doc.Graph))
	}
	art := doc.Graph[0]
	if art["@id"] != "https://news.example/a" || art["@type"] != "NewsArticle" || art["url"] != "https://news.example/a" || art["datePublished"] != "2018-12-19" {
		t.Errorf("article node = %v", art)
	}
	c1, c2, c3 := doc.Graph[1], doc.Graph[2], doc.Graph[3]
	author := func(n map[string]any) string {
		a := n["author"].([]any)[0].(map[string]any)
		return a["@type"].(string) + ":" + a["name"].(string)
	}
	if c1["@type"] != "Claim" || c1["@id"] != "https://news.example/a#c1" || author(c1) != "Organization:Acme, Inc." {
		t.Errorf("c1 = %v", c1)
	}
	if author(c2) != "Person:Ann Lee" || author(c3) != "Person:a spokesman" {
		t.Errorf("c2 author %s (want the article's), c3 author %s", author(c2), author(c3))
	}
	if app := c1["appearance"].(map[string]any); app["@id"] != "https://news.example/a" {
		t.Errorf("appearance = %v", app)
	}
	if !strings.Contains(lines[1], `"error":"empty input"`) {
		t.Errorf("error record = %s", lines[1])
	}
}

func TestEmbed(t *testing.T) {
	out := encodeAll(t, JSONL, Options{Embed: true}, sampleRecord())
	var rec struct {
		Claims []struct {
			Values   []string `json:"values"`
			Embedded struct {
				Claimant *extract.Entity  `json:"claimant"`
				Entities []extract.Entity `json:"entities"`
				Values   []extract.Value  `json:"values"`
			} `json:"embedded"`
		} `json:"claims"`
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	c1 := rec.Claims[0]
	if len(c1.Values) != 2 || len(c1.Embedded.Values) != 2 || c1.Embedded.Values[0].Text != "$2bn" || c1.Embedded.Values[1].Text != "five years" {
		t.Errorf("c1 values %v embedded %v", c1.Values, c1.Embedded.Values)
	}
	if c1.Embedded.Claimant == nil || c1.Embedded.Claimant.Name != "Acme, Inc." || len(c1.Embedded.Entities) != 1 || c1.Embedded.Entities[0].ID != "e2" {
		t.Errorf("c1 claimant %v entities %v", c1.Embedded.Claimant, c1.Embedded.Entities)
	}
	if rec.Claims[2].Embedded.Claimant != nil {
		t.Error("an unresolved claimant should embed null")
	}
	var y map[string]any
	if err := yaml.Unmarshal([]byte(encodeAll(t, YAML, Options{Embed: true}, sampleRecord())), &y); err != nil {
		t.Fatal(err)
	}
	claim := y["claims"].([]any)[0].(map[string]any)
	if claim["id"] != "c1" || claim["embedded"].(map[string]any)["values"] == nil {
		t.Errorf("yaml claim = %v", claim)
	}
	plain := encodeAll(t, JSONL, Options{}, sampleRecord())
	if strings.Contains(plain, "embedded") {
		t.Error("without --embed the record should be as the schema says")
	}
}

// TestEmbeddedRecordFields keeps EmbeddedRecord in step with extract.Record.
func TestEmbeddedRecordFields(t *testing.T) {
	names := func(typ reflect.Type) []string {
		var out []string
		for i := range typ.NumField() {
			out = append(out, typ.Field(i).Tag.Get("json"))
		}
		return out
	}
	got, want := names(reflect.TypeFor[EmbeddedRecord]()), names(reflect.TypeFor[extract.Record]())
	if !reflect.DeepEqual(got, want) {
		t.Errorf("EmbeddedRecord fields %v, extract.Record fields %v", got, want)
	}
}

func TestDirWritesTables(t *testing.T) {
	d := &Dir{Root: t.TempDir(), Format: CSV}
	rel, err := d.Rel("a.txt", 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := MarshalOptions(sampleRecord(), CSV, Options{Rows: RowsValues})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Write(rel, enc); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(d.Root, rel)
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil || !strings.HasSuffix(p, "a.txt.csv") || len(rows) != 6 || rows[0][6] != "value" {
		t.Errorf("%s: rows %q, err %v", p, rows, err)
	}
}
