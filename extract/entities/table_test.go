package entities

import (
	"strconv"
	"testing"
)

func TestWordTable(t *testing.T) {
	var tab wordTable
	if tab.has("x") || tab.at("x") != 0 {
		t.Fatal("the empty table holds a key")
	}
	want := map[string]int{"": 7}
	tab.put("", 7)
	for i := range 5000 { // grows from 8 slots many times
		k := "w" + strconv.Itoa(i*7919)
		tab.put(k, i)
		want[k] = i
	}
	tab.put("w0", -3) // overwrites
	want["w0"] = -3
	if tab.n != len(want) {
		t.Fatalf("n = %d, want %d", tab.n, len(want))
	}
	for k, v := range want {
		if got, ok := tab.get(k); !ok || got != v {
			t.Errorf("get(%q) = %d, %v; want %d", k, got, ok, v)
		}
	}
	for _, k := range []string{"w1", "w", "w00", "W0", "w0 "} {
		if tab.has(k) {
			t.Errorf("has(%q) for a key never put", k)
		}
	}
	if 4*tab.n > 3*len(tab.slots) {
		t.Errorf("%d keys in %d slots: over 3/4 full", tab.n, len(tab.slots))
	}
}

func TestGazTable(t *testing.T) {
	g := newGazTable(2)
	g.put("Paris", gazEntry{typ: "GPE", group: 1})
	g.put("Acme", gazEntry{typ: "ORG", group: 2})
	g.put("Paris", gazEntry{typ: "PERSON", group: 3})
	if e, ok := g.get("Paris"); !ok || e.typ != "PERSON" || e.group != 3 {
		t.Errorf("get(Paris) = %+v, %v after overwriting", e, ok)
	}
	if e, ok := g.get("Acme"); !ok || e.typ != "ORG" {
		t.Errorf("get(Acme) = %+v, %v", e, ok)
	}
	if _, ok := g.get("Rome"); ok || len(g.entries) != 2 {
		t.Errorf("Rome found or %d entries, want 2", len(g.entries))
	}
}
