package cmd

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the test binary act as claimex when re-executed by the
// process-level tests below.
func TestMain(m *testing.M) {
	if os.Getenv("CLAIMEX_TEST_MAIN") == "1" {
		os.Exit(Main())
	}
	os.Exit(m.Run())
}

// claimexCmd returns a command running this test binary as claimex.
func claimexCmd(t *testing.T, dir string, args ...string) *exec.Cmd {
	t.Helper()
	c := exec.Command(os.Args[0], args...)
	c.Dir = dir
	c.Env = append(os.Environ(), "CLAIMEX_TEST_MAIN=1")
	return c
}

func TestExtractOutDirAndSkipExisting(t *testing.T) {
	dir := fixture(t)
	_, _, code := run(t, dir, "", "extract", "--out-dir", "out", "--format", "json", "a.txt", "nested")
	if code != ExitOK {
		t.Fatalf("code %d", code)
	}
	for _, p := range []string{"out/a.txt.json", "out/nested/deep/c.txt.json"} {
		data, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil || !json.Valid(data) {
			t.Errorf("%s: %v (valid %v)", p, err, json.Valid(data))
		}
	}
	// A second run skips both and reports it.
	marker := []byte(`{"schema": "claimex/v1", "source": "a.txt", "id": null, "format": "text", "kept": true}`)
	if err := os.WriteFile(filepath.Join(dir, "out/a.txt.json"), marker, 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := run(t, dir, "", "extract", "--out-dir", "out", "--skip-existing", "a.txt", "b.html")
	if code != ExitOK || !strings.Contains(errs, "1 skipped") {
		t.Errorf("code %d stderr %q, want 1 skipped", code, errs)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "out/a.txt.json")); !bytes.Equal(got, marker) {
		t.Errorf("--skip-existing rewrote an existing output")
	}
	if _, err := os.Stat(filepath.Join(dir, "out/b.html.json")); err != nil {
		t.Errorf("b.html not written: %v", err)
	}
	_, errs, code = run(t, dir, "", "extract", "--skip-existing", "a.txt")
	if code != ExitUsage || !strings.Contains(errs, "--skip-existing needs --out-dir") {
		t.Errorf("code %d stderr %q", code, errs)
	}
}

// TestTenThousandInputs runs one process over 10,000 articles plus hostile
// files and checks that every input yields exactly one record, in order,
// with peak memory bounded.
func TestTenThousandInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	const n = 10000
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("d%02d", i%50))
		if i < 50 {
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		body := article
		switch i % 1000 {
		case 7:
			body = ""
		case 8:
			body = "\x00\x01\x02\x03\x04\x05\x06\x07"
		case 9:
			body = "caf\xc3\xa9 and caf\xe9" // damaged UTF-8, not a legacy file
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("a%05d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := claimexCmd(t, dir, "extract", "--format", "jsonl", "--quiet", ".")
	out, err := c.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	records, errors := 0, 0
	last := ""
	for sc.Scan() {
		var r struct {
			Source string `json:"source"`
			Error  string `json:"error"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("record %d: %v", records, err)
		}
		if r.Source <= last {
			t.Fatalf("records out of order: %s after %s", r.Source, last)
		}
		last = r.Source
		records++
		if r.Error != "" {
			errors++
		}
	}
	err = c.Wait()
	if code := c.ProcessState.ExitCode(); code != ExitFailed {
		t.Errorf("exit %d (%v), want %d", code, err, ExitFailed)
	}
	if records != n || errors != 30 {
		t.Errorf("%d records with %d errors, want %d with 30", records, errors, n)
	}
	if ru, ok := c.ProcessState.SysUsage().(*syscall.Rusage); ok {
		t.Logf("peak RSS %d MB", ru.Maxrss/1024)
		if ru.Maxrss > 200*1024 {
			t.Errorf("peak RSS %d MB, want at most 200", ru.Maxrss/1024)
		}
	}
}

// TestKilledRunLeavesNoTornFile kills a run writing -o halfway and checks
// the old file is intact and no partial file took its place.
func TestKilledRunLeavesNoTornFile(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	for i := range 3000 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%04d.txt", i)), []byte(strings.Repeat(article, 20)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old := []byte("previous results\n")
	outPath := filepath.Join(dir, "out.jsonl")
	if err := os.WriteFile(outPath, old, 0o644); err != nil {
		t.Fatal(err)
	}
	c := claimexCmd(t, dir, "extract", "--format", "jsonl", "--quiet", "--workers", "1", "-o", "out.jsonl", ".")
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill once the temporary file has grown.
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		tmp, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.tmp-*"))
		if len(tmp) == 1 {
			if st, err := os.Stat(tmp[0]); err == nil && st.Size() > 64<<10 {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := c.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	c.Wait()
	if got, _ := os.ReadFile(outPath); !bytes.Equal(got, old) {
		t.Errorf("out.jsonl changed by a killed run: %d bytes", len(got))
	}
	// --out-dir --skip-existing finishes an interrupted batch.
	c = claimexCmd(t, dir, "extract", "--quiet", "--out-dir", "res", ".")
	c.Env = append(c.Env, "GOMAXPROCS=1")
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	for time.Now().Before(deadline) {
		if m, _ := filepath.Glob(filepath.Join(dir, "res", "*.json")); len(m) > 100 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	c.Process.Signal(syscall.SIGKILL)
	c.Wait()
	partial, _ := filepath.Glob(filepath.Join(dir, "res", "*.json"))
	if err := claimexCmd(t, dir, "extract", "--quiet", "--out-dir", "res", "--skip-existing", ".").Run(); err != nil {
		t.Fatalf("resume: %v", err)
	}
	all, _ := filepath.Glob(filepath.Join(dir, "res", "*.json"))
	if len(all) != 3000 || len(partial) >= 3000 {
		t.Errorf("after kill %d outputs, after resume %d, want fewer then 3000", len(partial), len(all))
	}
	for _, p := range all {
		if data, err := os.ReadFile(p); err != nil || !json.Valid(data) {
			t.Fatalf("%s torn: %v", p, err)
		}
	}
}
