package cmd

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/claimex/claimex/expect"
	"github.com/claimex/claimex/rules"
)

// writeTree writes files (path → content) under a new temporary folder.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const checkArticle = "Acme unveils plan\n\nAcme Corp has promised to invest $2bn in new factories over the next five years.\n\nShow image\n"

// summary finds the "N passed, M failed" line.
var summary = regexp.MustCompile(`(?m)^(\d+) passed, (\d+) failed$`)

func TestCheckPasses(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.txt":               checkArticle,
		"a.expected.yaml":     "args: [--published, \"2018-12-19\"]\ntext:\n  keeps: [acme corp has PROMISED to invest]\n  drops: [Acme Corp has abandoned]\n",
		"sub/b.html":          "<html><body><article><p>" + strings.TrimSpace(strings.Split(checkArticle, "\n\n")[1]) + "</p></article></body></html>",
		"sub/b.expected.yaml": "args: --input-format html\ntext: {keeps: [\"invest $2bn\"]}\n",
	})
	out, errOut, code := run(t, dir, "", "check", ".")
	if code != ExitOK || out != "3 passed, 0 failed\n" || errOut != "" {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	out, _, _ = run(t, dir, "", "check", "-v", "a.expected.yaml")
	if !strings.Contains(out, "a.expected.yaml:3:11: text: keeps acme corp has PROMISED to invest: ok\n") || !strings.HasSuffix(out, "2 passed, 0 failed\n") {
		t.Errorf("verbose output:\n%s", out)
	}
}

func TestCheckFails(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.txt":           checkArticle,
		"a.expected.yaml": "text:\n  keeps:\n    - Acme Corp has promised\n    - Acme Corp has abandoned\n  drops: [over the next five years]\n",
	})
	out, errOut, code := run(t, dir, "", "check", "a.expected.yaml")
	want := "a.expected.yaml:4:7: text: keeps Acme Corp has abandoned: not in text\n" +
		"a.expected.yaml:5:11: text: drops over the next five years: still in text\n" +
		"1 passed, 2 failed\n"
	if code != ExitFailed || out != want || errOut != "" {
		t.Errorf("exit %d\nstdout:\n%s\nwant:\n%s\nstderr:\n%s", code, out, want, errOut)
	}
}

func TestCheckUnusable(t *testing.T) {
	files := map[string]string{
		"a.txt":                   checkArticle,
		"unknown.expected.yaml":   "file: a.txt\nclaims:\n  - kind: quote\n    contain: x\n",
		"type.expected.yaml":      "file: a.txt\ntext:\n  keeps: {a: b}\n",
		"noarticle.expected.yaml": "text: {keeps: [x]}\n",
		"nofile.expected.yaml":    "text: {keeps: [x]}\nfile: gone.txt\n",
		"rules.expected.yaml":     "file: a.txt\nargs: [--rules, x.yaml]\n",
		"date.expected.yaml":      "file: a.txt\nargs: [--published, 19/12/2018]\n",
		"extra.expected.yaml":     "file: a.txt\nargs: [--published, 2018-12-19, other.txt]\n",
		"jsonl.expected.yaml":     "file: a.txt\nargs: [--input-format, jsonl]\n",
		"ok.expected.yaml":        "file: a.txt\ntext: {keeps: [Acme]}\n",
	}
	dir := writeTree(t, files)
	wants := map[string]string{
		"unknown":   `unknown.expected.yaml:4:5: unknown field "contain"`,
		"type":      `type.expected.yaml:3:10: text.keeps: want a list, got a mapping`,
		"noarticle": `noarticle.expected.yaml:1:1: no article`,
		"nofile":    `nofile.expected.yaml:2:7: article gone.txt: no such file`,
		"rules":     `rules.expected.yaml:2:7: args: --rules cannot be set in an expectation file`,
		"date":      `date.expected.yaml:2:7: args: --published "19/12/2018"`,
		"extra":     `extra.expected.yaml:2:7: args: unexpected argument "other.txt"`,
		"jsonl":     `jsonl.expected.yaml:2:7: args: --input-format "jsonl": want auto, text or html (jsonl is for extract)`,
	}
	out, errOut, code := run(t, dir, "", "check", ".")
	if code != ExitUsage || out != "" {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	for name, want := range wants {
		if !strings.Contains(errOut, want) {
			t.Errorf("%s: stderr lacks %q:\n%s", name, want, errOut)
		}
	}
	if !strings.Contains(errOut, "claimex: 8 expectation files unusable, nothing checked") {
		t.Errorf("no summary of unusable files:\n%s", errOut)
	}
	for _, tc := range []struct{ args, want string }{
		{"check ok.expected.yaml a.txt", "not an expectation file"},
		{"check missing", "missing: no such file"},
		{"check --format xml .", `--format "xml"`},
		{"check --rules nowhere.yaml ok.expected.yaml", "claimex: nowhere.yaml: no such file or directory"},
		{"check --input-format jsonl ok.expected.yaml", "jsonl is for extract"},
	} {
		_, errOut, code := run(t, dir, "", strings.Fields(tc.args)...)
		if code != ExitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("%s: exit %d, stderr %q, want 2 and %q", tc.args, code, errOut, tc.want)
		}
	}
}

