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
