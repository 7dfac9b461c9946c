package values

import (
	"testing"
	"unsafe"
)

// TestTokSize holds the scan's token to its span, its text, a pointer to
// its lower-cased form and one word of kind, spacing and bucket number:
// tokenize makes one for every few bytes of text.
func TestTokSize(t *testing.T) {
	if got, want := unsafe.Sizeof(tok{}), unsafe.Sizeof("")+unsafe.Sizeof(new(string))+16; got > want {
		t.Errorf("a tok takes %d bytes, want at most %d", got, want)
	}
}
