package cmd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// seedDir is the folder of the seed articles in testdata, from cmd/.
var seedDir, _ = filepath.Abs("../testdata/articles")

type compareReport struct {
	Schema    string `json:"schema"`
	Documents []struct {
		Source string  `json:"source"`
		Error  *string `json:"error"`
	} `json:"documents"`
	Groups []struct {
		Status  string `json:"status"`
		Sources int    `json:"sources"`
		Members []struct {
			Document int    `json:"document"`
			Claim    string `json:"claim"`
		} `json:"members"`
	} `json:"groups"`
}

func decodeReport(t *testing.T, out string) compareReport {
	t.Helper()
	var r compareReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not a JSON report: %v\n%s", err, out)
	}
	if r.Schema != "claimex/compare/v1" {
		t.Fatalf("schema %q", r.Schema)
	}
	return r
}

func corroborated(r compareReport) int {
	n := 0
	for _, g := range r.Groups {
		if g.Status == "corroborated" {
			n++
		}
	}
	return n
}

func TestCompareArticles(t *testing.T) {
	out, errs, code := run(t, seedDir, "", "compare", "--published", "2018-12-19",
		"huawei-2bn-cybersecurity.txt", "huawei-cybersecurity-push.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	r := decodeReport(t, out)
	if len(r.Documents) != 2 || corroborated(r) == 0 {
		t.Errorf("%d documents, %d corroborated groups", len(r.Documents), corroborated(r))
	}
}

// TestCompareRecords compares records extract wrote (JSON Lines, and a JSON
// array) as it compares the articles themselves.
func TestCompareRecords(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(seedDir, "huawei-2bn-cybersecurity.txt"), filepath.Join(seedDir, "huawei-cybersecurity-push.txt")
	direct, _, code := run(t, "", "", "compare", "--published", "2018-12-19", a, b)
	if code != 0 {
		t.Fatal("compare failed")
	}
	jsonl, _, _ := run(t, "", "", "extract", "--format", "jsonl", "--published", "2018-12-19", a, b)
	array, _, _ := run(t, "", "", "extract", "--format", "json", "--published", "2018-12-19", a, b)
	for name, body := range map[string]string{"recs.jsonl": jsonl, "recs.json": array} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		out, errs, code := run(t, "", "", "compare", "--input-format", "records", p)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, errs)
		}
		if out != direct {
			t.Errorf("%s: compared records differ from compared articles", name)
		}
	}
	// A folder of records, and a record of another schema.
	if err := os.WriteFile(filepath.Join(dir, "other.json"), []byte(`{"schema": "x/v9"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "", "", "compare", "--input-format", "records", dir)
	if code != 1 || !strings.Contains(errs, "not a claimex record") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	r := decodeReport(t, out)
	if len(r.Documents) != 5 {
		t.Errorf("%d documents from a folder of 2+2 records and a bad file, want 5", len(r.Documents))
	}
}

func TestCompareFormatsAndErrors(t *testing.T) {
	dir := fixture(t)
	out, errs, code := run(t, dir, "", "compare", "a.txt", "b.html", "missing.txt")
	if code != 1 || !strings.Contains(errs, "missing.txt") {
		t.Errorf("a missing input: exit %d, stderr %q", code, errs)
	}
	r := decodeReport(t, out)
	if len(r.Documents) != 3 || r.Documents[2].Error == nil {
		t.Errorf("the missing input is not listed with its error: %+v", r.Documents)
	}
	if corroborated(r) == 0 {
		t.Error("the same article as text and HTML gives no corroborated group")
	}
	out, _, code = run(t, dir, "", "compare", "--format", "yaml", "a.txt", "b.html")
	var y map[string]any
	if code != 0 || yaml.Unmarshal([]byte(out), &y) != nil || y["schema"] != "claimex/compare/v1" {
		t.Errorf("yaml: exit %d\n%s", code, out)
	}
	out, _, code = run(t, dir, "", "compare", "--format", "jsonl", "a.txt", "b.html")
	if code != 0 || strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Errorf("jsonl is not one line: exit %d", code)
	}
	out, _, code = run(t, dir, "", "compare", "--format", "table", "a.txt", "b.html")
	if code != 0 || !strings.Contains(out, "corroborated") || !strings.Contains(out, "STATUS") {
		t.Errorf("table: exit %d\n%s", code, out)
	}
	if _, _, code := run(t, dir, "", "compare", "--format", "xml", "a.txt"); code != 2 {
		t.Errorf("a bad --format: exit %d, want 2", code)
	}
	if _, _, code := run(t, dir, "", "compare", "-o", filepath.Join(dir, "report.json"), "a.txt", "b.html"); code != 0 {
		t.Errorf("-o: exit %d", code)
	}
	if data, err := os.ReadFile(filepath.Join(dir, "report.json")); err != nil || decodeReport(t, string(data)).Schema == "" {
		t.Errorf("-o wrote no report: %v", err)
	}
}

func TestSchemaCompare(t *testing.T) {
	out, _, code := run(t, "", "", "schema", "compare")
	if code != 0 || !strings.Contains(out, "claimex/compare/v1") {
		t.Errorf("schema compare: exit %d", code)
	}
	if _, _, code := run(t, "", "", "schema", "nope"); code != 2 {
		t.Errorf("schema nope: exit %d, want 2", code)
	}
}

func TestCheckCompareFiles(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.txt": article,
		"b.txt": strings.Replace(article, "$2bn", "$7bn", 1),
		"pair.compare.yaml": `documents:
  - {file: a.txt, args: [--published, "2024-05-02"]}
  - {file: b.txt}
conflicts:
  - members:
      - {file: a.txt, contains: invest $2bn}
      - {file: b.txt, contains: invest $7bn}
    slots:
      - {type: money, compatible: false}
`,
		"wrong.compare.yaml": `documents:
  - {file: a.txt}
  - {file: b.txt}
conflicts: []
`,
		"bad.compare.yaml": "documents:\n  - {file: a.txt}\n  - {file: c.txt}\ngroups:\n  - {status: agreed, members: [{file: z.txt, contains: x}]}\n",
	})
	out, errs, code := run(t, dir, "", "check", "pair.compare.yaml")
	if code != 0 {
		t.Errorf("pair: exit %d\n%s%s", code, out, errs)
	}
	out, _, code = run(t, dir, "", "check", "wrong.compare.yaml")
	if code != 1 || !strings.Contains(out, "unlisted") {
		t.Errorf("an unlisted conflict passed: exit %d\n%s", code, out)
	}
	_, errs, code = run(t, dir, "", "check", "bad.compare.yaml")
	if code != 2 || !strings.Contains(errs, `status "agreed"`) || !strings.Contains(errs, `file "z.txt" is not one of the documents`) {
		t.Errorf("a bad compare file: exit %d, stderr %q", code, errs)
	}
	if err := os.WriteFile(filepath.Join(dir, "gone.compare.yaml"), []byte("documents:\n  - {file: a.txt}\n  - {file: c.txt}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code = run(t, dir, "", "check", "gone.compare.yaml")
	if code != 2 || !strings.Contains(errs, "c.txt") {
		t.Errorf("a missing article: exit %d, stderr %q", code, errs)
	}
}
