package values

import "testing"

// TestDurationForms checks spans measured from an event and counts of time
// written as modifiers.
func TestDurationForms(t *testing.T) {
	runCases(t, []valueCase{
		{"The first villages are expected to be connected within 18 months of contracts being signed.", "2025-03-01",
			[]want{{"18 months", "duration", `"P18M"`}}, "time"},
		{"The villages will be connected within 18 months.", "2025-03-01",
			[]want{{"within 18 months", "date", `"2026-09-01"`}}, "time"},
		{"The agreement is subject to a 30-day public comment period.", "2025-03-01",
			[]want{{"30-day", "duration", `"P30D"`}}, "time"},
		{"The striker signed a two-year contract and the union called a 24-hour strike.", "2025-03-01",
			[]want{{"two-year", "duration", `"P2Y"`}, {"24-hour", "duration", `"PT24H"`}}, "time"},
		// ages and names are no durations
		{"A 28-year-old man joined the 80-Day Plan.", "2025-03-01", nil, "time"},
	})
}
