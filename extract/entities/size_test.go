package entities

import (
	"testing"
	"unsafe"
)

// TestTokSize holds the finder's token to a pointer to its spelling, which
// holds its text, and two words of sentence index and flags: prepare makes
// one for every token of the document, beside the document's own.
func TestTokSize(t *testing.T) {
	if got, want := unsafe.Sizeof(tok{}), unsafe.Sizeof(new(spelling))+16; got > want {
		t.Errorf("a tok takes %d bytes, want at most %d", got, want)
	}
}
