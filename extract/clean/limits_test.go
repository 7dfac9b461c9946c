package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// cleanerWith builds a cleaner from the default packs with pack merged over them.
func cleanerWith(t *testing.T, pack string) (*Cleaner, error) {
	t.Helper()
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	if err := set.Merge("user.yaml", []byte(pack)); err != nil {
		t.Fatal(err)
	}
	return New(set)
}

// TestLinkListThresholdsFromPack checks that the link-list test reads its
// thresholds from the furniture pack.
func TestLinkListThresholdsFromPack(t *testing.T) {
	prose := strings.Repeat("<p>The council said on Monday that the new bridge would open in the spring after years of delays and rising costs.</p>", 4)
	page := "<html><body><article>" + prose +
		`<p><a href="/a">Mayor wins vote</a> and <a href="/b">Budget approved by council</a></p>` +
		prose + "</article></body></html>"
	const links = "Mayor wins vote"

	d := run(t, newCleaner(t), document.FormatHTML, page)
	if got := removedReason(d, links); got != ReasonLinkList {
		t.Fatalf("default thresholds: reason %q, want %q", got, ReasonLinkList)
	}

	c, err := cleanerWith(t, "kind: furniture\nrules:\n  - id: link-lists\n    linklist: {share: 95, maxchars: 300}\n")
	if err != nil {
		t.Fatal(err)
	}
	d = run(t, c, document.FormatHTML, page)
	if got := removedReason(d, links); got == ReasonLinkList {
		t.Errorf("share 95: block still removed as %q", got)
	}

	if _, err := cleanerWith(t, "kind: furniture\nrules:\n  - id: link-lists\n    disabled: true\n"); err == nil || !strings.Contains(err.Error(), "linklist") {
		t.Errorf("no thresholds: error %v, want one naming linklist", err)
	}
	if _, err := cleanerWith(t, "kind: furniture\nrules:\n  - id: link-cards\n    disabled: true\n"); err == nil || !strings.Contains(err.Error(), "linkcard") {
		t.Errorf("no card thresholds: error %v, want one naming linkcard", err)
	}
}

// TestLinkCardThresholdsFromPack checks that the link-card test inside a
// paragraph reads its thresholds from the furniture pack.
func TestLinkCardThresholdsFromPack(t *testing.T) {
	card := `<span><a href="/1">Council approves the new budget for next year</a> <a href="/2">Bridge opening delayed again</a> <a href="/3">Mayor answers questions from readers</a></span>`
	page := "<html><body><article>" + strings.Repeat("<p>The council said on Monday that the new bridge would open in the spring after years of delays and rising costs.</p>", 3) +
		"<p>The mayor, who has led the city since 2019, " + card + " said the delay was regrettable but unavoidable.</p>" +
		"</article></body></html>"
	const inCard = "Bridge opening delayed again"

	d := run(t, newCleaner(t), document.FormatHTML, page)
	if got := removedReason(d, inCard); got != ReasonLinkList {
		t.Fatalf("default thresholds: reason %q, want %q", got, ReasonLinkList)
	}
	checkKeepsDrops(t, d, []string{"said the delay was regrettable"}, []string{inCard})

	c, err := cleanerWith(t, "kind: furniture\nrules:\n  - id: link-cards\n    linkcard: {minlinks: 4, minchars: 80, share: 80}\n")
	if err != nil {
		t.Fatal(err)
	}
	d = run(t, c, document.FormatHTML, page)
	if got := removedReason(d, inCard); got == ReasonLinkList {
		t.Errorf("minlinks 4: card of three links still removed")
	}
}

