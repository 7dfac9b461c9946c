package fold

import (
	"strings"
	"testing"
)

func TestLowerSharesForms(t *testing.T) {
	f := New()
	own := "said"
	if p := f.Lower(own, &own); p != &own {
		t.Errorf("a lower-case word gets a form of its own, want its own text")
	}
	a, b := "Said", "Said"
	pa, pb := f.Lower(a, &a), f.Lower(b, &b)
	if *pa != "said" || pa != pb {
		t.Errorf("Lower(Said) = %q at %p and %p, want one shared \"said\"", *pa, pa, pb)
	}
	for _, w := range []string{"ÉTAT", "état", "İstanbul"} {
		w := w
		if got, want := *f.Lower(w, &w), strings.ToLower(w); got != want {
			t.Errorf("Lower(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestIsLowerASCII(t *testing.T) {
	for s, want := range map[string]bool{"": true, "abc-1": true, "aBc": false, "é": false} {
		if got := IsLowerASCII(s); got != want {
			t.Errorf("IsLowerASCII(%q) = %v, want %v", s, got, want)
		}
	}
}
