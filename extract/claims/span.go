package claims

// tokenSpan is a half-open range of token indices [start, end): a speaker
// phrase, a sentence. Index 0 is the start and index 1 the end. It is a
// defined type over [2]int, so a bare [2]int range still assigns to it.
type tokenSpan [2]int

// empty reports whether the span holds no token, as a speaker phrase that
// was not found.
func (s tokenSpan) empty() bool { return s[1] <= s[0] }
