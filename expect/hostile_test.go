package expect

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimex/claimex/extract"
)

// bomb is a nine-level alias bomb: 9^9 nodes once expanded.
func bomb() string {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i <= 9; i++ {
		p := "*a" + string(rune('0'+i-1))
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [" + strings.Repeat(p+", ", 8) + p + "]\n")
	}
	return b.String()
}

// TestAliasBombIsAPositionedError: expanding aliases has a budget.
func TestAliasBombIsAPositionedError(t *testing.T) {
	doc := "values:\n  - type: money\n    text: $1\n    value:\n" + indent(bomb(), "      ")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, err := Parse("bomb.expected.yaml", []byte(doc))
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "bomb.expected.yaml:") || !strings.Contains(err.Error(), "alias bomb") {
		t.Fatalf("err = %v", err)
	}
	if took > time.Second || after.TotalAlloc-before.TotalAlloc > 100<<20 {
		t.Errorf("took %s and %d MB", took, (after.TotalAlloc-before.TotalAlloc)>>20)
	}
	// Ordinary reuse of an anchor stays allowed.
	if _, err := Parse("ok.expected.yaml", []byte("values:\n  - {type: money, text: $1, value: &v {amount: 1, currency: USD}}\n  - {type: money, text: $2, value: *v}\n")); err != nil {
		t.Errorf("two uses of an anchor: %v", err)
	}
}

func indent(s, by string) string {
	return by + strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n"+by) + "\n"
}

// TestCyclicAliasIsAnError: an alias inside the node it names.
func TestCyclicAliasIsAnError(t *testing.T) {
	_, err := Parse("cycle.expected.yaml", []byte("values:\n  - type: money\n    text: $1\n    value: &a [1, *a]\n"))
	if err == nil || !strings.Contains(err.Error(), "cycle.expected.yaml:4:") || !strings.Contains(err.Error(), "cycle") {
		t.Fatalf("err = %v", err)
	}
}

// TestFileStaysInsideTheTree: file: may not leave the expectation file's
// folder, by .., an absolute path or a symbolic link, unless allowed; a
// named pipe is refused without blocking.
func TestFileStaysInsideTheTree(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "corpus")
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(root, "secret.txt"), []byte("root:x:0:0"), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "ok.txt"), []byte("x"), 0o644)
	os.Symlink(filepath.Join(root, "secret.txt"), filepath.Join(dir, "link.txt"))
	syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644)
	write := func(name, file string) string {
		p := filepath.Join(dir, name+Suffix)
		os.WriteFile(p, []byte("file: "+file+"\ntext: {keeps: [\"root:x:0:0\"]}\n"), 0o644)
		return p
	}
	for _, file := range []string{"../secret.txt", filepath.Join(root, "secret.txt"), "link.txt", "/etc/passwd"} {
		p := write("out", file)
		if _, err := Load(p); err == nil || !strings.Contains(err.Error(), "outside the expectation file's folder") {
			t.Errorf("file: %s: %v", file, err)
		}
		if _, err := LoadWith(p, LoadOptions{AllowOutside: true}); err != nil && file != "/etc/passwd" {
			t.Errorf("file: %s with AllowOutside: %v", file, err)
		}
	}
	if _, err := Load(write("in", "sub/ok.txt")); err != nil {
		t.Errorf("inside: %v", err)
	}
	if _, err := Load(write("pipe", "pipe.txt")); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("pipe: %v", err)
	}
}

// TestFailuresQuoteShortExcerpts: a failure never echoes a long stretch of the article.
func TestFailuresQuoteShortExcerpts(t *testing.T) {
	f, err := Parse("m.expected.yaml", []byte("meta: {title: short}\n"))
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("secret line ", 200)
	rec := recordWithTitle(long)
	for _, r := range Check(f, rec) {
		if len(r.Reason) > 200 || len(r.Name) > 200 {
			t.Errorf("result quotes %d bytes: %.80q", len(r.Reason), r.Reason)
		}
	}
}

// FuzzParseWithAliases: the parser returns a file or positioned errors,
// quickly, whatever anchors and aliases the input holds.
func FuzzParseWithAliases(f *testing.F) {
	f.Add("values:\n  - {type: money, text: $1, value: &v {amount: 1}}\n  - {type: money, text: $2, value: *v}\n")
	f.Add("values:\n  - type: money\n    text: $1\n    value: &a [1, *a]\n")
	f.Add("text: &t {keeps: &k [a, b]}\nmeta: *t\nnot_values: *k\n")
	f.Add("values:\n  - type: money\n    text: $1\n    value:\n" + indent(bomb(), "      "))
	f.Fuzz(func(t *testing.T, doc string) {
		start := time.Now()
		file, err := Parse("f.expected.yaml", []byte(doc))
		if took := time.Since(start); took > 2*time.Second {
			t.Fatalf("took %s", took)
		}
		if err == nil && file == nil {
			t.Fatal("no file and no error")
		}
		if es, ok := err.(Errors); ok {
			for _, e := range es {
				if e.File != "f.expected.yaml" {
					t.Fatalf("error not naming the file: %v", e)
				}
			}
		}
	})
}

func recordWithTitle(title string) *extract.Record {
	return &extract.Record{Text: title, Meta: extract.RecordMeta{Title: &title}}
}
