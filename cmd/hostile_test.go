package cmd

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// mkfifo makes a named pipe at path, skipping where there are none.
func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
}

// runWithin fails the test when fn takes longer than d (a hang).
func runWithin(t *testing.T, d time.Duration, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); fn() }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("still running after %s", d)
	}
}

// TestFIFOIsAnErrorRecord: a named pipe called *.txt, in a folder or as an
// argument, is an error record; it is never opened for a blocking read.
func TestFIFOIsAnErrorRecord(t *testing.T) {
	dir := fixture(t)
	mkfifo(t, filepath.Join(dir, "nested", "pipe.txt"))
	mkfifo(t, filepath.Join(dir, "arg.txt"))
	var out, errs string
	var code int
	runWithin(t, 20*time.Second, func() {
		out, errs, code = run(t, dir, "", "extract", "--format", "jsonl", "a.txt", "nested", "arg.txt")
	})
	recs := records(t, out)
	if code != ExitFailed || len(recs) != 4 {
		t.Fatalf("code %d, %d records, stderr %q", code, len(recs), errs)
	}
	for _, i := range []int{2, 3} {
		if e, _ := recs[i]["error"].(string); !strings.Contains(e, "named pipe") {
			t.Errorf("record %d: %v", i, recs[i])
		}
	}
	if recs[0]["error"] != nil || recs[1]["error"] != nil {
		t.Errorf("good records hurt: %v", recs[:2])
	}
}

// TestInfiniteAmountKeepsTheRun: an amount that overflows is dropped with a
// warning; the record and the rest of the batch are written.
func TestInfiniteAmountKeepsTheRun(t *testing.T) {
	dir := fixture(t)
	inf := "The minister said it costs $" + strings.Repeat("9", 300) + " trillion.\n"
	if err := os.WriteFile(filepath.Join(dir, "inf.txt"), []byte(inf), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"json", "yaml"} {
		_, errs, code := run(t, dir, "", "extract", "--format", format, "-o", "out."+format, "inf.txt", "a.txt")
		data, _ := os.ReadFile(filepath.Join(dir, "out."+format))
		if code != ExitOK || !strings.Contains(string(data), "value-dropped") || strings.Contains(string(data), "Inf") || !strings.Contains(string(data), "Acme") {
			t.Errorf("%s: code %d, stderr %q, output %d bytes", format, code, errs, len(data))
		}
	}
}

// TestOutputMustBeARegularFile: -o refuses a symlink or a device, which the
// rename would replace; - is standard output.
func TestOutputMustBeARegularFile(t *testing.T) {
	dir := fixture(t)
	target := filepath.Join(dir, "target.json")
	os.WriteFile(target, []byte("keep"), 0o644)
	os.Symlink(target, filepath.Join(dir, "link.json"))
	mkfifo(t, filepath.Join(dir, "fifo.json"))
	for _, o := range []string{"link.json", "fifo.json", "nested"} {
		_, errs, code := run(t, dir, "", "extract", "-o", o, "a.txt")
		if code != ExitUsage || !strings.Contains(errs, "-o:") {
			t.Errorf("-o %s: code %d, stderr %q", o, code, errs)
		}
	}
	if st, err := os.Lstat(filepath.Join(dir, "link.json")); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced")
	}
	out, _, code := run(t, dir, "", "extract", "-o", "-", "a.txt")
	if code != ExitOK || !json.Valid([]byte(out)) {
		t.Errorf("-o -: code %d, %q", code, out)
	}
}

