package clean

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/claimex/claimex/document"
)

// The boiler harness scores the cleaner page by page on the shared
// boiler-dev pages with the article-extraction benchmark's metric (4-token
// shingles, per-page precision and recall, means over pages), reporting each
// half of the pages (split by a hash of the file name) apart, so a rule tuned
// on one half is checked on the other. It is skipped when the data is absent.
// With CLEAN_BOILER_PAGES=n it also lists the n pages losing most precision
// and their paragraphs that are not in the ground truth.

const boilerDir = "../../../shared/eval/data/boiler-dev"

// boilerHalf puts a page in half 0 or 1 by a hash of its name.
func boilerHalf(name string) int {
	h := fnv.New32a()
	h.Write([]byte(name))
	return int(h.Sum32() & 1)
}

func boilerTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r != '_' && !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

func boilerShingles(s string) map[string]int {
	t := boilerTokens(s)
	m := map[string]int{}
	end := max(len(t)-3, 1)
	for i := 0; i < end; i++ {
		j := min(i+4, len(t))
		if j > i {
			m[strings.Join(t[i:j], "\x00")]++
		}
	}
	return m
}

// boilerScore returns the page's shingle precision and recall.
func boilerScore(truth, pred string) (p, r float64) {
	ts, ps := boilerShingles(truth), boilerShingles(pred)
	var tp, fp, fn float64
	for k, tc := range ts {
		pc := ps[k]
		tp += float64(min(tc, pc))
		fn += float64(max(0, tc-pc))
		fp += float64(max(0, pc-tc))
	}
	for k, pc := range ps {
		if _, ok := ts[k]; !ok {
			fp += float64(pc)
		}
	}
	p, r = 1, 1
	if fp != 0 || fn != 0 {
		p, r = 0, 0
		if tp+fp > 0 {
			p = tp / (tp + fp)
		}
		if tp+fn > 0 {
			r = tp / (tp + fn)
		}
	}
	return p, r
}

type boilerPage struct {
	name  string
	half  int
	p, r  float64
	paras []string  // output paragraphs mostly absent from the truth
	loss  []float64 // for each of paras, its share of the page's output shingles
}

func TestBoilerPages(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(boilerDir, "ground-truth.json"))
	if err != nil {
		t.Skip("no boiler-dev data")
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatal(err)
	}
	c := newCleaner(t)
	var pages []boilerPage
	var sumP, sumR [3]float64
	var n [3]int
	for id, g := range gt {
		data, err := os.ReadFile(filepath.Join(boilerDir, "html", id+".html"))
		if err != nil {
			t.Fatal(err)
		}
		d := &document.Document{Format: document.FormatHTML, Raw: string(data)}
		if err := c.Run(d); err != nil {
			t.Fatal(err)
		}
		bp := boilerPage{name: id, half: boilerHalf(id)}
		bp.p, bp.r = boilerScore(g.ArticleBody, d.Text)
		ts := boilerShingles(g.ArticleBody)
		for i, para := range strings.Split(d.Text, "\n\n") {
			if i == 0 && d.Meta.Title != "" {
				continue // the title, kept by contract
			}
			ps := boilerShingles(para)
			miss, all := 0, 0
			for k, v := range ps {
				all += v
				if ts[k] == 0 {
					miss += v
				}
			}
			if miss*2 > all {
				bp.paras = append(bp.paras, para)
				bp.loss = append(bp.loss, float64(miss))
			}
		}
		out := 0
		for _, v := range boilerShingles(d.Text) {
			out += v
		}
		for i := range bp.loss {
			bp.loss[i] /= float64(max(out, 1))
		}
		pages = append(pages, bp)
		for _, h := range []int{bp.half, 2} {
			sumP[h] += bp.p
			sumR[h] += bp.r
			n[h]++
		}
	}
	for h, label := range []string{"half 0", "half 1", "all"} {
		if n[h] == 0 {
			continue
		}
		p, r := sumP[h]/float64(n[h]), sumR[h]/float64(n[h])
		f1 := 2 * p * r / (p + r)
		t.Logf("%-6s pages %3d  P %.4f  R %.4f  F1 %.4f", label, n[h], p, r, f1)
		if f1 < 0.97 {
			t.Errorf("%s: F1 %.4f below the floor of 0.97", label, f1)
		}
	}
	if out := os.Getenv("CLEAN_BOILER_DUMP"); out != "" {
		// One line a page, to compare runs: name, half, precision, recall.
		var b strings.Builder
		sort.Slice(pages, func(i, j int) bool { return pages[i].name < pages[j].name })
		for _, bp := range pages {
			fmt.Fprintf(&b, "%s %d %.4f %.4f\n", bp.name, bp.half, bp.p, bp.r)
		}
		if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var show int
	if fmt.Sscan(os.Getenv("CLEAN_BOILER_PARAS"), &show); show > 0 {
		// The paragraphs costing most precision, over all pages.
		type cost struct {
			loss float64
			page string
			text string
		}
		var all []cost
		for _, bp := range pages {
			for i, s := range bp.paras {
				all = append(all, cost{bp.loss[i], bp.name[:8], s})
			}
		}
		sort.Slice(all, func(i, j int) bool { return all[i].loss > all[j].loss })
		for _, c := range all[:min(show, len(all))] {
			if len(c.text) > 150 {
				c.text = c.text[:150] + "..."
			}
			t.Logf("%.4f %s %s", c.loss, c.page, c.text)
		}
	}
	show = 0
	fmt.Sscan(os.Getenv("CLEAN_BOILER_PAGES"), &show)
	if show == 0 {
		return
	}
	want := -1
	fmt.Sscan(os.Getenv("CLEAN_BOILER_HALF"), &want)
	sort.Slice(pages, func(i, j int) bool { return pages[i].p < pages[j].p })
	for _, bp := range pages {
		if show == 0 {
			break
		}
		if want >= 0 && bp.half != want {
			continue
		}
		show--
		t.Logf("== %s half %d P %.3f R %.3f", bp.name[:12], bp.half, bp.p, bp.r)
		for _, s := range bp.paras {
			if len(s) > 160 {
				s = s[:160] + "..."
			}
			t.Logf("   + %s", s)
		}
	}
}