func TestCheckArticleError(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"big.txt":           strings.Repeat("Acme Corp has promised to invest. ", 100),
		"big.expected.yaml": "text: {keeps: [Acme], drops: [zzz]}\n",
	})
	out, _, code := run(t, dir, "", "check", "--max-bytes", "100", "big.expected.yaml")
	if code != ExitFailed || !strings.Contains(out, "big.expected.yaml: article big.txt:") || !strings.HasSuffix(out, "0 passed, 2 failed\n") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestCheckJSONAndJUnit(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.txt":           checkArticle,
		"a.expected.yaml": "args: [--published, \"2018-12-19\"]\ntext:\n  keeps: [Acme Corp, Nobody]\n",
		"b.txt":           checkArticle,
		"b.expected.yaml": "text: {drops: [show image]}\n",
	})
	out, _, code := run(t, dir, "", "check", "--format", "json", "--junit", "report.xml", ".")
	if code != ExitFailed {
		t.Errorf("exit %d", code)
	}
	var rep checkReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	if rep.Passed != 2 || rep.Failed != 1 || len(rep.Files) != 2 {
		t.Fatalf("report %+v", rep)
	}
	a := rep.Files[0]
	if a.File != "a.expected.yaml" || a.Article != "a.txt" || !slices.Equal(a.Args, []string{"--published", "2018-12-19"}) || len(a.Results) != 2 {
		t.Errorf("file report %+v", a)
	}
	if r := a.Results[1]; r.Pass || r.Section != "text" || r.Name != "keeps Nobody" || r.Reason != "not in text" || r.Line != 3 || r.Col != 22 {
		t.Errorf("result %+v", r)
	}
	data, err := os.ReadFile(filepath.Join(dir, "report.xml"))
	if err != nil {
		t.Fatal(err)
	}
	var x struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string `xml:"name,attr"`
				Class   string `xml:"classname,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(data, &x); err != nil {
		t.Fatalf("junit: %v\n%s", err, data)
	}
	if x.Tests != 3 || x.Failures != 1 || len(x.Suites) != 2 || x.Suites[0].Name != "a.expected.yaml" || len(x.Suites[0].Cases) != 2 {
		t.Fatalf("junit:\n%s", data)
	}
	c := x.Suites[0].Cases[1]
	if c.Name != "text: keeps Nobody" || c.Class != "a.text" || c.Failure == nil || c.Failure.Message != "not in text" || x.Suites[0].Cases[0].Failure != nil {
		t.Errorf("junit case %+v\n%s", c, data)
	}
}

// saidRule returns the id (within its kind) of the default attribution rule
// whose cues hold "said".
func saidRule(t *testing.T) string {
	t.Helper()
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range set.Entries() {
		if a, ok := e.Rule.(*rules.Attribution); ok && slices.Contains(a.Cues, "said") {
			return strings.TrimPrefix(e.ID, e.Kind+".")
		}
	}
	t.Skip("no default attribution rule holds the cue \"said\"")
	return ""
}

// TestCheckBrokenRules writes expectations for the claims the default rules
// find through "said", then checks that a pack disabling that cue rule makes
// check fail, naming the claims lost.
func TestCheckBrokenRules(t *testing.T) {
	id := saidRule(t)
	art := "Acme plans\n\n" +
		"Acme Corp will build three factories in Ohio, chief executive Jane Doe said on Tuesday.\n\n" +
		"\"We are committed to American manufacturing,\" Doe said.\n\n" +
		"The company said profits rose sharply last year.\n\n" +
		"Analysts said the plan was ambitious.\n"
	dir := writeTree(t, map[string]string{
		"a.txt":       art,
		"broken.yaml": fmt.Sprintf("kind: attribution\nrules:\n  - id: %s\n    disabled: true\n", id),
	})
	out, _, code := run(t, dir, "", "extract", "--format", "json", "a.txt")
	if code != ExitOK {
		t.Fatalf("extract: exit %d", code)
	}
	var rec struct {
		Claims []struct {
			Kind     string
			Text     string
			Cue      *string
			Claimant *struct{ Name string }
		}
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	var exp strings.Builder
	exp.WriteString("claims:\n")
	var said []string
	for _, c := range rec.Claims {
		if c.Cue == nil || !strings.EqualFold(*c.Cue, "said") || strings.TrimSpace(c.Text) == "" {
			continue
		}
		words := strings.Fields(c.Text)
		contains := strings.Join(words[:min(6, len(words))], " ")
		said = append(said, contains)
		fmt.Fprintf(&exp, "  - {kind: %s, contains: %q", c.Kind, contains)
		if c.Claimant != nil {
			fmt.Fprintf(&exp, ", claimant: %q", c.Claimant.Name)
		}
		exp.WriteString("}\n")
	}
	if len(said) == 0 {
		t.Skip("the pipeline finds no claim cued by \"said\" in the test article")
	}
	if err := os.WriteFile(filepath.Join(dir, "a.expected.yaml"), []byte(exp.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	good, _, code := run(t, dir, "", "check", "a.expected.yaml")
	if code != ExitOK {
		t.Fatalf("default rules: exit %d\n%s\nexpectations:\n%s", code, good, exp.String())
	}
	bad, errOut, code := run(t, dir, "", "check", "--rules", "broken.yaml", "a.expected.yaml")
	if code != ExitFailed {
		t.Fatalf("broken rules: exit %d\n%s%s", code, bad, errOut)
	}
	g, b := summary.FindStringSubmatch(good), summary.FindStringSubmatch(bad)
	if g == nil || b == nil || b[2] <= g[2] {
		t.Errorf("broken run does not fail more:\n%s\n%s", good, bad)
	}
	named := 0
	for _, s := range said {
		if strings.Contains(bad, fmt.Sprintf("%q", s)) {
			named++
		}
	}
	if named == 0 || !strings.Contains(bad, "a.expected.yaml:") || !strings.Contains(bad, ": claims: ") {
		t.Errorf("failures name none of the lost claims %q:\n%s", said, bad)
	}
	t.Logf("disabling attribution.%s loses %d of %d claims:\n%s", id, named, len(said), bad)
}

// TestCheckAgreesWithEval compares check with the seeds scorer of the shared
// evaluation kit, item by item, on the seeds and on testdata/articles. It
// builds claimex, so it is skipped under -short; run it by hand with
//
//	go test ./cmd/ -run TestCheckAgreesWithEval -v
func TestCheckAgreesWithEval(t *testing.T) {
	if testing.Short() {
		t.Skip("builds claimex and the scorer")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	// The scorers live in ../shared beside the repository.
	evalRun := filepath.Join(root, "..", "shared", "eval", "run")
	if _, err := os.Stat(evalRun); err != nil {
		t.Skip("no eval scorer at " + evalRun)
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	bin := filepath.Join(t.TempDir(), "claimex")
	build := exec.Command("go", "build", "-o", bin, "./cmd/claimex")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	edge := writeTree(t, map[string]string{"edge.txt": edgeArticle, "edge.expected.yaml": edgeExpectations})
	for _, dir := range []string{filepath.Join(root, "..", "shared", "seeds"), filepath.Join(root, "testdata", "articles"), edge} {
		if _, err := os.Stat(dir); err != nil {
			t.Logf("skipping %s: %v", dir, err)
			continue
		}
		name := filepath.Base(dir)
		if dir == edge {
			name = "edge"
		}
		t.Run(name, func(t *testing.T) { compareWithEval(t, evalRun, bin, dir) })
	}
}

// edgeArticle and edgeExpectations exercise the corners of the matching
// rules; whatever the pipeline finds, check and the scorer must agree.
const edgeArticle = `Acme plans Ohio plant

