package rules

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestFurniturePackLoads(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Furnitures()) < 10 {
		t.Fatalf("only %d furniture rules", len(set.Furnitures()))
	}
	if len(set.Metadatas()) == 0 {
		t.Fatal("no metadata rules")
	}
	content := 0
	for _, f := range set.Furnitures() {
		if f.Content {
			content++
		}
	}
	if content == 0 {
		t.Error("no content cues")
	}
}

func TestFurnitureValidation(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"kind: furniture\nrules:\n  - id: x\n    reason: Share Bar\n    classes: [share]\n", `x.yaml:3:5: rule "x": reason "Share Bar" is not a kebab-case word`},
		{"kind: furniture\nrules:\n  - id: x\n    reason: share-bar\n", `rule matches nothing`},
		{"kind: furniture\nrules:\n  - id: x\n    reason: share-bar\n    patterns: ['(']\n", `pattern "("`},
		{"kind: furniture\nrules:\n  - id: x\n    reason: press-boilerplate\n    trailers: ['[']\n", `pattern "["`},
		{"kind: furniture\nrules:\n  - id: x\n    content: true\n    reason: share-bar\n    classes: [body]\n", `a content rule has no reason`},
		{"kind: furniture\nrules:\n  - id: x\n    reason: share-bar\n    classes: [Share]\n", `must be non-empty lower case`},
		{"kind: furniture\nrules:\n  - id: x\n    classes: [share]\n", `reason is empty`},
		{"kind: furniture\nrules:\n  - id: x\n    reason: share-bar\n    clases: [share]\n", `unknown field "clases"`},
		{"kind: furniture\nrules:\n  - id: x\n    linklist: {share: 0, maxchars: 300}\n", `x.yaml:4:15: rule "x": share 0 is not a percentage from 1 to 99`},
		{"kind: furniture\nrules:\n  - id: x\n    linklist: {share: 100, maxchars: 300}\n", `share 100 is not a percentage`},
		{"kind: furniture\nrules:\n  - id: x\n    linklist: {share: 50}\n", `maxchars 0 is not positive`},
		{"kind: furniture\nrules:\n  - id: x\n    linkcard: {minlinks: 0, minchars: 80, share: 80}\n", `minlinks 0 is not positive`},
		{"kind: furniture\nrules:\n  - id: x\n    linkcard: {minlinks: 3, share: 80}\n", `minchars 0 is not positive`},
		{"kind: furniture\nrules:\n  - id: x\n    linkcard: {minlinks: 3, minchars: 80, share: 101}\n", `share 101 is not a percentage`},
		{"kind: furniture\nrules:\n  - id: x\n    prose: {minwords: 9, sentencewords: 8, longwords: 30, stopshare: 15, runendwords: 15}\n", `are not 0 < minwords <= sentencewords <= longwords`},
		{"kind: furniture\nrules:\n  - id: x\n    prose: {minwords: 5, sentencewords: 8, longwords: 30, stopshare: 150, runendwords: 15}\n", `stopshare 150 is not a percentage`},
		{"kind: furniture\nrules:\n  - id: x\n    prose: {minwords: 5, sentencewords: 8, longwords: 30, stopshare: 15}\n", `runendwords 0 is not positive`},
		{"kind: furniture\nrules:\n  - id: x\n    blockprose: {minchars: 40, linkshare: 40, shortchars: 30, longlinkshare: 60, unpunctuatedchars: 120}\n", `minchars 40 must be positive and at most shortchars 30`},
		{"kind: furniture\nrules:\n  - id: x\n    blockprose: {minchars: 40, linkshare: 70, shortchars: 100, longlinkshare: 60, unpunctuatedchars: 120}\n", `not percentages in order`},
		{"kind: furniture\nrules:\n  - id: x\n    indexpage: {minlinks: 40, linkratio: 3}\n", `bodydivisor 0 must be positive`},
		{"kind: furniture\nrules:\n  - id: x\n    teaserlist: {minitems: 3, share: 75, summarychars: 40, maxchars: 40}\n", `under maxchars 40`},
		{"kind: metadata\nrules:\n  - id: x\n", `rule is empty`},
		{"kind: metadata\nrules:\n  - id: x\n    words: [der, die]\n", `language and words go together`},
		{"kind: metadata\nrules:\n  - id: x\n    language: deu\n    words: [der]\n", `not a two-letter lower-case code`},
		{"kind: metadata\nrules:\n  - id: x\n    language: de\n    words: [Der]\n", `must be one lower-case word`},
	} {
		_, err := LoadFS(fstest.MapFS{"x.yaml": {Data: []byte(tc.yaml)}}, "")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.yaml, err, tc.want)
		}
	}
}

