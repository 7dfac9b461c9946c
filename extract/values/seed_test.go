package values

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// TestSeeds checks the values and not_values of the two seed articles of
// the corpus. The raw text is scanned, furniture included.
func TestSeeds(t *testing.T) {
	files := []string{
		"../../testdata/articles/huawei-2bn-cybersecurity.expected.yaml",
		"../../testdata/articles/huawei-cybersecurity-push.expected.yaml",
	}
	f := newTestFinder(t)
	for _, fn := range files {
		raw, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		var exp struct {
			Args   []string `yaml:"args"`
			Values []struct {
				Text  string `yaml:"text"`
				Type  string `yaml:"type"`
				Value any    `yaml:"value"`
			} `yaml:"values"`
			NotValues []string `yaml:"not_values"`
		}
		if err := yaml.Unmarshal(raw, &exp); err != nil {
			t.Fatal(err)
		}
		text, err := os.ReadFile(strings.TrimSuffix(fn, ".expected.yaml") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		var ref time.Time
		for i, a := range exp.Args {
			if a == "--published" && i+1 < len(exp.Args) {
				ref, _ = time.Parse("2006-01-02", exp.Args[i+1])
			}
		}
		got := f.find(string(text), newClock(ref))
		for _, w := range exp.Values {
			ok := false
			for _, v := range got {
				if v.Type == w.Type && (strings.Contains(v.Text, w.Text) || strings.Contains(w.Text, v.Text)) {
					ok = true
					t.Logf("%s: %s %q -> %q %#v (want %v)", filepath.Base(fn), w.Type, w.Text, v.Text, v.Value, w.Value)
				}
			}
			if !ok {
				t.Errorf("%s: no %s value %q", filepath.Base(fn), w.Type, w.Text)
			}
		}
		for _, n := range exp.NotValues {
			for _, v := range got {
				if furniture(string(text), v.Start) {
					continue // the cleaner drops it
				}
				for _, w := range strings.Fields(v.Text) {
					if w == n {
						t.Errorf("%s: %q is a value: %q", filepath.Base(fn), n, v.Text)
					}
				}
			}
		}
		for _, v := range got {
			t.Logf("%s: %s %q %v", filepath.Base(fn), v.Type, v.Text, v.Value)
		}
	}
}

// furniture reports whether the line holding offset i is a short title-like
// line without a full stop, as page furniture is.
func furniture(text string, i int) bool {
	s := strings.LastIndex(text[:i], "\n") + 1
	e := strings.Index(text[i:], "\n")
	if e < 0 {
		e = len(text)
	} else {
		e += i
	}
	line := strings.TrimSpace(text[s:e])
	return len(strings.Fields(line)) < 12 && !strings.HasSuffix(line, ".")
}
