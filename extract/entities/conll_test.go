package entities

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

// conllDoc is a line of the shared CoNLL-2003 development file.
type conllDoc struct {
	ID       string  `json:"id"`
	Text     string  `json:"text"`
	Tokens   [][]any `json:"tokens"`
	Entities []struct {
		Start, End int
		Type       string
		Text       string
	} `json:"entities"`
}

var conllType = map[string]string{document.Person: "PER", document.GPE: "LOC", document.Loc: "LOC", document.Org: "ORG", document.NORP: "MISC"}

var punctOnly = regexp.MustCompile(`^([^\pL\pN]+|'s|'S)$`)

// TestCoNLLDev scores the stage alone (no cleaner) on the CoNLL-2003
// development split when the shared evaluation data is present. It checks a
// floor and logs the throughput; CONLL_DUMP=file writes the matches and errors there and
// CONLL_DATA=file scores another file of the same shape (ner-train).
func TestCoNLLDev(t *testing.T) {
	path := "../../../shared/eval/data/ner-dev.jsonl"
	if p := os.Getenv("CONLL_DATA"); p != "" {
		path = p
	}
	f, err := os.Open(path)
	if err != nil {
		t.Skip("no CoNLL development data")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	type key struct {
		a, b int
		typ  string
	}
	tp, fp, fn := map[string]int{}, map[string]int{}, map[string]int{}
	var dump []string
	var elapsed time.Duration
	ntok := 0
	runText(t, "warm up")
	for sc.Scan() {
		var g conllDoc
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		d := &document.Document{Text: g.Text}
		segCache.Run(d)
		t0 := time.Now()
		if err := testFinder(t).Run(d); err != nil {
			t.Fatal(err)
		}
		elapsed += time.Since(t0)
		ntok += len(d.Tokens)
		// Code-point offsets of each byte.
		cp := make([]int, len(g.Text)+1)
		n := 0
		for i := range g.Text {
			if utf8.RuneStart(g.Text[i]) && i > 0 {
				n++
			}
			cp[i] = n
		}
		cp[len(g.Text)] = utf8.RuneCountInString(g.Text)
		starts, ends := make([]int, len(g.Tokens)), make([]int, len(g.Tokens))
		for i, tk := range g.Tokens {
			starts[i], ends[i] = int(tk[1].(float64)), int(tk[2].(float64))
		}
		gold := map[key]string{}
		for _, e := range g.Entities {
			a, b := -1, -1
			for i := range g.Tokens {
				if starts[i] == e.Start {
					a = i
				}
				if ends[i] == e.End {
					b = i + 1
				}
			}
			gold[key{a, b, e.Type}] = e.Text
		}
		pred := map[key]string{}
		for _, e := range d.Entities {
			typ := conllType[e.Type]
			for _, m := range e.Mentions {
				s, en := cp[m.Start], cp[m.End]
				var idx []int
				for i := range g.Tokens {
					if starts[i] < en && ends[i] > s {
						idx = append(idx, i)
					}
				}
				if len(idx) > 0 {
					if _, ok := gold[key{idx[0], idx[len(idx)-1] + 1, typ}]; ok {
						pred[key{idx[0], idx[len(idx)-1] + 1, typ}] = g.Text[m.Start:m.End]
						continue
					}
				}
				for len(idx) > 0 && punctOnly.MatchString(g.Tokens[idx[0]][0].(string)) {
					idx = idx[1:]
				}
				for len(idx) > 0 && punctOnly.MatchString(g.Tokens[idx[len(idx)-1]][0].(string)) {
					idx = idx[:len(idx)-1]
				}
				if len(idx) > 0 {
					pred[key{idx[0], idx[len(idx)-1] + 1, typ}] = g.Text[m.Start:m.End]
				}
			}
		}
		for k, txt := range pred {
			if _, ok := gold[k]; ok {
				tp[k.typ]++
				dump = append(dump, fmt.Sprintf("TP %s %-4s %q", g.ID, k.typ, txt))
			} else {
				fp[k.typ]++
				goldTyp := ""
				for gk := range gold {
					if gk.a == k.a && gk.b == k.b {
						goldTyp = gk.typ
					}
				}
				dump = append(dump, fmt.Sprintf("FP %s %-4s %q (gold %s)", g.ID, k.typ, txt, goldTyp))
			}
		}
		for k, txt := range gold {
			if _, ok := pred[k]; !ok {
				fn[k.typ]++
				dump = append(dump, fmt.Sprintf("FN %s %-4s %q", g.ID, k.typ, txt))
			}
		}
	}
	prf := func(t, p, n int) (float64, float64, float64) {
		P, R := 0.0, 0.0
		if t+p > 0 {
			P = float64(t) / float64(t+p)
		}
		if t+n > 0 {
			R = float64(t) / float64(t+n)
		}
		if P+R == 0 {
			return P, R, 0
		}
		return P, R, 2 * P * R / (P + R)
	}
	T, FP, FN := 0, 0, 0
	for _, k := range []string{"PER", "LOC", "ORG", "MISC"} {
		P, R, F := prf(tp[k], fp[k], fn[k])
		t.Logf("%-5s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", k, P, R, F, tp[k], fp[k], fn[k])
		if k != "MISC" {
			T, FP, FN = T+tp[k], FP+fp[k], FN+fn[k]
		}
	}
	P, R, F := prf(T, FP, FN)
	t.Logf("micro P %.3f R %.3f F1 %.3f", P, R, F)
	t.Logf("%d tokens in %v: %.0f tokens/s", ntok, elapsed, float64(ntok)/elapsed.Seconds())
	if os.Getenv("CONLL_DUMP") != "" {
		sort.Strings(dump)
		out, _ := os.Create(os.Getenv("CONLL_DUMP"))
		for _, l := range dump {
			fmt.Fprintln(out, l)
		}
		out.Close()
	}
	if F < 0.8 {
		t.Errorf("micro F1 %.3f below the floor 0.8", F)
	}
	if _, _, orgF := prf(tp["ORG"], fp["ORG"], fn["ORG"]); orgF < 0.65 {
		t.Errorf("ORG F1 %.3f below the floor 0.65", orgF)
	}
}
