package values

import "testing"

// TestWholeSpanRange checks that a range naming a whole span holds both ends.
func TestWholeSpanRange(t *testing.T) {
	runCases(t, []valueCase{
		{"Bharat Motors reported a net loss for the July-September quarter.", "2019-10-24",
			[]want{{"July-September", "period", `{"start":"2019-07-01","end":"2019-09-30"}`}}, "time"},
		{"Total sales from april to June in 2017 were below expectations.", "2019-05-16",
			[]want{{"from april to June in 2017", "period", `{"start":"2017-04-01","end":"2017-05-31"}`}}, "time"},
	})
}