// TestProseThresholdsFromPack checks that the prose test on lines reads its
// thresholds from the furniture pack.
func TestProseThresholdsFromPack(t *testing.T) {
	const line = "The vote was held today."
	if !newCleaner(t).isProse(line, words(line)) {
		t.Fatalf("default thresholds: %q is not prose", line)
	}
	c, err := cleanerWith(t, "kind: furniture\nrules:\n  - id: prose-lines\n    prose: {minwords: 6, sentencewords: 8, longwords: 30, stopshare: 15, runendwords: 15}\n")
	if err != nil {
		t.Fatal(err)
	}
	if c.isProse(line, words(line)) {
		t.Errorf("minwords 6: %q still prose", line)
	}
	if _, err := cleanerWith(t, "kind: furniture\nrules:\n  - id: prose-lines\n    disabled: true\n"); err == nil || !strings.Contains(err.Error(), "prose") {
		t.Errorf("no prose thresholds: error %v, want one naming prose", err)
	}
}

// TestBlockProseThresholdsFromPack checks that the prose test on HTML
// blocks reads its thresholds from the furniture pack.
func TestBlockProseThresholdsFromPack(t *testing.T) {
	b := newCleaner(t).blkProse
	e := &elem{n: &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}, own: 60, ownLink: 10, ownPunc: 1}
	if !e.prose(&b) {
		t.Fatal("default thresholds: 60 characters with punctuation are not prose")
	}
	b.MinChars = 61
	if e.prose(&b) {
		t.Error("minchars 61: 60 characters still prose")
	}
	b.MinChars, b.LinkShare = 40, 10
	if e.prose(&b) {
		t.Error("linkshare 10: a block with 16% link text still prose")
	}
	if _, err := cleanerWith(t, "kind: furniture\nrules:\n  - id: prose-blocks\n    disabled: true\n"); err == nil || !strings.Contains(err.Error(), "blockprose") {
		t.Errorf("no block prose thresholds: error %v, want one naming blockprose", err)
	}
}

// TestRunEndWordsFromPack checks that a furniture run under a header ends
// at a prose paragraph as long as the pack's runendwords.
func TestRunEndWordsFromPack(t *testing.T) {
	prose := strings.Repeat("<p>The council said on Monday that the new bridge would open in the spring after years of delays and rising costs.</p>", 3)
	page := "<html><body><article>" + prose +
		"<p>Related stories</p><p>Bridge opening delayed again</p>" +
		"<p>The engineers said the steel for the deck arrived late this year.</p>" +
		"</article></body></html>"
	const short = "The engineers said the steel"

	d := run(t, newCleaner(t), document.FormatHTML, page)
	if got := removedReason(d, short); got == "" {
		t.Fatalf("default thresholds: a 12-word paragraph ended the run")
	}
	c, err := cleanerWith(t, "kind: furniture\nrules:\n  - id: prose-lines\n    prose: {minwords: 5, sentencewords: 8, longwords: 30, stopshare: 15, runendwords: 10}\n")
	if err != nil {
		t.Fatal(err)
	}
	d = run(t, c, document.FormatHTML, page)
	checkKeepsDrops(t, d, []string{short}, []string{"Bridge opening delayed again"})
}

// TestIndexPageThresholdsFromPack checks that the index-page test reads its
// thresholds from the furniture pack.
func TestIndexPageThresholdsFromPack(t *testing.T) {
	c := newCleaner(t)
	p := &page{c: c, elems: []elem{{links: 40, subLink: 400, raw: 400}, {raw: 100}}}
	if !p.indexPage(1) {
		t.Fatal("default thresholds: 40 links of 4 times the body's prose is not an index")
	}
	c2, err := cleanerWith(t, "kind: furniture\nrules:\n  - id: index-pages\n    indexpage: {minlinks: 41, linkratio: 3, bodydivisor: 3}\n")
	if err != nil {
		t.Fatal(err)
	}
	p.c = c2
	if p.indexPage(1) {
		t.Error("minlinks 41: 40 links still an index")
	}
	if _, err := cleanerWith(t, "kind: furniture\nrules:\n  - id: index-pages\n    disabled: true\n"); err == nil || !strings.Contains(err.Error(), "indexpage") {
		t.Errorf("no index thresholds: error %v, want one naming indexpage", err)
	}
}
