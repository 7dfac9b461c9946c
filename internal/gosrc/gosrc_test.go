package gosrc

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"
)

type inner struct {
	name string
	n    int
}

type outer struct {
	items  []inner
	byKey  map[string]*inner
	byNum  map[int]bool
	empty  map[string]bool
	absent map[string]bool
	when   time.Month
	ratio  float64
}

func write(t *testing.T, w *Writer, v any) string {
	t.Helper()
	var b bytes.Buffer
	if err := w.Value(&b, reflect.ValueOf(v)); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestValue(t *testing.T) {
	w := Writer{Pkg: reflect.TypeFor[outer]().PkgPath()}
	v := &outer{
		items: []inner{{name: "a", n: 1}, {}},
		byKey: map[string]*inner{"z": {n: 2}, "b": {name: "q\"x"}},
		byNum: map[int]bool{10: true, -3: false, 2: true},
		empty: map[string]bool{},
		when:  time.March,
		ratio: 0.25,
	}
	got := write(t, &w, v)
	want := `&outer{items: []inner{{name: "a", n: 1, }, {}, }, ` +
		`byKey: map[string]*inner{"b": {name: "q\"x", }, "z": {n: 2, }, }, ` +
		`byNum: map[int]bool{-3: false, 2: true, 10: true, }, empty: map[string]bool{}, when: 3, ratio: 0.25, }`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if imports := w.Imports(); len(imports) != 0 {
		t.Errorf("imports %v for types of the package itself", imports)
	}
}

func TestOtherPackages(t *testing.T) {
	w := Writer{Pkg: "example.com/other", Lines: true}
	got := write(t, &w, []time.Month{time.May})
	if got != "[]time.Month{\n5,\n}" {
		t.Errorf("got %q", got)
	}
	if imports := w.Imports(); !reflect.DeepEqual(imports, []string{"time"}) {
		t.Errorf("imports %v, want [time]", imports)
	}
	var b bytes.Buffer
	err := w.Value(&b, reflect.ValueOf(inner{name: "x"}))
	if err == nil || !strings.Contains(err.Error(), "unexported field") {
		t.Errorf("unexported fields of another package: err %v", err)
	}
}
