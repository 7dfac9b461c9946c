package clean

import (
	"strconv"
	"testing"
)

// TestTokenTable adds more tokens than the first slots hold: each is
// found again with its number, and tokens never added are not found.
func TestTokenTable(t *testing.T) {
	var tab tokenTable
	if _, ok := tab.get("clearfix"); ok {
		t.Fatal("an empty table holds a token")
	}
	const n = 5000
	for i := range n {
		tab.put("col-"+strconv.Itoa(i), uint16(i%700))
	}
	for i := range n {
		tok := "col-" + strconv.Itoa(i)
		if k, ok := tab.get(tok); !ok || k != uint16(i%700) {
			t.Fatalf("get(%q) = %d, %v; want %d, true", tok, k, ok, i%700)
		}
		if _, ok := tab.get("row-" + strconv.Itoa(i)); ok {
			t.Fatalf("get(row-%d) found a token never added", i)
		}
	}
	if tab.n != n {
		t.Errorf("the table counts %d tokens, want %d", tab.n, n)
	}
}
