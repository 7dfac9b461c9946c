package values

import (
	"testing"
	"unsafe"
)

// TestTokSize holds the scan's token to its span, its two texts and one
// word of kind, spacing and bucket number: tokenize makes one for every few
// bytes of text.
func TestTokSize(t *testing.T) {
	if got, want := unsafe.Sizeof(tok{}), 2*unsafe.Sizeof("")+16; got > want {
		t.Errorf("a tok takes %d bytes, want at most %d", got, want)
	}
}
