package phrase

import "testing"

// TestRatioSubject checks that a ratio ("4 in 10") is a whole noun phrase,
// so that a listed verb after it heads a verb group, while a number that
// modifies a noun still joins it.
func TestRatioSubject(t *testing.T) {
	l := newLexicon(t)
	cases := []struct{ in, want string }{
		{"About 4 in 10 say they want change.",
			"About [NP *4] in [NP *10] [VG *say] [NP *they] [VG *want] [NP *change] | ."},
		{"Nearly nine out of 10 say they will stay.",
			"[NP Nearly *nine] out of [NP *10] [VG *say] [NP *they] [VG will *stay] | ."},
		{"The 30 states filed suits.",
			"[NP The *30] [NP states filed *suits] | ."},
	}
	var p Parse
	for _, c := range cases {
		parse(l, c.in, &p)
		if got := p.String(); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}
