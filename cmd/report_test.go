package cmd

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const articlePage = `<!DOCTYPE html><html><head><title>Acme plans new plants</title></head><body><article>
<h1>Acme plans new plants</h1>
<p>Acme Corp has promised to invest $2bn in new factories over the next five years, its chief executive said on Tuesday.</p>
<p>"We are building for the long term," said Jane Doe, the chief executive.</p>
</article></body></html>`

// site serves articlePage at /article (and by redirect from /old) under
// robots, failing the test on a request that does not name claimex.
func site(t *testing.T, robots string) *httptest.Server {
	t.Helper()
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ua := r.UserAgent(); !strings.HasPrefix(ua, "claimex/"+version()+" ") {
			t.Errorf("%s sent User-Agent %q, want claimex and its version", r.URL.Path, ua)
		}
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, robots)
		case "/old":
			http.Redirect(w, r, "/article", http.StatusMovedPermanently)
		case "/article":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, articlePage)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func TestReportOfURL(t *testing.T) {
	s := site(t, "User-agent: *\nAllow: /\n")
	dir := t.TempDir()
	_, errs, code := run(t, dir, "", "report", "-o", "page.html", s.URL+"/article")
	if code != ExitOK {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	data, err := os.ReadFile(filepath.Join(dir, "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	for _, want := range []string{"<h2 id=\"a1-title\">Acme plans new plants</h2>", s.URL + "/article", `<mark class="claim k-quote" data-claim="a1-c3"`, "Jane Doe"} {
		if !strings.Contains(page, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func TestReportOfDisallowedURL(t *testing.T) {
	s := site(t, "User-agent: claimex\nDisallow: /article\n")
	dir := t.TempDir()
	_, errs, code := run(t, dir, "", "report", "-o", "page.html", s.URL+"/article")
	if code != ExitFailed {
		t.Fatalf("code %d, want 1; stderr %q", code, errs)
	}
	if !strings.Contains(errs, "disallowed by robots.txt") {
		t.Errorf("stderr %q should say robots.txt disallows it", errs)
	}
	data, err := os.ReadFile(filepath.Join(dir, "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "disallowed by robots.txt") || strings.Contains(string(data), `data-claim=`) {
		t.Error("the report should show the input's error and no claims")
	}

	out, _, code := run(t, dir, "", "extract", "--format", "jsonl", s.URL+"/article")
	recs := records(t, out)
	if code != ExitFailed || len(recs) != 1 || !strings.Contains(fmt.Sprint(recs[0]["error"]), "disallowed by robots.txt") || recs[0]["source"] != s.URL+"/article" {
		t.Errorf("extract: code %d, records %v; want one error record and exit 1", code, recs)
	}
}

func TestCleanURL(t *testing.T) {
	s := site(t, "")
	out, errs, code := run(t, "", "", "clean", s.URL+"/article")
	if code != ExitOK || !strings.Contains(out, "Acme Corp has promised to invest $2bn") || strings.Contains(out, "<p>") {
		t.Errorf("code %d, stderr %q, out %q", code, errs, out)
	}
}

func TestExtractURLListFinalURL(t *testing.T) {
	s := site(t, "")
	list := s.URL + "/old\n\n# skipped\n" + s.URL + "/missing\n"
	out, errs, code := run(t, "", list, "extract", "--format", "jsonl", "--input-format", "urls", "-")
	recs := records(t, out)
	if code != ExitFailed || len(recs) != 2 {
		t.Fatalf("code %d, %d records; stderr %q", code, len(recs), errs)
	}
	meta, _ := recs[0]["meta"].(map[string]any)
	if meta == nil || meta["url"] != s.URL+"/article" || recs[0]["source"] != s.URL+"/old" {
		t.Errorf("first record: source %v meta %v; want the final URL in meta.url", recs[0]["source"], meta)
	}
	if !strings.Contains(fmt.Sprint(recs[1]["error"]), "404") {
		t.Errorf("second record = %v, want a 404 error record", recs[1])
	}
}

func TestExtractCSVOneRowPerClaim(t *testing.T) {
	corpus, err := filepath.Abs("../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	jsonOut, _, code := run(t, "", "", "extract", "--format", "jsonl", corpus)
	if code != ExitOK {
		t.Fatalf("jsonl: code %d", code)
	}
	want := map[string]int{}
	total := 0
	for _, rec := range records(t, jsonOut) {
		n := len(rec["claims"].([]any))
		want[rec["source"].(string)] = n
		total += n
	}
	csvOut, _, code := run(t, "", "", "extract", "--format", "csv", corpus)
	if code != ExitOK {
		t.Fatalf("csv: code %d", code)
	}
	rows, err := csv.NewReader(strings.NewReader(csvOut)).ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv: %v", err)
	}
	if len(rows) != total+1 || strings.Join(rows[0], ",") != "source,id,kind,claimant,claimant_entity_type,cue,via,hedged,text,start,end,values,rule" {
		t.Fatalf("%d rows for %d claims; header %q", len(rows), total, rows[0])
	}
	got := map[string]int{}
	for _, r := range rows[1:] {
		got[r[0]]++
	}
	for src, n := range want {
		if got[src] != n {
			t.Errorf("%s: %d rows, %d claims", src, got[src], n)
		}
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Log("python3 not found: second CSV parser skipped")
		return
	}
	cmd := exec.Command(py, "-c", `import csv, io, sys
rows = list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode("utf-8"), newline=""), strict=True))
assert all(len(r) == 13 for r in rows), "ragged rows"
print(len(rows) - 1)`)
	cmd.Stdin = strings.NewReader(csvOut)
	pyOut, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("python csv: %v: %s", err, pyOut)
	}
	if strings.TrimSpace(string(pyOut)) != fmt.Sprint(total) {
		t.Errorf("python csv counts %s claim rows, want %d", pyOut, total)
	}
}

func TestExportFlagsNeedTheirFormat(t *testing.T) {
	dir := fixture(t)
	for _, args := range [][]string{
		{"extract", "--format", "csv", "--embed", "a.txt"},
		{"extract", "--csv-rows", "values", "a.txt"},
		{"extract", "--format", "csv", "--csv-rows", "bogus", "a.txt"},
	} {
		if _, errs, code := run(t, dir, "", args...); code != ExitUsage {
			t.Errorf("%v: code %d, want 2; stderr %q", args, code, errs)
		}
	}
	out, _, code := run(t, dir, "", "extract", "--format", "json", "--embed", "a.txt")
	var rec map[string]any
	if code != ExitOK || json.Unmarshal([]byte(out), &rec) != nil {
		t.Fatalf("--embed json: code %d", code)
	}
	claims := rec["claims"].([]any)
	if len(claims) == 0 || claims[0].(map[string]any)["embedded"] == nil {
		t.Errorf("--embed: claims %v should carry embedded objects", claims)
	}
}
