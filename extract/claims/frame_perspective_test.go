package claims

import "testing"

// TestPerspectives checks that a sentence opened by "To" and someone set off
// by a comma gives that holder's view, past a relative clause on the holder,
// and that a purpose ("To win the seat, ...") or a sentence another frame
// reads gives none.
func TestPerspectives(t *testing.T) {
	runRuleCases(t, "attribution.perspective", []ruleCase{
		{"To many voters in the valley, the harbour plan is a betrayal of the town.", "the harbour plan is a betrayal of the town", "many voters in the valley"},
		{"To Maria Holt, who ran the port for a decade, the closure made no sense.", "the closure made no sense", "Maria Holt"},
		{"But to them, the vote marked a new phase of the campaign.", "the vote marked a new phase of the campaign", "them"},
		{"To win the seat in Tamarac, Holt must carry the city.", "", ""},
		{"To be sure, the harbour plan is costly.", "", ""},
		{"To Maria Holt, the mayor said the closure made no sense.", "", ""},
	})
}
