package browsertest

import (
	"os"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/claimex/claimex/compare"
	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/report"
)

// TestCompareSectionInBrowser: the compare section is styled under the
// page's CSP, every member link of a shared group lands on a claim
// highlight, and following one makes that highlight the page's target.
func TestCompareSectionInBrowser(t *testing.T) {
	var articles []report.Article
	var inputs []compare.Input
	for _, path := range []string{"../../testdata/articles/huawei-2bn-cybersecurity.txt", "../../testdata/articles/huawei-cybersecurity-push.txt"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rec := extractRecord(t, data, path, extract.Input{Published: "2018-12-19"})
		articles = append(articles, report.Article{Source: path, Record: rec})
		inputs = append(inputs, compare.Input{Record: rec})
	}
	cmp, err := compare.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	p := openReportWith(t, articles, report.Options{Generator: "claimex test", Compare: cmp.Compare(inputs)})

	links := eval[[]string](t, p, `Array.from(document.querySelectorAll('#compare .s-corroborated a, #compare .s-conflicting a')).map(a => a.hash)`)
	if len(links) < 2 {
		t.Fatalf("shared groups link %q, want a corroborated group with members", links)
	}
	bad := eval[[]string](t, p, `Array.from(document.querySelectorAll('#compare .group a')).map(a => a.hash).filter(h => { const m = document.getElementById(decodeURIComponent(h.slice(1))); return !m || !m.matches('.text mark.claim'); })`)
	if len(bad) > 0 {
		t.Errorf("compare links %q reach no claim highlight", bad)
	}
	if color := eval[string](t, p, `getComputedStyle(document.querySelector('#compare .s-corroborated')).borderLeftColor`); color != "rgb(4, 120, 87)" {
		t.Errorf("a corroborated group's border is %q: the section's style did not apply", color)
	}
	if open := eval[bool](t, p, `document.querySelector('#compare details.singles').open`); open {
		t.Error("single-source groups should start folded")
	}
	if err := chromedp.Do(p.ctx, chromedp.Click(chromedp.CSS(`#compare .s-corroborated a`))); err != nil {
		t.Fatal(err)
	}
	if target := eval[string](t, p, `(document.querySelector(':target') || {}).id || ''`); "#"+target != links[0] {
		t.Errorf("following %s targets %q", links[0], target)
	}
	p.checkQuiet(t)
}
