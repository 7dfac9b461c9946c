package cmd

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

const article = "Acme unveils plan\n\nAcme Corp has promised to invest $2bn in new factories over the next five years, its chief executive said on Tuesday.\n"

// run runs the CLI in dir with args and stdin.
func run(t *testing.T, dir, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	if dir != "" {
		t.Chdir(dir)
	}
	var out, errb bytes.Buffer
	code = Run(args, streams{in: strings.NewReader(stdin), out: &out, err: &errb})
	return out.String(), errb.String(), code
}

func fixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":             article,
		"b.html":            "<!DOCTYPE html><html><head><title>Plan</title></head><body><p>" + strings.TrimSpace(article) + "</p></body></html>",
		"empty.txt":         "",
		"bin.txt":           string(bytes.Repeat([]byte{0, 1, 2, 3, 4}, 200)),
		"latin1.txt":        "caf\xe9",
		"damaged.txt":       "caf\xc3\xa9 and caf\xe9",
		"skip.md":           "not picked by --include",
		"nested/deep/c.txt": article,
		"bad-rules.yaml":    "kind: abbreviation\nrules:\n  - id: x\n    wrods: [Foo]\n",
		"good-rules.yaml":   "kind: abbreviation\nrules:\n  - id: mine\n    words: [Cllr]\n  - id: common\n    disabled: true\n",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "none"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func records(t *testing.T, jsonl string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		out = append(out, m)
	}
	return out
}

func TestExtractOneFileJSON(t *testing.T) {
	dir := fixture(t)
	out, errs, code := run(t, dir, "", "extract", "--published", "2024-05-02", "a.txt")
	if code != ExitOK || errs != "" {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatalf("one input should give one JSON object: %v\n%s", err, out)
	}
	if rec["schema"] != "claimex/v1" || rec["source"] != "a.txt" || rec["format"] != "text" {
		t.Errorf("schema/source/format = %v/%v/%v", rec["schema"], rec["source"], rec["format"])
	}
	if !strings.Contains(rec["text"].(string), "Acme Corp has promised") {
		t.Errorf("text lost the article: %q", rec["text"])
	}
}

func TestExtractFolderInOrderWithErrors(t *testing.T) {
	dir := fixture(t)
	out, errs, code := run(t, dir, "", "extract", "--format", "jsonl", "--workers", "3", "missing.txt", ".", "none")
	if code != ExitFailed {
		t.Errorf("code = %d, want %d", code, ExitFailed)
	}
	recs := records(t, out)
	var sources []string
	failed := map[string]string{}
	for _, r := range recs {
		src := r["source"].(string)
		sources = append(sources, src)
		if e, ok := r["error"].(string); ok {
			failed[src] = e
		}
	}
	want := []string{"missing.txt", "a.txt", "b.html", "bin.txt", "damaged.txt", "empty.txt", "latin1.txt", "nested/deep/c.txt", "none"}
	if strings.Join(sources, " ") != strings.Join(want, " ") {
		t.Errorf("sources = %v, want %v", sources, want)
	}
	for src, msg := range map[string]string{
		"missing.txt": "no such file", "bin.txt": "binary", "empty.txt": "empty input",
		"damaged.txt": "invalid UTF-8", "none": "no articles in folder",
	} {
		if !strings.Contains(failed[src], msg) {
			t.Errorf("%s: error %q, want it to mention %q", src, failed[src], msg)
		}
		if !strings.Contains(errs, "claimex: "+src+": ") {
			t.Errorf("stderr does not name %s:\n%s", src, errs)
		}
	}
	if len(failed) != 5 {
		t.Errorf("%d error records, want 5: %v", len(failed), failed)
	}
	// latin1.txt is a legacy text file: decoded, with a warning.
	if !strings.Contains(errs, "9 inputs, 4 ok, 5 failed") {
		t.Errorf("no summary on stderr:\n%s", errs)
	}
}

func TestExtractStdinJSONL(t *testing.T) {
	in := `{"id": "one", "text": "Acme said on Monday that profits rose 12%."}
{"id": 2, "html": "<p>Hello there, this is a page.</p>", "url": "https://example.com/x", "title": "Hello"}

not json
{"id": "three"}
`
	out, _, code := run(t, "", in, "extract", "--format", "jsonl", "--input-format", "jsonl", "-")
	if code != ExitFailed {
		t.Errorf("code = %d, want %d (two bad lines)", code, ExitFailed)
	}
	recs := records(t, out)
	if len(recs) != 4 {
		t.Fatalf("%d records, want 4", len(recs))
	}
	if recs[0]["id"] != "one" || recs[1]["id"] != float64(2) || recs[3]["id"] != "three" {
		t.Errorf("ids not echoed: %v %v %v", recs[0]["id"], recs[1]["id"], recs[3]["id"])
	}
	if recs[1]["format"] != "html" || recs[1]["meta"].(map[string]any)["url"] != "https://example.com/x" {
		t.Errorf("html line: format %v meta %v", recs[1]["format"], recs[1]["meta"])
	}
	if !strings.Contains(recs[2]["error"].(string), "line 4: invalid JSON") {
		t.Errorf("bad line error = %v", recs[2]["error"])
	}
	if !strings.Contains(recs[3]["error"].(string), `no "text" or "html"`) {
		t.Errorf("missing text error = %v", recs[3]["error"])
	}
}

