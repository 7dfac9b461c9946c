package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// mergeErrors merges data as a user pack over the defaults and returns the
// error lines.
func mergeErrors(t *testing.T, name, data string) []string {
	t.Helper()
	base, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	err = base.Clone().Merge(name, []byte(data))
	if err == nil {
		return nil
	}
	return strings.Split(err.Error(), "\n")
}

func TestPackReportsEveryError(t *testing.T) {
	pack := "kind: abbreviation\nrules:\n  - id: x\n    wrods: [Mr]\n  - id: y\n    words: Mr\n  - id: z\n    words: [Mr]\n    disabled: maybe\n  - id: nosuch-default\n    disabled: true\n"
	got := mergeErrors(t, "two.yaml", pack)
	want := []string{
		`two.yaml:4:5: unknown field "wrods" (want one of before_number, disabled, final, id, openers, provenance, words)`,
		`two.yaml:6:12: want a list, got "Mr"`,
		`two.yaml:9:15: want true or false, got "maybe"`,
		`two.yaml:10:5: cannot disable unknown rule "abbreviation.nosuch-default"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestPackSecondDocument(t *testing.T) {
	for _, tt := range []struct{ second, want string }{
		{"kind: [\n", "p.yaml:6: invalid YAML in a second document: "},
		{"kind: abbreviation\nrules: [{id: y, wrods: [Dr]}]\n", "p.yaml:5:1: a second YAML document: a rule pack file holds one pack"},
	} {
		got := mergeErrors(t, "p.yaml", "kind: abbreviation\nrules:\n  - id: x\n    words: [Mr]\n---\n"+tt.second)
		if len(got) != 1 || !strings.HasPrefix(got[0], tt.want) {
			t.Errorf("second document %q: errors %q, want %q", tt.second, got, tt.want)
		}
	}
}

func TestPackSizeLimit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.yaml")
	var b strings.Builder
	b.WriteString("kind: abbreviation\nrules:\n")
	for i := 0; b.Len() <= MaxPackBytes; i++ {
		fmt.Fprintf(&b, "  - {id: r%d, words: [W%d]}\n", i, i)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	base, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	err = base.MergeFile(path)
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("big.yaml: rule pack is %d bytes, over the limit of %d", MaxPackBytes+1, MaxPackBytes)) {
		t.Errorf("oversized pack: %v", err)
	}
}

// TestMergeIsLinear times merging packs of 5,000 and 40,000 new rules: the
// larger must take well under the 64 times a quadratic merge needs.
func TestMergeIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times large merges")
	}
	base, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	pack := func(n int) []byte {
		var b strings.Builder
		b.WriteString("kind: abbreviation\nrules:\n")
		for i := range n {
			fmt.Fprintf(&b, "  - {id: r%d, words: [W%d]}\n", i, i)
		}
		return []byte(b.String())
	}
	best := func(data []byte) time.Duration {
		var min time.Duration
		for range 3 {
			s := base.Clone()
			start := time.Now()
			if err := s.Merge("big.yaml", data); err != nil {
				t.Fatal(err)
			}
			if d := time.Since(start); min == 0 || d < min {
				min = d
			}
		}
		return min
	}
	small, large := best(pack(5000)), best(pack(40000))
	ratio := float64(large) / float64(small)
	t.Logf("5,000 rules: %s, 40,000 rules: %s (%.1f times)", small, large, ratio)
	if ratio > 20 {
		t.Errorf("merging 8 times the rules took %.1f times as long (%s against %s)", ratio, large, small)
	}
}

func TestPatternRepetitionLimit(t *testing.T) {
	pack := "kind: furniture\nrules:\n  - id: slow\n    reason: slow-pattern\n    patterns: ['(?i)(.?){1000}(.?){1000}zzz']\n"
	got := mergeErrors(t, "slow.yaml", pack)
	want := `slow.yaml:3:5: rule "slow": pattern "(?i)(.?){1000}(.?){1000}zzz": counted repetitions ask for 2000 copies, over the limit of 200`
	if len(got) != 1 || got[0] != want {
		t.Errorf("errors %q\nwant %q", got, want)
	}
	if got := mergeErrors(t, "ok.yaml", "kind: furniture\nrules:\n  - id: ok\n    reason: short-line\n    patterns: ['^(\\w+ ){2,40}\\w+$']\n"); got != nil {
		t.Errorf("a bounded pattern was refused: %q", got)
	}
}

func TestPackAliases(t *testing.T) {
	got := mergeErrors(t, "cycle.yaml", "kind: abbreviation\nrules:\n  - id: x\n    words: &a [Mr, *a]\n")
	if want := "cycle.yaml:4:20: alias *a refers to a node that contains it"; len(got) != 1 || got[0] != want {
		t.Errorf("cyclic alias: %q, want %q", got, want)
	}

	// Nine levels of nine aliases each: a billion entries if expanded.
	var b strings.Builder
	b.WriteString("kind: valueword\ndescription:\n  a0: &a0 {k: v}\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, "  a%d: &a%d {<<: [%s]}\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 9), ", "))
	}
	b.WriteString("rules:\n  - id: bomb\n    class: month\n    words: *a9\n")
	start := time.Now()
	got = mergeErrors(t, "bomb.yaml", b.String())
	if len(got) == 0 || !strings.HasPrefix(got[0], "bomb.yaml:12:") || time.Since(start) > time.Second {
		t.Errorf("alias bomb: %q after %s", got, time.Since(start))
	}

	// The walk that follows aliases has a budget.
	base, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	defer func(n int) { maxNodes = n }(maxNodes)
	maxNodes = 20
	err = base.Clone().Merge("budget.yaml", []byte("kind: abbreviation\nrules:\n  - id: x\n    words: &w [A, B, C, D, E, F, G, H]\n  - id: y\n    words: *w\n  - id: z\n    words: *w\n"))
	if want := "budget.yaml:6:12: aliases expand the pack beyond 20 nodes"; err == nil || err.Error() != want {
		t.Errorf("budget: %v, want %q", err, want)
	}
}
