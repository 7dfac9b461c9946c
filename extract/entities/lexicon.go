package entities

import "strings"

// gazEntry is one form of a gazetteer name.
type gazEntry struct {
	typ   string
	group int  // index of the named thing; forms of one thing share it
	fold  bool // entry of the case-folded table
}

// phraseSet holds word sequences (token texts joined by a space) with the
// longest length per first word, for longest-match lookups.
type phraseSet struct {
	set    map[string]bool
	maxLen map[string]int // first word → most words in a phrase starting with it
}

func newPhraseSet() phraseSet {
	return phraseSet{set: map[string]bool{}, maxLen: map[string]int{}}
}

func (p phraseSet) add(words []string) {
	if len(words) == 0 {
		return
	}
	p.set[strings.Join(words, " ")] = true
	if len(words) > p.maxLen[words[0]] {
		p.maxLen[words[0]] = len(words)
	}
}

// lexicon is everything the finder knows from the rule set. It is read-only
// after New.
type lexicon struct {
	gaz      gazTable     // exact forms
	gazFold  gazTable     // lower-cased forms, for all-capitals text
	gazMax   wordTable    // first token → longest form in tokens (exact)
	gazMaxF  wordTable    // same, lower case
	gazFull  []string     // group → full form
	country  map[int]bool // groups that are countries (national teams stay places)
	titles   phraseSet    // lower case
	honor    map[string]bool
	modifier map[string]bool
	suffix   map[string]bool
	head     map[string]bool
	role     map[string]bool
	refers   map[string]roleRef // role noun → the organizations it names
	plSuffix map[string]bool
	plHead   map[string]bool
	event    map[string]bool
	clubHead map[string]bool
	product  map[string]bool
	// moneyPrefix holds the letters of currency symbols written before a
	// sign ("HK" of "HK$", "NZ" of "NZ$"), which are no names there.
	moneyPrefix map[string]string
	// eventFold holds the event suffixes in lower case ("grand prix",
	// "marathon"), for events named by their place: "the Brussels grand prix".
	eventFold map[string]bool
	town      map[string]bool
	calendar  map[string]bool // day and month names and their abbreviations
	generic   map[string]bool // words for bodies and directions in general ("government", "north")
	company   map[string]bool // suffixes of companies ("Airways", "Mining", "Ltd")
	legal     map[string]bool // legal forms ("Ltd", "Co.", "A/S")
	public    map[string]bool // words of public bodies' names ("Commission", "Ministry")
	apart     map[string]bool // words of a state's bodies that a nationality before them stays out of ("Ministry")
	common    wordTable       // common words; the values are unused
	never     map[string]bool
	given     wordTable // first names of the gender packs, as written: "Elizabeth"; the values are gender bits
	// honorGender maps the lower-case forms of address of the gender packs
	// to their gender bits: "mrs" is female.
	honorGender map[string]int
	before      map[string]cue // lower-case phrase before a name
	after       map[string]cue // lower-case phrase after a name
	cueMax      int
	// beforeMax and afterMax map the first words of the cues to the most
	// words of a cue starting with them.
	beforeMax, afterMax map[string]int
	// textSets and lowSets index the words of the sets some questions ask
	// of, with their answers as bits (see indexSets).
	textSets, lowSets wordTable
	sportHead         map[string]bool
	// sportHeadMax is the longest sport name in words ("motor racing").
	sportHeadMax int
	sportWord    map[string]bool
	fn           nameWords
}

// roleRef says which organizations a role noun names: those with one of
// words in their name, else (with fallback) the one most in view.
type roleRef struct {
	words    map[string]bool
	fallback bool
}

// cue is what a context word says about a name.
type cue struct {
	typ    string
	weak   bool
	sports bool
	single bool
	multi  bool
	// fixture joins two sides of a fixture: it holds for long names too.
	fixture bool
}

// isCommon reports whether the lower-case word w, or its singular, is a common word.
func (lx *lexicon) isCommon(w string) bool {
	if lx.common.has(w) {
		return true
	}
	if lx.fn.inflected(w) {
		for _, st := range lx.fn.stems {
			stem, cut := strings.CutSuffix(w, st.End)
			if !cut && st.Add == "" {
				continue // w itself, which is no common word
			}
			if lx.common.has(stem + st.Add) {
				return true
			}
		}
	}
	if len(w) <= 3 {
		return false
	}
	if s, ok := lx.fn.singular(w); ok && lx.common.has(s) {
		return true
	}
	for _, e := range lx.fn.sibilantPlural {
		if stem, ok := strings.CutSuffix(w, e); ok && lx.common.has(stem) && endsWith(stem, lx.fn.sibilantStem) {
			return true
		}
	}
	return false
}
