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
		{"In the past, the company considered a merger.", "2025-02-20",
			[]want{{"the past", "date", `null@past`}}, "time"},
		{"Losses grew over the past decade.", "2025-02-20",
			[]want{{"the past decade", "duration", `"P10Y"`}}, "time"},
		{"The recent decision was welcomed.", "2025-02-20", nil, "time"},
	})
}

// TestWeekdayWords checks that a weekday name that is also a name is a
// weekday only beside a date.
func TestWeekdayWords(t *testing.T) {
	runCases(t, []valueCase{
		{"Sun Microsystems said it earned $5.2 million.", "1989-10-26", nil, "time"},
		{"Sun, a maker of workstations, reported sales.", "1989-10-26", nil, "time"},
		{"The market opens Sun 15 Sep 2013.", "2013-09-01", []want{{"Sun 15 Sep 2013", "date", `"2013-09-15"`}}, "time"},
		{"The market opened on Sunday.", "1989-10-26", []want{{"Sunday", "date", `"1989-10-22"`}}, "time"},
	})
}

// TestVagueCounts checks vague counts of time units: durations of unknown
// length, or periods anchored past or future after last or next.
func TestVagueCounts(t *testing.T) {
	runCases(t, []valueCase{
		{"A few days later, the firm announced lower earnings.", "1989-10-27",
			[]want{{"A few days", "duration", `~null`}}, "time"},
		{"Rates have fallen in the last few months.", "1998-02-06",
			[]want{{"the last few months", "period", `~null@past`}}, "time"},
		{"The Fed may cut rates in coming weeks.", "1989-10-27",
			[]want{{"coming weeks", "period", `null@future`}}, "time"},
		{"Several people were hurt.", "1989-10-27", nil, "time"},
	})
}

// TestSince checks that "since X" is an open period from X to the
// reference date, X pointing back whatever the tense.
func TestSince(t *testing.T) {
	runCases(t, []valueCase{
		{"Sales have risen since March.", "2025-12-10",
			[]want{{"since March", "period", `{"start":"2025-03-01","end":"2025-12-10"}`}}, "time"},
		{"Australia has been independent since 1901.", "1998-02-06",
			[]want{{"since 1901", "period", `{"start":"1901-01-01","end":"1998-02-06"}`}}, "time"},
		{"Prices will not rise since demand is weak.", "2025-12-10", nil, "time"},
		{"The talks will last a couple of years.", "2025-12-10",
			[]want{{"a couple of years", "duration", `~"P2Y"`}}, "time"},
	})
}
