package crawl

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/crawl/corpus.warc.gz")

// corpusFixture is the crawl of the article corpus that CLI and scale-out
// tests read.
const corpusFixture = "../../testdata/crawl/corpus.warc.gz"

// corpusArticles are the articles of testdata/articles the fixture archives:
// a fixed list, so articles added to the corpus later leave it as it is.
var corpusArticles = []string{
	"aurora-airways-pilot-strike.html",
	"australia-first-home-pledge.html",
	"bharat-motors-quarterly-loss.txt",
	"business-section-front.html",
	"canary-islands-floating-wind.html",
	"de-bahn-streik-drohung.txt",
	"eu-dresden-chip-aid.html",
	"hospital-ransomware-attack.html",
	"huawei-2bn-cybersecurity.txt",
	"huawei-cybersecurity-push.txt",
	"interpol-african-fraud-arrests.txt",
	"japan-wage-support-package.html",
	"kestrel-copper-takeover-talks.txt",
	"lumora-charger-recall.html",
	"ohio-utility-sewage-settlement.txt",
	"senate-rail-safety-bill.txt",
	"senegal-vaccine-plant-orders.txt",
	"severnside-rovers-stadium-plan.txt",
	"uk-rural-broadband-pledge.html",
}

func corpusFiles(t *testing.T) []string {
	t.Helper()
	paths := make([]string, len(corpusArticles))
	for i, name := range corpusArticles {
		paths[i] = filepath.Join("../../testdata/articles", name)
	}
	return paths
}

func TestCorpusFixtureIsCurrent(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCorpus(&buf, corpusFiles(t), true); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.MkdirAll(filepath.Dir(corpusFixture), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(corpusFixture, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old, err := os.ReadFile(corpusFixture)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/crawl -update)", err)
	}
	if !bytes.Equal(old, buf.Bytes()) {
		t.Fatalf("%s is stale: run go test ./internal/crawl -update", corpusFixture)
	}
	n, pages := 0, 0
	for p := range Pages(bytes.NewReader(old), Options{MaxBytes: 1 << 24}) {
		n++
		if p.Err != nil {
			t.Fatal(p.Err)
		}
		if p.Skip == "" {
			pages++
		}
	}
	if want := len(corpusFiles(t)); pages != want || n != want+1 {
		t.Errorf("fixture holds %d records, %d pages; want %d pages and an image", n, pages, want)
	}
}
