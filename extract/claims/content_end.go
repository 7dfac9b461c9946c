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
