package document

import (
	"testing"
	"unsafe"
)

// TestTokenSize holds a token to its span and text: the segmenter makes one
// for every five or so bytes of text, so each field added to it costs every
// large article that much memory again.
func TestTokenSize(t *testing.T) {
	if got, want := unsafe.Sizeof(Token{}), unsafe.Sizeof(Span{})+unsafe.Sizeof(""); got > want {
		t.Errorf("a Token takes %d bytes, want at most %d", got, want)
	}
}
