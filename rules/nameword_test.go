package rules

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestNameWordEndings checks that the embedded name word pack holds the word
// endings the entity finder reads, and that a stem without an ending is
// refused.
func TestNameWordEndings(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var inflected, plural, nationality, stems int
	for _, n := range set.NameWords() {
		inflected += len(n.InflectedEndings)
		plural += len(n.PluralEndings)
		nationality += len(n.NationalityPlurals)
		stems += len(n.Stems)
	}
	if inflected == 0 || plural == 0 || nationality == 0 || stems == 0 {
		t.Errorf("endings missing: inflected %d, plural %d, nationality %d, stems %d", inflected, plural, nationality, stems)
	}
	pack := "kind: nameword\nrules:\n  - id: x\n    stems: [{add: e}]\n"
	_, err = LoadFS(fstest.MapFS{"x.yaml": &fstest.MapFile{Data: []byte(pack)}}, "")
	if err == nil || !strings.Contains(err.Error(), "end is empty") {
		t.Errorf("stem without an end: got error %v", err)
	}
}