By Jane Roe and John Poe

Acme Corp will invest $2bn in three factories in Ohio over the next five years, chief executive Jane Doe said on Tuesday.

"We are committed to American manufacturing," Doe told reporters, according to Reuters.

The company reportedly plans to hire 1,500 workers by early next year, about 12% more than it employs now.

Analysts said the 5G-ready plant in Columbus, Ohio, may cost about $2.5bn.
`

const edgeExpectations = `args: [--published, "2024-03-05"]
text:
  keeps: ["acme corp will   INVEST", "next five years, chief executive Jane Doe said on Tuesday. \"We are"]
  drops: [By Jane Roe, nothing like this]
meta:
  authors: []
  title: Acme plans Ohio plant
  site: Acme
entities:
  - {type: ORG, name: acme corp}
  - {type: ORG, name: Acme Corp, aliases: [the company, Acme]}
  - {type: PERSON, name: Jane Doe, titles: [Chief Executive]}
  - {type: PERSON, name: Jane Doe, titles: [executive]}
  - {type: PERSON, name: Doe}
  - {type: GPE, name: Ohio}
  - {type: ORG, name: Ohio}
  - {type: LOC, name: Columbus}
  - {type: ORG, name: Reuters}
not_entities: [Analysts, doe, Tuesday, OHIO]
values:
  - {type: money, text: $2bn, value: {amount: 2e9, currency: usd}}
  - {type: money, text: $2bn, value: {amount: 2000000000, currency: USD, vague: false, min: null}}
  - {type: money, text: invest $2bn in, value: {amount: 2000000000, currency: USD}}
  - {type: money, text: about $2.5bn, value: {amount: 2500000000, currency: USD}}
  - {type: money, text: about $2.5bn, value: {amount: 2500000000, currency: USD, approximate: true}}
  - {type: duration, text: the next five years, value: p5y}
  - {type: date, text: Tuesday, value: "2024-03-05"}
  - {type: date, text: Tuesday, value: "2024-03-04"}
  - {type: period, text: early next year, value: {start: "2025-01-01", end: "2025-04-30"}}
  - {type: percent, text: 12%, value: 12}
  - {type: percent, text: about 12%, value: 0.12}
  - {type: quantity, text: "1,500 workers", value: {amount: 1500, unit: workers}}
  - {type: quantity, text: three factories, value: {amount: 3, unit: factories}}
