package claims

// clauseEnd returns where reported content [c, e) ends: at the first comma
// outside quotation marks that a source phrase follows (", according to
// ..."), which names who gave the writer the preceding words; else e. It
// looks a bounded way ahead.
func (r *run) clauseEnd(c, e int) int {
	for k := c + 1; k+1 < e && k < c+contentWindow; k++ {
		if !r.is(k, ",") || r.quoteOf[k] >= 0 || !r.isLower(k+1) {
			continue
		}
		if ac, _, ok := match(r, r.f.cues, k+1, e); ok && ac.rule.Source {
			return k
		}
	}
	return e
}

// quoteRunEnd returns where reported content [c, e) ends when a quotation
// that opens inside it runs on past e, over the sentence end, to its closing
// mark in the same paragraph: after that mark, since the quoted words go on
// with the content; else e.
func (r *run) quoteRunEnd(c, e int) int {
	if e <= c || e > len(r.toks) {
		return e
	}
	q := r.quoteOf[e-1]
	if q < 0 {
		return e
	}
	if rg := &r.quotes[q]; rg.open >= c && rg.close >= e {
		return rg.close + 1
	}
	return e
}
