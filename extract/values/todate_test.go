package values

import "testing"

// TestToDate checks that periods to date run from the start of the current
// calendar unit to the reference date, however they are written.
func TestToDate(t *testing.T) {
	const ref = "2024-05-15" // a Wednesday
	runCases(t, []valueCase{
		{"Sales are up 5% year to date.", ref,
			[]want{{"year to date", "period", `{"start":"2024-01-01","end":"2024-05-15"}`}}, "time"},
		{"So far this year, the index has risen.", ref,
			[]want{{"So far this year", "period", `{"start":"2024-01-01","end":"2024-05-15"}`}}, "time"},
		{"Shares have fallen thus far this month.", ref,
			[]want{{"thus far this month", "period", `{"start":"2024-05-01","end":"2024-05-15"}`}}, "time"},
		{"Year-to-date sales rose, and YTD margins fell.", ref,
			[]want{{"Year-to-date", "period", `{"start":"2024-01-01","end":"2024-05-15"}`},
				{"YTD", "period", `{"start":"2024-01-01","end":"2024-05-15"}`}}, "time"},
		{"Output for the quarter to date is flat.", ref,
			[]want{{"the quarter to date", "period", `{"start":"2024-04-01","end":"2024-05-15"}`}}, "time"},
		{"Sales so far this year are up.", "",
			[]want{{"so far this year", "period", `null@reference`}}, "time"},
		// A unit that starts no other value still opens one before the tail.
		{"Sales are up 2% month to date and 1% week-to-date.", ref,
			[]want{{"month to date", "period", `{"start":"2024-05-01","end":"2024-05-15"}`},
				{"week-to-date", "period", `{"start":"2024-05-13","end":"2024-05-15"}`}}, "time"},
		{"No one has been charged to date.", ref, nil, "time"},
		{"So far, this year looks better.", ref,
			[]want{{"this year", "date", `"2024"`}}, "time"},
	})
}

// TestRestOf checks that what is left of a calendar unit runs from the
// reference date to the unit's end, and that other wholes are no times.
func TestRestOf(t *testing.T) {
	const ref = "2024-05-15" // a Wednesday
	runCases(t, []valueCase{
		{"Rain is forecast for the rest of the week.", ref,
			[]want{{"the rest of the week", "period", `{"start":"2024-05-15","end":"2024-05-19"}`}}, "time"},
		{"Prices should stay high for the remainder of this year.", ref,
			[]want{{"the remainder of this year", "period", `{"start":"2024-05-15","end":"2024-12-31"}`}}, "time"},
		{"The line is shut for the rest of the month.", ref,
			[]want{{"the rest of the month", "period", `{"start":"2024-05-15","end":"2024-05-31"}`}}, "time"},
		{"The museum is closed the rest of the weekend.", ref,
			[]want{{"the rest of the weekend", "period", `{"start":"2024-05-18","end":"2024-05-19"}`}}, "time"},
		{"It sold well in the rest of the world.", ref, nil, "time"},
		{"He is out for the rest of the season.", ref, nil, "time"},
	})
}

// TestWorkweek checks that the working week is a calendar unit this, next
// and last name, while "the workweek" alone is the working week in general.
func TestWorkweek(t *testing.T) {
	const ref = "2024-05-15"
	runCases(t, []valueCase{
		{"Traders expect a quiet end to this workweek.", ref,
			[]want{{"this workweek", "period", `{"start":"2024-05-13","end":"2024-05-17"}`}}, "time"},
		{"Talks resume next work-week.", ref,
			[]want{{"next work-week", "period", `{"start":"2024-05-20","end":"2024-05-24"}`}}, "time"},
		{"The union wants to shorten the workweek to 35 hours.", ref,
			[]want{{"35 hours", "duration", `"PT35H"`}}, "time"},
	})
}
