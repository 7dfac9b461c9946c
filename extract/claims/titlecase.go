package claims

// headline reports whether token i is inside a title-case sentence, where a
// capitalized cue is still a cue.
func (r *run) headline(i int) bool {
	s := r.sentOf(i)
	if s < 0 || i == r.sents[s][0] {
		return false
	}
	if r.titles == nil {
		r.titles = make([]int8, len(r.sents))
	}
	if r.titles[s] == 0 {
		r.titles[s] = 2
		if r.titleCased(r.sents[s][0], r.sents[s][1], minHeadlineWords) {
			r.titles[s] = 1
		}
	}
	return r.titles[s] == 1
}

// minHeadlineWords is the fewest longer words of a title-case sentence.
const minHeadlineWords = 3

// titleCased reports whether tokens [a, b) are in title case: at least
// least words of more than three letters, four in five of them capitalized.
func (r *run) titleCased(a, b, least int) bool {
	n, caps := 0, 0
	for k := a; k < b; k++ {
		if r.isWord(k) && len(r.toks[k].Text) > 3 {
			n++
			if r.isCap(k) {
				caps++
			}
		}
	}
	return n >= least && caps*10 >= n*8
}
