package cmd

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimex/claimex/extract"
)

func TestVersionFlag(t *testing.T) {
	want, _, _ := run(t, "", "", "version")
	for _, flag := range []string{"--version", "-v"} {
		out, errs, code := run(t, "", "", flag)
		if code != ExitOK || out != want || errs != "" || !strings.HasPrefix(out, "claimex ") {
			t.Errorf("%s: exit %d, stdout %q (want %q), stderr %q", flag, code, out, want, errs)
		}
	}
}

func TestFlagCompletion(t *testing.T) {
	for _, tt := range []struct{ args, want string }{
		{"extract --format", "json jsonl yaml"},
		{"extract --input-format", "auto text html jsonl"},
		{"clean --input-format", "auto text html"},
		{"check --format", "text json"},
		{"check --input-format", "auto text html"},
	} {
		args := append([]string{"__complete"}, strings.Fields(tt.args)...)
		out, _, code := run(t, "", "", append(args, "")...)
		got := strings.Join(strings.Fields(strings.Split(out, ":")[0]), " ")
		if code != ExitOK || got != tt.want {
			t.Errorf("%s: completions %q, want %q", tt.args, got, tt.want)
		}
	}
}

func TestOutputFlagsExclusive(t *testing.T) {
	dir := fixture(t)
	out, errs, code := run(t, dir, "", "extract", "-o", "x.json", "--out-dir", "out", "a.txt")
	if code != ExitUsage || out != "" || !strings.Contains(errs, "[output out-dir]") {
		t.Errorf("-o with --out-dir: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
		t.Error("--out-dir was created")
	}
}

// TestJSONArrayRule: an object for exactly one file or -, else an array,
// however many articles a folder holds.
func TestJSONArrayRule(t *testing.T) {
	dir := writeTree(t, map[string]string{"one/a.txt": article, "b.txt": article})
	for _, tt := range []struct {
		args  []string
		stdin string
		array bool
	}{
		{[]string{"b.txt"}, "", false},
		{[]string{"-"}, article, false},
		{[]string{"missing.txt"}, "", false},
		{[]string{"one"}, "", true},
		{[]string{"b.txt", "b.txt"}, "", true},
		{[]string{"--input-format", "jsonl", "-"}, `{"id": 1, "text": "Acme Corp will invest $2bn."}`, true},
	} {
		out, _, _ := run(t, dir, tt.stdin, append([]string{"extract"}, tt.args...)...)
		var v any
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatalf("%v: %v\n%s", tt.args, err, out)
		}
		if _, isArray := v.([]any); isArray != tt.array {
			t.Errorf("%v: array %v, want %v", tt.args, isArray, tt.array)
		}
	}
}

func TestCleanSeveralInputs(t *testing.T) {
	dir := writeTree(t, map[string]string{"f/a.txt": "First article\n\nAcme Corp has promised to invest $2bn in new factories.\n",
		"f/b.txt": "Second article\n\nBeta Ltd said on Tuesday that it would close two plants.\n"})
	out, errs, code := run(t, dir, "", "clean", "f", "missing.txt")
	parts := strings.Split(out, "\f")
	if code != ExitFailed || len(parts) != 3 || parts[0] != "" ||
		!strings.HasPrefix(parts[1], "# "+filepath.Join("f", "a.txt")+"\nFirst article\n\nAcme Corp") ||
		!strings.HasPrefix(parts[2], "# "+filepath.Join("f", "b.txt")+"\nSecond article\n") ||
		!strings.Contains(errs, "claimex: missing.txt: ") {
		t.Errorf("exit %d\nstdout %q\nstderr %q", code, out, errs)
	}
	out, _, _ = run(t, dir, "", "clean", filepath.Join("f", "a.txt"))
	if strings.Contains(out, "\f") || !strings.HasPrefix(out, "First article") {
		t.Errorf("one file got a header: %q", out)
	}
}

func TestExitCodes(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want int
	}{
		{nil, ExitOK},
		{errFailed, ExitFailed},
		{usagef("bad"), ExitUsage},
		{bugError{errors.New("x")}, ExitBug},
		{fmt.Errorf("clean: %w", extract.ErrInternal), ExitBug},
		{errors.New("writing output: disk full"), ExitFailed},
	} {
		if got := exitCode(tt.err); got != tt.want {
			t.Errorf("exitCode(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}
