package values

import (
	"testing"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

type valueT = document.Value

func newTestFinder(t testing.TB) *Finder {
	t.Helper()
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	f, err := New(set)
	if err != nil {
		t.Fatal(err)
	}
	return f
}
