package entities

import (
	"testing"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/segment"
)

// runWith finds the entities of text with pack merged over the default rules.
func runWith(t *testing.T, pack, text string) *document.Document {
	t.Helper()
	set := testSet(t).Clone()
	if err := set.Merge("test.yaml", []byte(pack)); err != nil {
		t.Fatal(err)
	}
	f, err := New(set)
	if err != nil {
		t.Fatal(err)
	}
	d := &document.Document{Text: text}
	segment.New(set).Run(d)
	if err := f.Run(d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestLearnedGazetteers(t *testing.T) {
	const pack = `kind: gazetteer
rules:
  - id: learned-test-other
    type: MISC
    names: ["Zorblax Open"]
  - id: learned-test-people
    type: PERSON
    names: ["Quenby Vastro", "London"]
`
	d := runWith(t, pack, "Quenby Vastro won the Zorblax Open in London on Sunday, officials said.")
	if e := find(d, "Zorblax Open"); e != nil {
		t.Errorf("a MISC name is reported as %s", e.Type)
	}
	if e := find(d, "Quenby Vastro"); e == nil || e.Type != document.Person {
		t.Errorf("learned person = %+v", e)
	}
	// A learned entry never overrides a hand-written list.
	if e := find(d, "London"); e == nil || e.Type != document.GPE {
		t.Errorf("London = %+v, want the listed place", e)
	}
}

// TestNameWordsAreData checks that the particles joining personal names come
// from the nameword pack: without them "van" splits the name.
func TestNameWordsAreData(t *testing.T) {
	const text = "The orchestra played a symphony by Ludwig van Beethoven on Friday, its director said."
	if d := runWith(t, "kind: nameword\nrules:\n  - id: extra\n    syllables: [zzz]\n", text); find(d, "Ludwig van Beethoven") == nil {
		t.Fatalf("with the default particles: %v", names(d))
	}
	d := runWith(t, "kind: nameword\nrules:\n  - id: particles\n    disabled: true\n", text)
	if find(d, "Ludwig van Beethoven") != nil {
		t.Errorf("the name is joined without the particles rule: %v", names(d))
	}
}

// TestPluralEndingsAreData checks that plurals of nationality words come from
// the nameword pack's endings: without them "Iraqis" is no nationality.
func TestPluralEndingsAreData(t *testing.T) {
	const text = "Thousands of Iraqis marched in Baghdad on Friday, officials said."
	norp := func(d *document.Document) bool {
		e := find(d, "Iraqis")
		return e != nil && e.Type == document.NORP
	}
	if d := runWith(t, "kind: nameword\nrules:\n  - id: extra\n    syllables: [zzz]\n", text); !norp(d) {
		t.Fatalf("with the default endings: %v", names(d))
	}
	if d := runWith(t, "kind: nameword\nrules:\n  - id: endings\n    disabled: true\n", text); norp(d) {
		t.Errorf("a nationality plural without the endings rule: %v", names(d))
	}
}
