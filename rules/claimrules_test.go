package rules

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// TestClaimPacks loads the embedded packs of the claims stage.
func TestClaimPacks(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, name := range []string{"attribution.yaml", "commitment.yaml", "hedge.yaml", "quote.yaml", "assertion.yaml", "claimant.yaml"} {
		data, err := fs.ReadFile(Default, name)
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	set, err := LoadFS(fsys, "embedded:")
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Attributions()) == 0 || len(set.Commitments()) == 0 || len(set.Hedges()) == 0 ||
		len(set.Quotes()) == 0 || len(set.Assertions()) == 0 || len(set.Claimants()) == 0 {
		t.Errorf("a claims pack is empty: %d %d %d %d %d %d", len(set.Attributions()), len(set.Commitments()),
			len(set.Hedges()), len(set.Quotes()), len(set.Assertions()), len(set.Claimants()))
	}
}

// TestClaimPackErrors checks that bad claims rules are refused at their position.
func TestClaimPackErrors(t *testing.T) {
	cases := []struct{ pack, want string }{
		{"kind: attribution\nrules:\n  - id: x\n    cues: [said]\n", "x.yaml:3:5: rule \"x\": no frame"},
		{"kind: attribution\nrules:\n  - id: x\n    before: true\n", "cues, lemmas and bases are empty"},
		{"kind: attribution\nrules:\n  - id: x\n    acts: [Paid]\n", "not lower case"},
		{"kind: attribution\nrules:\n  - id: x\n    rebuttal: true\n    cues: [denied]\n", "a rebuttal needs nouns"},
		{"kind: attribution\nrules:\n  - id: x\n    before: true\n    cues: [Said]\n", "not lower case"},
		{"kind: attribution\nrules:\n  - id: x\n    before: true\n    cues: [compared]\n    not_before: [next to]\n", "not_before: \"next to\" is a phrase"},
		{"kind: attribution\nrules:\n  - id: x\n    before: true\n    cues: [\"said  that\"]\n", "doubled space"},
		{"kind: attribution\nrules:\n  - id: x\n    befor: true\n", "unknown field \"befor\""},
		{"kind: claimword\nrules:\n  - id: x\n    role: verb\n    words: [spoke]\n", "role \"verb\""},
		{"kind: claimword\nrules:\n  - id: x\n    role: contact-verb\n", "words is empty"},
		{"kind: claimword\nrules:\n  - id: x\n    role: proform-after\n    words: [As much]\n", "not lower case"},
		{"kind: attribution\nrules:\n  - id: x\n    complement: true\n", "cues, lemmas and bases are empty"},
		{"kind: attribution\nrules:\n  - id: x\n    complement: true\n    cues: [Shows]\n", "not lower case"},
		{"kind: commitment\nrules:\n  - id: x\n    cues: [vowed]\n    window: -1\n", "window is negative"},
		{"kind: commitment\nrules:\n  - id: x\n    cues: [vowed]\n    objects: [Vowed]\n", "not lower case"},
		{"kind: hedge\nrules:\n  - id: x\n", "words is empty"},
		{"kind: quote\nrules:\n  - id: x\n    pairs: [\"«\"]\n", "a pair is two characters"},
		{"kind: quote\nrules:\n  - id: x\n    toggles: [\"ab\"]\n", "a toggle is one character"},
		{"kind: assertion\nrules:\n  - id: x\n", "events and auxiliaries are empty"},
		{"kind: claimant\nrules:\n  - id: x\n    role: speaker\n    words: [he]\n", "role \"speaker\""},
		{"kind: claimant\nrules:\n  - id: x\n    role: agent\n    words: [Officials]\n", "not lower case"},
	}
	for _, tc := range cases {
		_, err := LoadFS(fstest.MapFS{"x.yaml": &fstest.MapFile{Data: []byte(tc.pack)}}, "")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("pack %q: got error %v, want one containing %q", tc.pack, err, tc.want)
		}
	}
}

// TestPhrasePack checks the embedded phrase pack and its refusals.
func TestPhrasePack(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	classes := map[string]bool{}
	for _, r := range set.Phrases() {
		classes[r.Class] = true
	}
	for _, c := range phraseClasses {
		if !classes[c] {
			t.Errorf("no phrase rule of class %q", c)
		}
	}
	cases := []struct{ pack, want string }{
		{"kind: phrase\nrules:\n  - id: x\n    class: noun\n    words: [cat]\n", "class \"noun\" is not one of"},
		{"kind: phrase\nrules:\n  - id: x\n    class: adverb\n", "words and suffixes are empty"},
		{"kind: phrase\nrules:\n  - id: x\n    class: adverb\n    words: [very much]\n", "not a single word"},
		{"kind: phrase\nrules:\n  - id: x\n    class: adverb\n    suffixes: [LY]\n", "not lower case"},
	}
	for _, tc := range cases {
		_, err := LoadFS(fstest.MapFS{"x.yaml": &fstest.MapFile{Data: []byte(tc.pack)}}, "")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("pack %q: got error %v, want one containing %q", tc.pack, err, tc.want)
		}
	}
}

