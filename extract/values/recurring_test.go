package values

import "testing"

// TestRecurring checks that times that repeat are recurring values, never
// one date or a duration.
func TestRecurring(t *testing.T) {
	const ref = "2024-03-06"
	runCases(t, []valueCase{
		{"The market opens every Monday in the square.", ref,
			[]want{{"every Monday", "recurring", `{"period":"P1W","interval":1,"on":"XXXX-WXX-1"}`}}, "time,recurring"},
		{"Prices are reviewed each year by the board.", ref,
			[]want{{"each year", "recurring", `{"period":"P1Y","interval":1,"on":null}`}}, "time,recurring"},
		{"Each year the board meets twice.", ref,
			[]want{{"Each year", "recurring", `{"period":"P1Y","interval":1,"on":null}`}}, "time,recurring"},
		{"The committee meets every two weeks.", ref,
			[]want{{"every two weeks", "recurring", `{"period":"P2W","interval":2,"on":null}`}}, "time,recurring"},
		{"Figures are published weekly, and the paper comes out daily.", ref,
			[]want{{"weekly", "recurring", `{"period":"P1W","interval":1,"on":null}`},
				{"daily", "recurring", `{"period":"P1D","interval":1,"on":null}`}}, "time,recurring"},
		{"Fares are reviewed each year, and rents quarterly.", ref,
			[]want{{"each year", "recurring", `{"period":"P1Y","interval":1,"on":null}`},
				{"quarterly", "recurring", `{"period":"P3M","interval":3,"on":null}`}}, "time,recurring"},
		{"The shop closes on Mondays.", ref,
			[]want{{"Mondays", "recurring", `{"period":"P1W","interval":1,"on":"XXXX-WXX-1"}`}}, "time,recurring"},
		{"The market opens every Monday.", "",
			[]want{{"every Monday", "recurring", `{"period":"P1W","interval":1,"on":"XXXX-WXX-1"}`}}, "time,recurring"},
		{"Readings are taken every 10 minutes.", ref,
			[]want{{"every 10 minutes", "recurring", `{"period":"PT10M","interval":10,"on":null}`}}, "time,recurring"},
		{"Bins are emptied every other week.", ref,
			[]want{{"every other week", "recurring", `{"period":"P2W","interval":2,"on":null}`}}, "time,recurring"},
		{"The club meets every second Tuesday.", ref,
			[]want{{"every second Tuesday", "recurring", `{"period":"P2W","interval":2,"on":"XXXX-WXX-2"}`}}, "time,recurring"},
		{"The newsletter goes out fortnightly; the board meets bimonthly.", ref,
			[]want{{"fortnightly", "recurring", `{"period":"P2W","interval":2,"on":null}`},
				{"bimonthly", "recurring", `{"period":"P2M","interval":2,"on":null}`}}, "time,recurring"},
		{"Staff are paid bi-weekly.", ref,
			[]want{{"bi-weekly", "recurring", `{"period":"P2W","interval":2,"on":null}`}}, "time,recurring"},
		{"Rates are set twice a year and reviewed three times a month.", ref,
			[]want{{"twice a year", "recurring", `{"period":"P1Y","interval":1,"on":null,"times":2}`},
				{"three times a month", "recurring", `{"period":"P1M","interval":1,"on":null,"times":3}`}}, "time,recurring"},
		{"The council meets once a week.", ref,
			[]want{{"once a week", "recurring", `{"period":"P1W","interval":1,"on":null}`}}, "time,recurring"},
	})
}

// TestNotRecurring checks what a recurrence cue alone does not make: a
// count of things, a noun's name, a span of time, a price per unit.
func TestNotRecurring(t *testing.T) {
	const ref = "1989-10-26"
	runCases(t, []valueCase{
		{"Profits fell in each of the past three years.", ref, nil, "recurring"},
		{"The Daily Telegraph reported it.", ref, nil, "time,recurring"},
		{"Each share was sold for $20.", ref, nil, "recurring"},
		{"It was the firm's first quarterly loss and the third straight monthly decline.", ref, nil, "recurring"},
		{"Tickets cost $15 each year.", ref, nil, "recurring"},
		{"Sales rose three times in a year.", ref, nil, "recurring"},
		{"He was asked twice about the plan.", ref, nil, "recurring"},
		{"The panel sits every second Thursday of the month.", ref, nil, "recurring"},
	})
}