// TestTrailersCompile checks that the pack has trailer patterns and that
// each rule with trailers gives a reason for what they remove.
func TestTrailersCompile(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range set.Furnitures() {
		if len(f.Trailers) > 0 {
			n += len(f.Trailers)
			if f.Reason == "" {
				t.Errorf("rule %s has trailers but no reason", f.ID)
			}
		}
	}
	if n == 0 {
		t.Error("no trailer patterns")
	}
}

func TestFurnitureSelector(t *testing.T) {
	got := mergeErrors(t, "site.yaml", "kind: furniture\nrules:\n  - id: a\n    selector: \"div..x\"\n    content: true\n  - id: b\n    selector: div.x\n  - id: c\n    selector: div.story\n    content: true\n  - id: d\n    selector: aside.promo\n    reason: promotion\n")
	want := []string{
		`site.yaml:4:15: rule "a": selector "div..x": expected identifier, found . instead`,
		`site.yaml:6:5: rule "b": reason is empty (or set silent or content)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLinkListThresholds checks that the default pack gives the link-list
// thresholds and that a rule giving only them needs no reason.
func TestLinkListThresholds(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var got *LinkList
	for _, f := range set.Furnitures() {
		if f.LinkList != nil {
			got = f.LinkList
		}
	}
	if got == nil || got.Share != 50 || got.MaxChars != 300 {
		t.Errorf("link-list thresholds %+v, want share 50, maxchars 300", got)
	}
	var card *LinkCard
	for _, f := range set.Furnitures() {
		if f.LinkCard != nil {
			card = f.LinkCard
		}
	}
	if card == nil || *card != (LinkCard{MinLinks: 3, MinChars: 80, Share: 80}) {
		t.Errorf("link-card thresholds %+v, want 3 links, 80 characters, 80%%", card)
	}
	var prose *Prose
	for _, f := range set.Furnitures() {
		if f.Prose != nil {
			prose = f.Prose
		}
	}
	if prose == nil || *prose != (Prose{MinWords: 5, SentenceWords: 8, LongWords: 30, StopShare: 15, RunEndWords: 15}) {
		t.Errorf("prose thresholds %+v, want 5, 8, 30 words, 15%%, runs ending at 15 words", prose)
	}
	var block *BlockProse
	for _, f := range set.Furnitures() {
		if f.BlockProse != nil {
			block = f.BlockProse
		}
	}
	if block == nil || *block != (BlockProse{MinChars: 40, LinkShare: 40, ShortChars: 100, LongLinkShare: 60, UnpunctuatedChars: 120}) {
		t.Errorf("block prose thresholds %+v", block)
	}
	var index *IndexPage
	for _, f := range set.Furnitures() {
		if f.IndexPage != nil {
			index = f.IndexPage
		}
	}
	if index == nil || *index != (IndexPage{MinLinks: 40, LinkRatio: 3, BodyDivisor: 3}) {
		t.Errorf("index page thresholds %+v", index)
	}
	if _, err := LoadFS(fstest.MapFS{"x.yaml": {Data: []byte("kind: furniture\nrules:\n  - id: x\n    linklist: {share: 60, maxchars: 200}\n")}}, ""); err != nil {
		t.Errorf("a thresholds-only rule: %v", err)
	}
}
