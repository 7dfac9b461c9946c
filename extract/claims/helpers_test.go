package claims

import (
	"io/fs"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/segment"
	"github.com/claimex/claimex/rules"
)

// packs are the rule packs this stage reads, plus the segmenter's.
var packs = []string{"abbreviation.yaml", "attribution.yaml", "commitment.yaml", "hedge.yaml",
	"quote.yaml", "assertion.yaml", "claimant.yaml", "claimword.yaml", "title.yaml", "phrase.yaml",
	"gender.yaml", "gender-names-learned.yaml", "gender-names-list.yaml", "valueword.yaml", "valueword-context.yaml", "nameword.yaml",
	"orgcue.yaml"}

// testSet loads only the packs this stage needs, so the tests do not depend
// on the other stages' packs.
func testSet(tb testing.TB) *rules.Set {
	tb.Helper()
	fsys := fstest.MapFS{}
	for _, name := range packs {
		data, err := fs.ReadFile(rules.Default, name)
		if err != nil {
			tb.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	set, err := rules.LoadFS(fsys, "embedded:")
	if err != nil {
		tb.Fatal(err)
	}
	return set
}

// newDoc segments text into a document ready for the claims stage.
func newDoc(set *rules.Set, text string) *document.Document {
	d := &document.Document{Text: text}
	segment.New(set).Run(d)
	return d
}

// claimCase is one text, the entities found in it and the claim it must give.
type claimCase struct {
	name string
	text string
	ents []ent
	want want
}

// runClaimCases runs the claims stage on each case's text and checks its claim.
func runClaimCases(t *testing.T, cases []claimCase) {
	t.Helper()
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, tc.text, tc.ents...)
			checkWant(t, d, tc.want)
		})
	}
}

// claimantCase is one text and the claimant of the claim it checks, "" for
// none.
type claimantCase struct{ name, text, claimant string }

// runClaimantCases runs the claims stage on each case's text, after lead
// and with the entities ents, and checks the claimant that pick takes from
// the claims' claimant names (lastName, firstName).
func runClaimantCases(t *testing.T, lead string, pick func([]string) string, cases []claimantCase, ents ...ent) {
	t.Helper()
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, lead+tc.text, ents...)
			if got := pick(claimantNames(d)); got != tc.claimant {
				t.Errorf("%q: claimant %q, want %q", tc.text, got, tc.claimant)
			}
		})
	}
}

// testFinder returns the stage's test packs and a finder built from them.
func testFinder(tb testing.TB) (*rules.Set, *Finder) {
	tb.Helper()
	set := testSet(tb)
	f, err := New(set)
	if err != nil {
		tb.Fatal(err)
	}
	return set, f
}

// runOn builds a document of text with the given entities and runs the
// claims stage f on it.
func runOn(t *testing.T, set *rules.Set, f *Finder, text string, ents ...ent) *document.Document {
	t.Helper()
	d := newDoc(set, text)
	withEntities(d, ents)
	if err := f.Run(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// claimantNames returns the claimant names of d's claims other than
// assertions, in order, leaving out claims without a claimant.
func claimantNames(d *document.Document) []string {
	var names []string
	for _, c := range d.Claims {
		if c.Kind != document.Assertion && c.Claimant != nil {
			names = append(names, c.Claimant.Name)
		}
	}
	return names
}

// firstName returns the first of names, or "" when there is none.
func firstName(names []string) string {
	if len(names) == 0 {
		return ""
	}
	return names[0]
}

// lastName returns the last of names, or "" when there is none.
func lastName(names []string) string {
	if len(names) == 0 {
		return ""
	}
	return names[len(names)-1]
}

// hasClaimText reports whether d holds a claim of the kind whose text is text.
func hasClaimText(d *document.Document, kind, text string) bool {
	return claimWith(d, kind, text) != nil
}

// claimThrough reports whether d holds a claim whose cue is cue and whose
// text is text, by the claimant who.
func claimThrough(d *document.Document, cue, text, who string) bool {
	for _, c := range d.Claims {
		if c.Cue == cue && c.Text == text && claimantIs(d, c.Claimant, who) {
			return true
		}
	}
	return false
}

// claimWith returns the first claim of d of the kind whose text is text, or nil.
func claimWith(d *document.Document, kind, text string) *document.Claim {
	for i := range d.Claims {
		if c := &d.Claims[i]; c.Kind == kind && c.Text == text {
			return c
		}
	}
	return nil
}

// wantClaimBy checks that each text gives a claim of the kind whose text is
// the text's value, by claimant.
func wantClaimBy(t *testing.T, set *rules.Set, f *Finder, kind, claimant string, cases map[string]string, ents ...ent) {
	t.Helper()
	for text, want := range cases {
		d := runOn(t, set, f, text, ents...)
		c := claimWith(d, kind, want)
		if c == nil || c.Claimant == nil || c.Claimant.Name != claimant {
			t.Errorf("%q: no %s claim %q by %s in %+v", text, kind, want, claimant, d.Claims)
		}
	}
}

// mariaHolt is the person the frame tests' sentences name.
var mariaHolt = ent{document.Person, "Maria Holt", nil}

// wantReportedByHolt checks that each text, naming Maria Holt, gives a
// reported claim by her whose text is the text's value.
func wantReportedByHolt(t *testing.T, cases map[string]string) {
	t.Helper()
	set, f := testFinder(t)
	wantClaimBy(t, set, f, document.Reported, mariaHolt.name, cases, mariaHolt)
}

// wantNoClaimOf checks that no text gives a claim of the kind.
func wantNoClaimOf(t *testing.T, set *rules.Set, f *Finder, kind string, texts []string, ents ...ent) {
	t.Helper()
	for _, text := range texts {
		for _, c := range runOn(t, set, f, text, ents...).Claims {
			if c.Kind == kind {
				t.Errorf("%q: an unwanted %s claim: %+v", text, kind, c)
			}
		}
	}
}

// wantNoClaimWithCue checks that no text gives a claim whose cue is one of
// cues: the word there is no cue in that sentence.
func wantNoClaimWithCue(t *testing.T, texts []string, cues []string, ents ...ent) {
	t.Helper()
	set, f := testFinder(t)
	for _, text := range texts {
		for _, c := range runOn(t, set, f, text, ents...).Claims {
			if slices.Contains(cues, c.Cue) {
				t.Errorf("%q: %q became a cue: %q", text, c.Cue, c.Text)
			}
		}
	}
}

// cueClaimant returns the claimant name of d's last claim with cue cue, ""
// when it has none, and whether a claim of that cue was found.
func cueClaimant(d *document.Document, cue string) (string, bool) {
	name, found := "", false
	for _, c := range d.Claims {
		if c.Cue != cue {
			continue
		}
		name, found = "", true
		if c.Claimant != nil {
			name = c.Claimant.Name
		}
	}
	return name, found
}