// TestClaimWordRoles checks that the embedded claim word pack fills every
// role the claims stage reads.
func TestClaimWordRoles(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	filled := map[string]int{}
	for _, r := range set.ClaimWords() {
		filled[r.Role] += len(r.Words)
	}
	for _, role := range ClaimWordRoles {
		if filled[role] == 0 {
			t.Errorf("role %q has no words", role)
		}
	}
}

// TestGenderPack checks that the gender packs load, that each gender has its
// pronouns, and that bad gender rules are refused.
func TestGenderPack(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	pronouns := map[string]string{}
	for _, g := range set.Genders() {
		for _, p := range g.Pronouns {
			pronouns[p] = g.Gender
		}
	}
	for p, want := range map[string]string{"he": GenderMale, "she": GenderFemale, "they": GenderPlural} {
		if pronouns[p] != want {
			t.Errorf("pronoun %q: gender %q, want %q", p, pronouns[p], want)
		}
	}
	for _, tc := range []struct{ pack, want string }{
		{"kind: gender\nrules:\n  - id: x\n    gender: neuter\n    pronouns: [it]\n", "want male, female or plural"},
		{"kind: gender\nrules:\n  - id: x\n    gender: male\n", "are empty"},
		{"kind: gender\nrules:\n  - id: x\n    gender: male\n    titles: [Mr]\n", "not lower case"},
	} {
		_, err := LoadFS(fstest.MapFS{"x.yaml": {Data: []byte(tc.pack)}}, "")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.pack, err, tc.want)
		}
	}
}

// TestClaimWordEndings checks that the ending roles of the embedded claim
// word pack hold bare endings, which the claims stage matches against the
// end of one word, and that the time roles keep their readings apart.
func TestClaimWordEndings(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	endings := map[WordRole]bool{WordParticipleEnd: true, WordAdverbEnd: true, WordPluralEnd: true,
		WordSingularEnd: true, WordMassEnd: true, WordGerundEnd: true, WordPastEnd: true}
	words := map[WordRole]map[string]bool{}
	for _, r := range set.ClaimWords() {
		role, _ := WordRoleNamed(r.Role)
		if words[role] == nil {
			words[role] = map[string]bool{}
		}
		for _, w := range r.Words {
			words[role][w] = true
			if endings[role] && strings.ContainsRune(w, ' ') {
				t.Errorf("role %q: ending %q has a space", r.Role, w)
			}
		}
	}
	for w := range words[WordRelativeLink] {
		if !words[WordTimeDeterminer][w] {
			t.Errorf("relative-link %q is no time-determiner", w)
		}
	}
	if words[WordTimeUnit]["week"] != true || words[WordGerundEnd]["ing"] != true {
		t.Errorf("time-unit or gerund-suffix lost its core word: %v %v", words[WordTimeUnit], words[WordGerundEnd])
	}
}

// TestClaimWordSpeakerRoles checks that the speaker roles of the embedded
// claim word pack hold single words, which the claims stage matches against
// one token, that no pronoun is both a speaker and a word that ends none,
// that the passive participles are those an -ed ending does not catch, and
// that the aside adverbs are phrases of two words, as the claims stage reads
// them.
func TestClaimWordSpeakerRoles(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	single := map[WordRole]bool{WordQuantifier: true, WordSubjectPronoun: true, WordObjectPronoun: true,
		WordPassiveAux: true, WordPassivePart: true, WordNameParticle: true, WordNameJoiner: true, WordProxyNoun: true,
		WordSubjectRelative: true, WordAsidePrep: true, WordPhraseJoiner: true, WordPersonPossess: true, WordBodyPronoun: true,
		WordDefiniteArt: true, WordIndefiniteArt: true, WordPredicateMarker: true, WordReaderPronoun: true}
	words := map[WordRole]map[string]bool{}
	for _, r := range set.ClaimWords() {
		role, _ := WordRoleNamed(r.Role)
		if role == WordAsideAdverb {
			for _, w := range r.Words {
				if len(strings.Fields(w)) != 2 {
					t.Errorf("aside-adverb %q: want two words", w)
				}
			}
		}
		if !single[role] {
			continue
		}
		if words[role] == nil {
			words[role] = map[string]bool{}
		}
		for _, w := range r.Words {
			words[role][w] = true
			if strings.ContainsRune(w, ' ') {
				t.Errorf("role %q: %q is a phrase, want one word", r.Role, w)
			}
		}
	}
	for w := range words[WordSubjectPronoun] {
		if words[WordObjectPronoun][w] {
			t.Errorf("%q is both a subject-pronoun and an object-pronoun", w)
		}
	}
	for w := range words[WordPassivePart] {
		if strings.HasSuffix(w, "ed") {
			t.Errorf("passive-participle %q ends in -ed, which is read by its ending", w)
		}
	}
	if !words[WordPassiveAux]["was"] || !words[WordNameJoiner]["&"] || !words[WordSubjectPronoun]["he"] {
		t.Errorf("a speaker role lost its core word: %v %v %v", words[WordPassiveAux], words[WordNameJoiner], words[WordSubjectPronoun])
	}
}
