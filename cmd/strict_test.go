package cmd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExtractStrictExitsOnWarnings(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("The council voted on Monday to build protected cycling lanes along Main Street, officials said. ", 8)
	if err := os.WriteFile(filepath.Join(dir, "short.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "long.txt"), []byte("Council backs lanes\n\n"+long+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, code := run(t, dir, "", "extract", "short.txt"); code != ExitOK {
		t.Errorf("without --strict: code %d, want %d", code, ExitOK)
	}
	_, errs, code := run(t, dir, "", "extract", "--strict", "short.txt")
	if code != ExitFailed || !strings.Contains(errs, "short.txt: warning short-body") {
		t.Errorf("--strict on a short body: code %d, stderr %q", code, errs)
	}
	if _, errs, code := run(t, dir, "", "extract", "--strict", "long.txt"); code != ExitOK {
		t.Errorf("--strict on a clean article: code %d, stderr %q", code, errs)
	}
}

func TestExtractURLFlag(t *testing.T) {
	dir := fixture(t)
	out, _, code := run(t, dir, "", "extract", "--url", "https://www.example.com/a", "a.txt")
	if code != ExitOK {
		t.Fatalf("code %d", code)
	}
	var rec struct {
		Meta struct{ URL, Site *string }
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Meta.URL == nil || *rec.Meta.URL != "https://www.example.com/a" || rec.Meta.Site == nil || *rec.Meta.Site != "example.com" {
		t.Errorf("meta url/site = %v %v", rec.Meta.URL, rec.Meta.Site)
	}
	for _, args := range [][]string{{"--url", "https://x.org/", "a.txt", "b.html"}, {"--url", "https://x.org/", "."}, {"--url", "not a url", "a.txt"}} {
		if _, _, code := run(t, dir, "", append([]string{"extract"}, args...)...); code != ExitUsage {
			t.Errorf("%v: code %d, want %d", args, code, ExitUsage)
		}
	}
}

func TestCleanExplainPrintsWarnings(t *testing.T) {
	dir := fixture(t)
	out, _, _ := run(t, dir, "", "clean", "--explain", "a.txt")
	if !strings.Contains(out, "# warnings for a.txt") || !strings.Contains(out, "[short-body]") {
		t.Errorf("no warnings in --explain output:\n%s", out)
	}
}
