package entities

import (
	"maps"
	"testing"
)

// TestSetIndexAnswersAsQuestions checks that the lexicon's index of set
// words answers each question of textSets and lowSets as answers does,
// for every word of the sets and for words of none.
func TestSetIndexAnswersAsQuestions(t *testing.T) {
	lx := testFinder(t).lx
	check := func(name string, sets []map[string]bool, qs uint64, shift question, table *wordTable, of func(string) *spelling) {
		all := map[string]bool{"": true, "zzyzx": true, "The": true, "the": true, "Inc": true}
		for _, s := range sets {
			maps.Copy(all, s)
		}
		for w := range all {
			got := uint64(table.at(w)) << shift
			for q := question(0); q < numQuestions; q++ {
				if qs&(1<<q) == 0 {
					continue
				}
				if want := answers[q](lx, of(w)); (got&(1<<q) != 0) != want {
					t.Errorf("%s index: question %d of %q is %v, want %v", name, q, w, !want, want)
				}
			}
		}
	}
	check("text", lx.textSetWords(), textSets, 0, &lx.textSets, func(w string) *spelling { return &spelling{text: w} })
	check("low", lx.lowSetWords(), lowSets, lowShift, &lx.lowSets, func(w string) *spelling { return &spelling{low: w} })
	if textSets&lowSets != 0 || numQuestions > 64 || textSets >= 1<<31 || lowSets>>lowShift >= 1<<31 {
		t.Errorf("the question sets overlap or do not fit their bits")
	}
}
