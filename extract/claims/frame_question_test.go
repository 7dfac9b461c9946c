package claims

import "testing"

// TestQuestions checks the matter of a question put to someone: from "about"
// or the question word to the end of its phrase, and nothing for a request.
func TestQuestions(t *testing.T) {
	set := testSet(t)
	f, err := New(set)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, want string }{
		{"Asked about the merger, Smith said the deal was good for workers.", "about the merger"},
		{"Asked which county was his favorite, he smiled.", "which county was his favorite"},
		{"The mayor was asked whether the bridge would reopen in the spring.", "whether the bridge would reopen in the spring"},
		{"The mayor was asked about the budget during a debate on Monday.", "about the budget"},
		{"The mayor was asked to leave the room.", ""},
		{"The council asked for more time.", ""},
	}
	for _, tc := range cases {
		d := newDoc(set, tc.text)
		if err := f.Run(d); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, c := range d.Claims {
			if c.Rule == ruleQuestion {
				got = c.Text
			}
		}
		if got != tc.want {
			t.Errorf("%q: question %q, want %q", tc.text, got, tc.want)
		}
	}
}
