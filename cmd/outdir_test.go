package cmd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// outputs lists the files under dir, relative to it.
func outputs(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, rel)
		}
		return nil
	})
	return out
}

// TestOutDirOddNamesGetRecords: names read as leaving the folder, or too
// long for the file system once a temporary suffix is added, still get
// their record.
func TestOutDirOddNamesGetRecords(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("n", 240) + ".txt"
	writeFiles(t, dir, map[string]string{"in/..dots.txt": article, "in/" + long: article,
		"ids.jsonl": `{"id": "` + strings.Repeat("i", 300) + `", "text": "Acme said it would invest $2bn."}` + "\n"})
	_, errs, code := run(t, dir, "", "extract", "--quiet", "--out-dir", "out", "in", "ids.jsonl")
	if code != ExitOK {
		t.Fatalf("code %d: %s", code, errs)
	}
	got := outputs(t, filepath.Join(dir, "out"))
	if len(got) != 3 {
		t.Fatalf("outputs %q", got)
	}
	for _, p := range got {
		if len(filepath.Base(p)) > 200 {
			t.Errorf("name of %d bytes", len(filepath.Base(p)))
		}
	}
}

// TestOutDirNoCollisions: inputs that used to share an output file get one
// each, and an unavoidable collision is a usage error before anything runs.
func TestOutDirNoCollisions(t *testing.T) {
	dir := t.TempDir()
	line := func(id string) string { return `{"id": ` + id + `, "text": "Acme said it would invest $2bn."}` + "\n" }
	writeFiles(t, dir, map[string]string{"x/a.txt": article, "y/a.txt": article,
		"ids.jsonl": line(`"a/b"`) + line(`"a_b"`) + line(`"a b"`) + line(`1`) + line(`"1"`) + `{"text": "Acme said so."}` + "\n" + line(`"@line-6"`) + line(`"line-6"`),
		"dup.jsonl": line(`"dup"`) + line(`"dup"`)})
	for _, args := range [][]string{{"x/a.txt", "y/a.txt"}, {"x", "y"}, {"--input-format", "jsonl", "ids.jsonl"}} {
		out := filepath.Join(dir, "out-"+strings.ReplaceAll(strings.Join(args, "+"), "/", "_"))
		_, errs, code := run(t, dir, "", append([]string{"extract", "--quiet", "--out-dir", out}, args...)...)
		want := 2
		if args[0] == "--input-format" {
			want = 8
		}
		if got := outputs(t, out); code != ExitOK || len(got) != want {
			t.Errorf("%v: code %d, %d outputs %q, stderr %q", args, code, len(got), got, errs)
		}
	}
	for _, args := range [][]string{{"--input-format", "jsonl", "dup.jsonl"}, {"-", "-"}, {"x/a.txt", "x/a.txt"}} {
		_, errs, code := run(t, dir, "", append([]string{"extract", "--out-dir", "out-bad"}, args...)...)
		if code != ExitUsage {
			t.Errorf("%v: code %d, stderr %q", args, code, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "out-bad")); err == nil {
		t.Error("a usage error wrote output")
	}
}

// TestOutDirSymlinkInside: a link planted inside the output folder does not
// carry a write outside it.
func TestOutDirSymlinkInside(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"in/sub/a.txt": article, "in/b.txt": article, "in/z.txt": article})
	elsewhere := filepath.Join(dir, "elsewhere")
	os.MkdirAll(elsewhere, 0o755)
	os.MkdirAll(filepath.Join(dir, "od"), 0o755)
	if err := os.Symlink(elsewhere, filepath.Join(dir, "od", "sub")); err != nil {
		t.Fatal(err)
	}
	_, errs, code := run(t, dir, "", "extract", "--out-dir", "od", "in")
	if got := outputs(t, elsewhere); len(got) != 0 {
		t.Errorf("wrote outside the folder: %q", got)
	}
	if code != ExitFailed || !strings.Contains(errs, "sub") {
		t.Errorf("code %d, stderr %q", code, errs)
	}
	for _, name := range []string{"b.txt.json", "z.txt.json"} {
		if _, err := os.Stat(filepath.Join(dir, "od", name)); err != nil {
			t.Errorf("another input lost: %v", err)
		}
	}
}

// TestSkipExistingRetriesFailures: an error record does not count as done.
func TestSkipExistingRetriesFailures(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"in/a.txt": "", "in/b.txt": article})
	if _, _, code := run(t, dir, "", "extract", "--quiet", "--out-dir", "od", "in"); code != ExitFailed {
		t.Fatalf("first run: code %d", code)
	}
	writeFiles(t, dir, map[string]string{"in/a.txt": article})
	if _, _, code := run(t, dir, "", "extract", "--quiet", "--out-dir", "od", "--skip-existing", "--retry-failed=false", "in"); code != ExitOK {
		t.Errorf("--retry-failed=false: code %d", code)
	}
	_, errs, code := run(t, dir, "", "extract", "--out-dir", "od", "--skip-existing", "in")
	if code != ExitOK || !strings.Contains(errs, "1 ok") || !strings.Contains(errs, "1 skipped") {
		t.Errorf("resume: code %d, stderr %q", code, errs)
	}
	var rec map[string]any
	data, _ := os.ReadFile(filepath.Join(dir, "od", "a.txt.json"))
	if json.Unmarshal(data, &rec) != nil || rec["error"] != nil || rec["format"] != "text" {
		t.Errorf("a.txt not redone: %s", data)
	}
}

// TestOutDirRemovesStaleTemporaries: temporaries of killed runs inside the
// folder are removed by the next run; a live process's are kept.
func TestOutDirRemovesStaleTemporaries(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"in/sub/a.txt": article,
		"od/sub/.a.txt.json.tmp-2147483646-0": "partial", "od/.b.txt.json.tmp-" + itoa(os.Getpid()) + "-0": "live"})
	if _, errs, code := run(t, dir, "", "extract", "--quiet", "--out-dir", "od", "in"); code != ExitOK {
		t.Fatalf("code %d: %s", code, errs)
	}
	got := outputs(t, filepath.Join(dir, "od"))
	if len(got) != 2 || !slices.Contains(got, filepath.Join("sub", "a.txt.json")) || !slices.Contains(got, ".b.txt.json.tmp-"+itoa(os.Getpid())+"-0") {
		t.Errorf("outputs %q", got)
	}
}
