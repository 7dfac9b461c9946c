package extract

import "runtime"

// LargeText is the length of cleaned text past which the pipeline runs the
// garbage collector between its stages. Each stage keeps its own working
// copy of the tokens, 30-50 bytes for every few bytes of text, which is
// garbage once the stage ends; without a collection the next stage's first
// large allocation lands on top of it, and a 10 MB article peaked 30-40 MB
// higher. On smaller texts a collection would cost more than it saves.
const LargeText = 4 << 20

// largeText is [LargeText], changed by tests.
var largeText = LargeText

// CollectIfLarge runs the garbage collector when a document's cleaned text
// of textLen bytes is over [LargeText]: the pipeline calls it between
// stages, and a caller may call it once it has dropped such a document,
// before allocating much on top of its garbage (the encoded record).
func CollectIfLarge(textLen int) {
	if textLen > largeText {
		runtime.GC()
	}
}
