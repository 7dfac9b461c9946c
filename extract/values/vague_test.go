package values

import "testing"

// TestVagueTimes checks that times naming no calendar date are values with a
// null value and an anchor, and that "recent" alone is no time.
func TestVagueTimes(t *testing.T) {
	runCases(t, []valueCase{
		{"Prices are now falling, and stocks currently trade lower.", "2025-02-20",
			[]want{{"now", "date", `null@present`}, {"currently", "date", `null@present`}}, "time"},
		{"The bank recently raised rates, as it has in recent years.", "2025-02-20",
			[]want{{"recently", "date", `null@past`}, {"recent years", "period", `null@past`}}, "time"},
		{"Rates may rise in the future.", "2025-02-20",
			[]want{{"the future", "date", `null@future`}}, "time"},
		{"The recent decision was welcomed.", "2025-02-20", nil, "time"},
	})
}