// TestStaleTemporariesRemoved: a temporary -o file of a killed run is
// removed by the next run on the same target; a live run's is kept.
func TestStaleTemporariesRemoved(t *testing.T) {
	dir := fixture(t)
	dead := filepath.Join(dir, ".out.json.tmp-2147483646-123")
	live := filepath.Join(dir, ".out.json.tmp-"+itoa(os.Getpid())+"-456")
	for _, p := range []string{dead, live} {
		os.WriteFile(p, []byte("partial"), 0o644)
	}
	if _, errs, code := run(t, dir, "", "extract", "-o", "out.json", "a.txt"); code != ExitOK {
		t.Fatalf("code %d: %s", code, errs)
	}
	if _, err := os.Stat(dead); err == nil {
		t.Error("stale temporary kept")
	}
	if _, err := os.Stat(live); err != nil {
		t.Error("a running process's temporary removed")
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestWriteErrorsFailEveryCommand: output to a full device exits non-zero.
func TestWriteErrorsFailEveryCommand(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full")
	}
	full.Close()
	dir := fixture(t)
	for _, args := range [][]string{{"version"}, {"schema"}, {"clean", "a.txt"}, {"extract", "a.txt"}, {"rules", "list"}} {
		c := claimexCmd(t, dir, args...)
		f, _ := os.OpenFile("/dev/full", os.O_WRONLY, 0)
		c.Stdout = f
		var errb strings.Builder
		c.Stderr = &errb
		err := c.Run()
		f.Close()
		if err == nil || !strings.Contains(errb.String(), "no space left") {
			t.Errorf("%v > /dev/full: %v, stderr %q", args, err, errb.String())
		}
	}
}

// TestSignalStopsCleanly: SIGINT or SIGTERM ends a run with 130 or 143,
// removes the temporary -o file and leaves no output file.
func TestSignalStopsCleanly(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		dir := fixture(t)
		c := claimexCmd(t, dir, "extract", "--quiet", "-o", "out.json", "a.txt", "-")
		stdin, _ := c.StdinPipe() // the second input never ends
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			if m, _ := filepath.Glob(filepath.Join(dir, ".out.json.tmp-*")); len(m) > 0 {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		time.Sleep(100 * time.Millisecond)
		c.Process.Signal(sig)
		time.Sleep(100 * time.Millisecond)
		stdin.Close()
		c.Wait()
		if got := c.ProcessState.ExitCode(); got != 128+int(sig) {
			t.Errorf("%s: exit %d", sig, got)
		}
		if m, _ := filepath.Glob(filepath.Join(dir, ".out.json.tmp-*")); len(m) > 0 {
			t.Errorf("%s: temporaries left: %v", sig, m)
		}
		if _, err := os.Stat(filepath.Join(dir, "out.json")); err == nil {
			t.Errorf("%s: an interrupted run wrote out.json", sig)
		}
	}
}

// TestMixedHostileBatch: good files with a FIFO, an infinite amount and a
// bomb-sized document beside them give one record per input, in order,
// exit 1, and the good records intact.
func TestMixedHostileBatch(t *testing.T) {
	dir := t.TempDir()
	inf := "The minister said it costs $" + strings.Repeat("9", 300) + " trillion.\n"
	writeFiles(t, dir, map[string]string{"in/a.txt": article, "in/c-inf.txt": inf, "in/e.txt": article,
		"in/d-bomb.txt": strings.Repeat("Hu said that Li said that ", 20_000) + "yes.\n"})
	mkfifo(t, filepath.Join(dir, "in", "b-fifo.txt"))
	var out, errs string
	var code int
	runWithin(t, 60*time.Second, func() {
		out, errs, code = run(t, dir, "", "extract", "--format", "jsonl", "--workers", "2", "in")
	})
	recs := records(t, out)
	if code != ExitFailed || len(recs) != 5 {
		t.Fatalf("code %d, %d records; stderr %q", code, len(recs), errs)
	}
	wantErr := map[int]string{1: "named pipe", 3: "over the work budget"}
	for i, r := range recs {
		e, _ := r["error"].(string)
		if want, bad := wantErr[i]; bad != (e != "") || bad && !strings.Contains(e, want) {
			t.Errorf("record %d (%v): error %q", i, r["source"], e)
		}
	}
	for _, i := range []int{0, 4} {
		if cl, _ := recs[i]["claims"].([]any); len(cl) == 0 {
			t.Errorf("good record %d lost its claims", i)
		}
	}
	if w, _ := recs[2]["warnings"].([]any); !strings.Contains(fmt.Sprint(w), "value-dropped") {
		t.Errorf("no warning for the infinite amount: %v", recs[2]["warnings"])
	}
}

// TestCheckConfinesFile: check refuses an article outside the expectation
// file's tree unless --allow-outside is given.
func TestCheckConfinesFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"secret.txt": article,
		"corpus/x.expected.yaml": "file: ../secret.txt\ntext: {keeps: [Acme Corp]}\n"})
	_, errs, code := run(t, dir, "", "check", "corpus")
	if code != ExitUsage || !strings.Contains(errs, "outside the expectation file's folder") {
		t.Errorf("code %d, stderr %q", code, errs)
	}
	out, errs, code := run(t, dir, "", "check", "--allow-outside", "corpus")
	if code != ExitOK || !strings.Contains(out, "1 passed") {
		t.Errorf("--allow-outside: code %d, %q %q", code, out, errs)
	}
}

// TestLargeArticlePeakMemory: a 20 MB article stays under 800 MB of peak
// resident memory (it took 0.86-0.98 GB before the encoder dropped the
// document and the heap got a soft limit).
func TestLargeArticlePeakMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	paras, _ := filepath.Glob("../testdata/articles/*.txt")
	var b strings.Builder
	for b.Len() < 20_000_000-300_000 {
		for _, p := range paras {
			data, _ := os.ReadFile(p)
			b.Write(data)
			b.WriteString("\n\n")
		}
	}
	writeFiles(t, dir, map[string]string{"big.txt": b.String()})
	c := claimexCmd(t, dir, "extract", "--quiet", "--timeout", "5m", "-o", "out.json", "big.txt")
	c.Env = append(c.Env, "GOMEMLIMIT=") // the default limit, as for a user
	if out, err := c.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	ru, ok := c.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		t.Skip("no rusage")
	}
	if peak := ru.Maxrss << 10; peak > 800<<20 {
		t.Errorf("peak RSS %d MB for %d MB of text", peak>>20, b.Len()>>20)
	}
}

// TestInterruptedCommandsExitWithTheSignal: whatever the command, a run
// stopped by a signal exits 128+signal.
func TestInterruptedCommandsExitWithTheSignal(t *testing.T) {
	dir := fixture(t)
	t.Chdir(dir)
	os.WriteFile("a.expected.yaml", []byte("text: {keeps: [Acme]}\n"), 0o644)
	for _, args := range [][]string{{"check", "a.expected.yaml"}, {"clean", "a.txt"}, {"extract", "a.txt"}} {
		ctx, cancel := context.WithCancelCause(context.Background())
		cancel(interrupted{syscall.SIGTERM})
		var out, errb strings.Builder
		code := RunContext(ctx, args, streams{in: strings.NewReader(""), out: &out, err: &errb})
		if code != 143 || !strings.Contains(errb.String(), "interrupted") {
			t.Errorf("%v: code %d, stderr %q", args, code, errb.String())
		}
	}
}
