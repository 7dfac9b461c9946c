package values

import "testing"

// startCase asks whether a value may begin at token at of text.
type startCase struct {
	text string
	at   int
	want bool
}

func checkStarts(t *testing.T, cases []startCase) {
	t.Helper()
	f := newTestFinder(t)
	for _, c := range cases {
		ts := tokenize(c.text)
		f.lex.prepare(ts)
		if got := f.starts(ts, c.at); got != c.want {
			t.Errorf("starts(%q, token %d %q) = %v, want %v", c.text, c.at, ts[c.at].raw, got, c.want)
		}
	}
}

// TestStartsAtPunctuation: a punctuation token opens a value only when it is
// a number character, a recognizer's symbol, or comes before a digit.
func TestStartsAtPunctuation(t *testing.T) {
	checkStarts(t, []startCase{
		{"in the '60s", 2, true},   // the apostrophe before "60"
		{"fell -5.4%", 1, true},    // a sign
		{"about ½ cup", 1, true},   // a number character
		{"a £2m plan", 1, true},    // a currency symbol
		{"yes, he said", 1, false}, // a comma
		{"(the plan)", 0, false},   // a parenthesis before a word
		{"it rose 5%", 2, true},    // a digit
		{"it rose fast", 2, false}, // a word that starts no value
	})
}

// TestStartsAtWords: a leading word opens a value only before a value's
// word, and the first word of a longer phrase only where the phrase matches.
func TestStartsAtWords(t *testing.T) {
	checkStarts(t, []startCase{
		{"the 1990s", 0, true},
		{"the dog", 0, false},
		{"in May", 0, true},
		{"in the first quarter", 0, true},
		{"in Chicago", 0, false},
		{"a year ago", 0, true},
		{"a dog", 0, false},
		{"the\n\n2020 plan", 0, false}, // a blank line ends the lead
		{"Trump's plan", 2, false},     // the "s" of a possessive
		{"now", 0, true},
	})
}
