package values

import "testing"

// TestSmallCounts checks counts written out in words: only of things news
// counts, never of people or in "one of" and "two of them".
func TestSmallCounts(t *testing.T) {
	runCases(t, []valueCase{
		{"The trust, which employs 30,000 staff across five hospitals, declared an incident.", "",
			[]want{{"30,000 staff", "quantity", `{"amount":30000,"unit":"staff"}`}, {"five hospitals", "quantity", `{"amount":5,"unit":"hospitals"}`}}, "quantity"},
		{"It received 37 reports of overheating, including four reports of minor burns.", "",
			[]want{{"37 reports", "quantity", `{"amount":37,"unit":"reports"}`}, {"four reports", "quantity", `{"amount":4,"unit":"reports"}`}}, "quantity"},
		{"The two men said one of the hospitals and two of them were closed; six dolphins swam.", "", nil, "quantity"},
	})
}
