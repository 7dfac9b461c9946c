package compare

import (
	"math"
	"testing"
)

func TestStem(t *testing.T) {
	c := newComparer(t).cfg
	for _, forms := range [][]string{
		{"invest", "investment", "investments", "invested", "investing"},
		{"boost", "boosting", "boosted", "boosts"},
		{"company", "companies"},
		{"strike", "strikes"},
	} {
		want := c.stem(forms[0])
		for _, f := range forms[1:] {
			if got := c.stem(f); got != want {
				t.Errorf("stem(%q) = %q, stem(%q) = %q", f, got, forms[0], want)
			}
		}
	}
	if c.stem("is") != "is" {
		t.Errorf("a short word lost letters: %q", c.stem("is"))
	}
}

func TestDice(t *testing.T) {
	c := newComparer(t).cfg
	v := vocab{}
	a := c.contentOf(v, "invest $2bn in cyber security over the next five years", []string{"$2bn", "the next five years"})
	b := c.contentOf(v, "a spending plan to boost its cybersecurity operations", nil)
	same := c.contentOf(v, "investing in cyber security", nil)
	if len(a.words) != 3 {
		t.Errorf("content words of a: %d, want 3 (invest, cyber, security)", len(a.words))
	}
	if d := dice(a, same); math.Abs(d-1) > 1e-9 {
		t.Errorf("dice of one content in two forms = %v, want 1", d)
	}
	// "cyber security" meets "cybersecurity": one of a's two words (cyber
	// security counted once, invest) and one of b's five.
	if d, want := dice(a, b), 2.0/7; math.Abs(d-want) > 1e-9 {
		t.Errorf("dice across a compound = %v, want %v", d, want)
	}
	if d := dice(a, c.contentOf(v, "the weather was fine", nil)); d != 0 {
		t.Errorf("dice of unrelated texts = %v", d)
	}
	if d := dice(content{}, content{}); d != 0 {
		t.Errorf("dice of empty contents = %v", d)
	}
}
