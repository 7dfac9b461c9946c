package clean

import "testing"

func TestNameSet(t *testing.T) {
	s := newNameSet("class", "id", "style", "class", "")
	for name, want := range map[string]bool{"class": true, "id": true, "style": true, "": true, "clas": false, "ids": false, "data-src": false, "Class": false} {
		if got := s.has(name); got != want {
			t.Errorf("has(%q) = %v, want %v", name, got, want)
		}
	}
	if newNameSet().has("") {
		t.Error("the empty set holds the empty name")
	}
}
