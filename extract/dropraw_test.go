package extract_test

import (
	"bytes"
	"context"
	"testing"
	"unsafe"

	"github.com/claimex/claimex/extract"
)

// TestOwnedInputIsNotPinned: once cleaned, an input read in place is
// garbage unless the article text is the input itself. No metadata string or
// removed furniture points into it, since any substring keeps the whole
// input alive through the later stages.
func TestOwnedInputIsNotPinned(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pages := append(loadPages(t, "../testdata/articles/*.txt"), loadPages(t, "../testdata/articles/*.html")...)
	removed := 0
	for i, data := range pages {
		buf := bytes.Clone(data)
		d, err := x.ExtractOwned(context.Background(), buf, extract.Input{})
		if err != nil {
			t.Fatal(err)
		}
		m := d.Meta
		strs := append([]string{m.Title, m.Published, m.Site, m.URL, m.Language}, m.Authors...)
		for _, r := range d.Removed {
			strs = append(strs, r.Text)
			removed++
		}
		for _, s := range strs {
			if inside(s, buf) {
				t.Errorf("page %d: %.40q points into the input", i, s)
			}
		}
	}
	if removed == 0 {
		t.Fatal("no article had furniture removed: the test checks nothing")
	}
}

// inside reports whether s's bytes lie in buf's memory.
func inside(s string, buf []byte) bool {
	if len(s) == 0 || len(buf) == 0 {
		return false
	}
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
	return p >= lo && p < lo+uintptr(len(buf))
}