not_values: [5G, 2bn, five years, "1,500", ready]
claims:
  - {kind: reported, claimant: Jane Doe, contains: will invest $2bn}
  - {kind: [Commitment, reported], claimant: Acme Corp, contains: will invest $2bn}
  - {kind: reported, claimant: doe, hedged: false, contains: three factories in ohio}
  - {kind: quote, claimant: Jane Doe, via: reuters, contains: committed to American manufacturing}
  - {kind: quote, claimant: Doe, via: Reuters, hedged: true, contains: committed to american}
  - {kind: quote, via: according, contains: committed to American manufacturing}
  - {kind: [assertion, reported], hedged: true, contains: "plans to hire 1,500 workers"}
  - {kind: commitment, claimant: Acme Corp, contains: "hire 1,500 workers"}
  - {kind: reported, claimant: analysts, contains: may cost about}
  - {kind: reported, claimant: Analysts, hedged: true, contains: the 5G-ready plant}
  - {kind: quote, contains: Acme plans Ohio plant}
`

func compareWithEval(t *testing.T, evalRun, bin, src string) {
	// A snapshot, so both runs see the same files while the corpus is edited.
	dir := filepath.Join(t.TempDir(), filepath.Base(src))
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(evalRun, "seeds", "--bin", bin, "--dir", dir, "--json")
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", evalRun, err, raw)
	}
	var ev struct {
		Checks []struct {
			Section, Name, Reason string
			Pass                  bool
		}
	}
	if err := json.Unmarshal(raw, &ev); err != nil {
		t.Fatalf("eval output: %v", err)
	}
	// item key → outcomes in order (a label may repeat within a section)
	evalPass := map[string][]bool{}
	evalReason := map[string][]string{}
	for _, c := range ev.Checks {
		if strings.HasSuffix(c.Section, ": output") {
			continue
		}
		k := c.Section + ": " + c.Name
		evalPass[k] = append(evalPass[k], c.Pass)
		evalReason[k] = append(evalReason[k], c.Reason)
	}
	// The same binary runs check, so both see the same extraction even while
	// the working tree changes.
	check := exec.Command(bin, "check", "--format", "json", dir)
	var errOut strings.Builder
	check.Stderr = &errOut
	out, err := check.Output()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == ExitFailed) {
		t.Fatalf("check: %v\n%s", err, errOut.String())
	}
	var rep checkReport
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("check output: %v", err)
	}
	agree, total := 0, 0
	for _, f := range rep.Files {
		if filepath.Dir(f.File) != filepath.Clean(dir) || expect.IsCompare(f.File) {
			continue // the scorer reads neither sub-folders nor compare files
		}
		name := strings.TrimSuffix(filepath.Base(f.File), expect.Suffix)
		seen := map[string]int{}
		for _, r := range f.Results {
			k := name + ": " + r.Section + ": " + r.Name
			i := seen[k]
			seen[k]++
			total++
			if i >= len(evalPass[k]) {
				t.Errorf("%s: not scored by the eval", k)
				continue
			}
			if evalPass[k][i] != r.Pass {
				t.Errorf("%s: check pass=%v (%s), eval pass=%v (%s)", k, r.Pass, r.Reason, evalPass[k][i], evalReason[k][i])
				continue
			}
			agree++
		}
		for k, v := range evalPass {
			if strings.HasPrefix(k, name+": ") && seen[k] != len(v) {
				t.Errorf("%s: eval scored %d, check %d", k, len(v), seen[k])
			}
		}
	}
	t.Logf("%s: check and eval agree on %d of %d expectations (%d passed, %d failed in check)", src, agree, total, rep.Passed, rep.Failed)
}
