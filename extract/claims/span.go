package claims

// tokenSpan is a half-open range of token indices [start, end): a speaker
// phrase, a sentence. It is an alias so that code still spelling [2]int
// reads it unchanged.
type tokenSpan = [2]int
