package claims

import "github.com/claimex/claimex/rules"

// commentRequest reports whether content [c, e) is a request to speak,
// after an optional determiner or possessive and modifiers: "a request for
// comment", "our repeated requests for comment", "multiple inquiries".
func (r *run) commentRequest(c, e int) bool {
	for k := c; k < e && k < c+3; k++ {
		if r.phraseAt(rules.WordCommentRequest, k, e) > 0 {
			return true
		}
		if !r.isLower(k) || r.in(setBoundary, k) && !r.in(setDeterm, k) {
			return false
		}
	}
	return false
}
