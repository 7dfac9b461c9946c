package claims

// gluedColon reports whether the colon at token i runs into a word or a
// slash after it with no space between, as in a link ("https://...") or a
// clock time ("4:01 PM"): such a colon opens no content and is no headline
// cue. A quotation mark right after a colon still opens a quotation.
func (r *run) gluedColon(i int) bool {
	if !r.is(i, ":") || i+1 >= len(r.toks) || r.toks[i+1].Start != r.toks[i].End {
		return false
	}
	return r.isWord(i+1) || r.is(i+1, "/")
}