func TestExtractFormats(t *testing.T) {
	dir := fixture(t)
	out, _, code := run(t, dir, "", "extract", "a.txt", "b.html")
	var arr []map[string]any
	if err := json.Unmarshal([]byte(out), &arr); err != nil || len(arr) != 2 || code != ExitOK {
		t.Fatalf("json for two inputs: want an array of 2 (code %d, err %v)\n%s", code, err, out)
	}
	out, _, _ = run(t, dir, "", "extract", "--format", "yaml", "a.txt", "b.html")
	dec := yaml.NewDecoder(strings.NewReader(out))
	n := 0
	for {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			break
		}
		if m["schema"] != "claimex/v1" {
			t.Errorf("yaml document %d: schema %v", n, m["schema"])
		}
		n++
	}
	if n != 2 {
		t.Errorf("yaml stream has %d documents, want 2", n)
	}
}

func TestExtractOutputFile(t *testing.T) {
	dir := fixture(t)
	out, _, code := run(t, dir, "", "extract", "-o", "out.json", "a.txt")
	if code != ExitOK || out != "" {
		t.Fatalf("code %d, stdout %q", code, out)
	}
	data, err := os.ReadFile(filepath.Join(dir, "out.json"))
	if err != nil || !json.Valid(data) {
		t.Fatalf("out.json: %v, valid %v", err, json.Valid(data))
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".out.json.tmp-*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := fixture(t)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"extract", "--bogus", "a.txt"}, "unknown flag: --bogus"},
		{[]string{"extract", "--published", "18/12/2018", "a.txt"}, `--published "18/12/2018": want a date as YYYY-MM-DD`},
		{[]string{"extract", "--format", "xml", "a.txt"}, `unknown format "xml"`},
		{[]string{"extract", "--input-format", "pdf", "a.txt"}, `--input-format "pdf"`},
		{[]string{"extract"}, "at least 1 argument"},
		{[]string{"extract", "--rules", "bad-rules.yaml", "a.txt"}, `bad-rules.yaml:4:5: unknown field "wrods"`},
		{[]string{"extract", "--rules", "nope.yaml", "a.txt"}, "nope.yaml"},
		{[]string{"nosuchcommand"}, "unknown command"},
	} {
		out, errs, code := run(t, dir, "", tt.args...)
		if code != ExitUsage {
			t.Errorf("%v: code %d, want %d", tt.args, code, ExitUsage)
		}
		if out != "" {
			t.Errorf("%v: wrote output on a usage error: %q", tt.args, out)
		}
		if !strings.Contains(errs, tt.want) || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("%v: stderr %q, want one line containing %q", tt.args, errs, tt.want)
		}
	}
}

func TestRulesCommands(t *testing.T) {
	dir := fixture(t)
	out, _, code := run(t, dir, "", "rules", "list", "--rules", "good-rules.yaml")
	if code != ExitOK {
		t.Fatalf("rules list: code %d", code)
	}
	if !strings.Contains(out, "abbreviation.honorifics") || !strings.Contains(out, "embedded:abbreviation.yaml:") {
		t.Errorf("rules list lacks the default rules with origin:\n%s", out)
	}
	if !strings.Contains(out, "abbreviation.mine") || !strings.Contains(out, "good-rules.yaml:3") {
		t.Errorf("rules list lacks the user rule with origin:\n%s", out)
	}
	if strings.Contains(out, "abbreviation.common ") {
		t.Errorf("disabled rule still listed:\n%s", out)
	}
	// Every problem of every pack, each as file:line:col: message, exit 2.
	if err := os.WriteFile(filepath.Join(dir, "two-errors.yaml"), []byte("kind: furniture\nrules:\n  - id: a\n    reason: Bad Reason\n    lines: [x]\n  - id: b\n    silent: yes\n    tags: [nav]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, dir, "", "rules", "check", "good-rules.yaml", "bad-rules.yaml", "two-errors.yaml")
	want := "bad-rules.yaml:4:5: unknown field \"wrods\" (want one of before_number, disabled, final, id, openers, provenance, words)\n" +
		"two-errors.yaml:3:5: rule \"a\": reason \"Bad Reason\" is not a kebab-case word\n" +
		"two-errors.yaml:7:13: want true or false, got \"yes\"\n" +
		"claimex: 2 rule packs with problems\n"
	if code != ExitUsage || errs != want || out != "good-rules.yaml: ok\n" {
		t.Errorf("rules check: code %d\nstdout %q\nstderr:\n%s\nwant stderr:\n%s", code, out, errs, want)
	}
}

func TestSchemaAndVersion(t *testing.T) {
	out, _, code := run(t, "", "", "schema")
	if code != ExitOK || !json.Valid([]byte(out)) || !strings.Contains(out, "claimex/v1") {
		t.Errorf("schema: code %d, valid JSON %v", code, json.Valid([]byte(out)))
	}
	out, _, code = run(t, "", "", "version")
	if code != ExitOK || !strings.HasPrefix(out, "claimex ") {
		t.Errorf("version: code %d, %q", code, out)
	}
}

func TestClean(t *testing.T) {
	dir := fixture(t)
	out, errs, code := run(t, dir, "", "clean", "a.txt")
	if code != ExitOK || errs != "" {
		t.Fatalf("code %d stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, "Acme unveils plan\n\nAcme Corp has promised") {
		t.Errorf("clean output = %q", out)
	}
	out, _, code = run(t, "", strings.TrimSpace(article), "clean", "--explain", "-")
	if code != ExitOK || !strings.Contains(out, "# removed from -: ") {
		t.Errorf("clean --explain from stdin: code %d\n%s", code, out)
	}
	_, errs, code = run(t, dir, "", "clean", "empty.txt")
	if code != ExitFailed || !strings.Contains(errs, "empty.txt: empty input") {
		t.Errorf("clean empty: code %d stderr %q", code, errs)
	}
}
