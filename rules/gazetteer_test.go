package rules

import (
	"strings"
	"testing"
)

func TestEntityKindsLoad(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatalf("LoadDefault: %v", err)
	}
	if n := len(set.Gazetteers()); n < 5 {
		t.Errorf("%d gazetteer rules, want at least 5", n)
	}
	found := false
	for _, g := range set.Gazetteers() {
		for _, n := range g.Names {
			if Variants(n)[0] == "United Kingdom" && g.Type == "GPE" {
				found = true
			}
		}
	}
	if !found {
		t.Error("no GPE United Kingdom in the gazetteers")
	}
	if len(set.Titles()) == 0 || len(set.OrgCues()) == 0 || len(set.NameCues()) == 0 || len(set.CommonWords()) == 0 || len(set.Topics()) == 0 {
		t.Error("an entity rule kind is empty")
	}
}

func TestEntityKindsValidate(t *testing.T) {
	for _, c := range []struct{ pack, want string }{
		{"kind: gazetteer\nrules:\n  - id: x\n    type: CITY\n    names: [Paris]\n", "type \"CITY\""},
		{"kind: gazetteer\nrules:\n  - id: x\n    type: GPE\n    names: [\"Paris||Lutetia\"]\n", "empty variant"},
		{"kind: orgcue\nrules:\n  - id: x\n    position: middle\n    words: [Inc]\n", "position \"middle\""},
		{"kind: namecue\nrules:\n  - id: x\n    type: PERSON\n", "both empty"},
		{"kind: namecue\nrules:\n  - id: x\n    type: ORG\n    single: true\n    multi: true\n    after: [which]\n", "exclude each other"},
		{"kind: orgcue\nrules:\n  - id: x\n    position: suffix\n    words: [Inc]\n    refers: [Inc]\n", "role nouns only"},
		{"kind: title\nrules:\n  - id: x\n    words: []\n", "words is empty"},
		{"kind: topic\nrules:\n  - id: x\n    topic: weather\n    words: [rain]\n", "topic \"weather\""},
		{"kind: commonword\nrules:\n  - id: x\n    nevr: true\n    words: [a]\n", "unknown field \"nevr\""},
	} {
		err := (&Set{}).Merge("user.yaml", []byte(c.pack))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want it to mention %s", c.pack, err, c.want)
		}
	}
}
