package rules

import (
	"strings"
	"testing"
)

func TestComparePack(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	classes := map[string]int{}
	for _, r := range set.Compares() {
		classes[r.Class]++
	}
	for _, c := range []string{CompareWeights, CompareTolerance, CompareStopwords, CompareDescriptor, CompareSuffixes, CompareKindFamily, CompareCueFamily} {
		if classes[c] == 0 {
			t.Errorf("the default compare pack has no %s rule", c)
		}
	}
}

func TestComparePackErrors(t *testing.T) {
	cases := []struct{ pack, want string }{
		{"kind: compare\nrules:\n  - id: x\n    class: weights\n    weights: {claimant: 1, clamant: 2}\n", `unknown weight "clamant"`},
		{"kind: compare\nrules:\n  - id: x\n    class: weights\n", "weights is empty"},
		{"kind: compare\nrules:\n  - id: x\n    class: tolerance\n    weights: {exact: -1}\n", "tolerance exact is negative"},
		{"kind: compare\nrules:\n  - id: x\n    class: tolerance\n    weights: {threshold: 1}\n", `unknown weight "threshold"`},
		{"kind: compare\nrules:\n  - id: x\n    class: stopwords\n    words: [The]\n", "not lower case"},
		{"kind: compare\nrules:\n  - id: x\n    class: stopwords\n", "words is empty"},
		{"kind: compare\nrules:\n  - id: x\n    class: suffixes\n    suffixes: [{suffix: ing}]\n", "min_stem of at least 1"},
		{"kind: compare\nrules:\n  - id: x\n    class: synonyms\n    words: [a]\n", `class "synonyms": want weights`},
		{"kind: compare\nrules:\n  - id: x\n    class: suffixes\n    suffixes: [{sufix: ing}]\n", `unknown field "sufix"`},
	}
	for _, tc := range cases {
		set, err := LoadDefault()
		if err != nil {
			t.Fatal(err)
		}
		err = set.Merge("x.yaml", []byte(tc.pack))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want an error with %q", tc.pack, err, tc.want)
		}
	}
}
