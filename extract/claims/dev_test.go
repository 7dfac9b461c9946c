package claims

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

// devData is the PolNeAR development split shipped beside the repository.
const devData = "../../../shared/eval/data/claims-dev.jsonl"

type devFrag struct {
	Start, End int
	Text       string
}

type devDoc struct {
	ID           string
	Text         string
	Attributions []struct {
		Type    string
		Speaker []devFrag
		Cue     []devFrag
		Content []devFrag
	}
}

var devWord = regexp.MustCompile(`[\pL\pN_]+`)

// TestDev scores the stage on the development split when it is present:
// attribution recall, quote/reported precision and named-speaker accuracy,
// computed like the project's scorer. CLAIMS_DATA names another data file
// of the same form (the train split, say), which is scored but held to no
// bar; CLAIMS_DEV is its older name. Set CLAIMS_DEBUG=1 to list misses.
func TestDev(t *testing.T) {
	path := devData
	for _, env := range []string{"CLAIMS_DEV", "CLAIMS_DATA"} {
		if p := os.Getenv(env); p != "" {
			path = p
		}
	}
	f, err := os.Open(path)
	if err != nil {
		t.Skip("development data not present")
	}
	defer f.Close()
	set := testSet(t)
	finder, err := New(set)
	if err != nil {
		t.Fatal(err)
	}
	debug := os.Getenv("CLAIMS_DEBUG") != ""
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var gold, found, named, namedOK, precN, precOK int
	for sc.Scan() {
		var g devDoc
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		d := newDoc(set, g.Text)
		if err := finder.Run(d); err != nil {
			t.Fatal(err)
		}
		// code point → byte offsets
		byteAt := make([]int, 0, len(g.Text)+1)
		for i := range g.Text {
			byteAt = append(byteAt, i)
		}
		byteAt = append(byteAt, len(g.Text))
		conv := func(fr []devFrag) []document.Span {
			var out []document.Span
			for _, x := range fr {
				out = append(out, document.Span{Start: byteAt[min(x.Start, len(byteAt)-1)], End: byteAt[min(x.End, len(byteAt)-1)]})
			}
			return out
		}
		var toks []document.Span
		for _, loc := range devWord.FindAllStringIndex(g.Text, -1) {
			toks = append(toks, document.Span{Start: loc[0], End: loc[1]})
		}
		in := func(t document.Span, fr []document.Span) bool {
			for _, x := range fr {
				if x.Contains(t) {
					return true
				}
			}
			return false
		}
		var contents [][]document.Span
		for _, a := range g.Attributions {
			contents = append(contents, conv(a.Content))
		}
		for ai, a := range g.Attributions {
			content := contents[ai]
			var ct []document.Span
			for _, tk := range toks {
				if in(tk, content) {
					ct = append(ct, tk)
				}
			}
			gold++
			best, bestCov := -1, 0.0
			covered := map[int]bool{}
			for ci, c := range d.Claims {
				if c.Kind == document.Assertion {
					continue
				}
				var hit []int
				own, inside := 0, 0
				for j, tk := range ct {
					if c.Span.Contains(tk) {
						hit = append(hit, j)
					}
				}
				for _, tk := range toks {
					if c.Span.Contains(tk) {
						own++
						if in(tk, content) {
							inside++
						}
					}
				}
				cov := ratio(len(hit), len(ct))
				if cov > bestCov {
					best, bestCov = ci, cov
				}
				if cov >= 0.5 || (own > 0 && ratio(inside, own) >= 0.5) {
					for _, j := range hit {
						covered[j] = true
					}
				}
			}
			spk := ""
			for _, s := range a.Speaker {
				spk += s.Text + " "
			}
			if best < 0 || ratio(len(covered), len(ct)) < 0.5 || len(ct) == 0 {
				if debug {
					cue := ""
					for _, c := range a.Cue {
						cue += c.Text + " "
					}
					fmt.Printf("MISS %s %.2f/%.2f [%s] <%s> %q\n", a.Type, bestCov, ratio(len(covered), len(ct)), strings.TrimSpace(spk), strings.TrimSpace(cue), context(g.Text, content))
				}
				continue
			}
			found++
			nw := nameWords(spk)
			if len(nw) == 0 {
				continue
			}
			named++
			c := d.Claims[best]
			ok := false
			if c.Claimant != nil {
				for w := range wordsOf(c.Claimant.Name) {
					ok = ok || nw[w]
				}
			}
			if ok {
				namedOK++
			} else if debug {
				name := "<nil>"
				if c.Claimant != nil {
					name = c.Claimant.Name
				}
				fmt.Printf("SPEAKER gold=%q got=%q in %q\n", strings.TrimSpace(spk), name, c.Text)
			}
		}
		for _, c := range d.Claims {
			if c.Kind != document.Quote && c.Kind != document.Reported {
				continue
			}
			var own []document.Span
			for _, tk := range toks {
				if c.Span.Contains(tk) {
					own = append(own, tk)
				}
			}
			ok := false
			for _, content := range contents {
				n := 0
				for _, tk := range own {
					if in(tk, content) {
						n++
					}
				}
				ok = ok || (len(own) > 0 && ratio(n, len(own)) >= 0.5)
			}
			precN++
			if ok {
				precOK++
				if debug {
					fmt.Printf("TRUE %s %s [%s] %q\n", c.Kind, c.Rule, c.Cue, c.Text)
				}
			} else if debug {
				name := "<nil>"
				if c.Claimant != nil {
					name = c.Claimant.Name
				}
				fmt.Printf("FALSE %s %s [%s|%s] %q\n", c.Kind, c.Rule, name, c.Cue, c.Text)
			}
		}
	}
	t.Logf("recall %.3f (%d/%d), precision %.3f (%d/%d), speaker %.3f (%d/%d)",
		ratio(found, gold), found, gold, ratio(precOK, precN), precOK, precN, ratio(namedOK, named), namedOK, named)
	// The project's bar for the development split, measured here without the
	// entity stage; another data file is only reported.
	if path == devData && ratio(found, gold) < 0.75 || ratio(precOK, precN) < 0.75 || ratio(namedOK, named) < 0.85 {
		t.Errorf("below the bar of recall 0.75, precision 0.75, speaker accuracy 0.85")
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func context(text string, sp []document.Span) string {
	if len(sp) == 0 {
		return ""
	}
	lo, hi := sp[0].Start, sp[0].End
	for _, x := range sp {
		lo, hi = min(lo, x.Start), max(hi, x.End)
	}
	s := text[lo:hi]
	if utf8.RuneCountInString(s) > 160 {
		s = string([]rune(s)[:160]) + "…"
	}
	return s
}

var notName = map[string]bool{}

func init() {
	for _, w := range strings.Fields("he she they it we i you his her their its our my your this that these those the a an one some many most other others both all his him them who which mr mrs ms dr sen rep gov president officials official spokesman spokeswoman aides aide sources source critics supporters people experts") {
		notName[w] = true
	}
}

func nameWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range devWord.FindAllString(s, -1) {
		r := []rune(w)
		if len(r) > 1 && r[0] >= 'A' && r[0] <= 'Z' && !notName[strings.ToLower(w)] {
			out[strings.ToLower(w)] = true
		}
	}
	return out
}

func wordsOf(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range devWord.FindAllString(s, -1) {
		out[strings.ToLower(w)] = true
	}
	return out
}
