package values

import "testing"

// TestQualifiers checks approximations and bounds on every type, rates after
// amounts, and fractions of scale words.
func TestQualifiers(t *testing.T) {
	runCases(t, []valueCase{
		{"Prices rose nearly 10 per cent; nearly 300 people came, some 20 years on.", "2025-12-10",
			[]want{{"10 per cent", "percent", `~10`}, {"300 people", "quantity", `~{"amount":300,"unit":"people"}`},
				{"20 years", "duration", `~"P20Y"`}}, "percent,quantity,time"},
		{"Turnout was more than 60% and the wait at least three days.", "2025-12-10",
			[]want{{"60%", "percent", `60 more-than`}, {"three days", "duration", `"P3D" at-least`}}, "percent,time"},
		{"The plan runs over the next five years.", "2025-12-10",
			[]want{{"the next five years", "duration", `"P5Y"`}}, "time"},
		{"Workers earn $15-a-day, or $5,000 per year, and rents rose 5% a year earlier.", "2025-12-10",
			[]want{{"$15", "money", `{"amount":15,"currency":"USD"} /P1D`}, {"$5,000", "money", `{"amount":5000,"currency":"USD"} /P1Y`},
				{"5%", "percent", `5`}}, "money,percent"},
		{"It cost half a million dollars and a quarter of a billion pounds.", "2025-12-10",
			[]want{{"half a million dollars", "money", `{"amount":500000,"currency":"USD"}`},
				{"a quarter of a billion pounds", "money", `{"amount":250000000,"currency":"GBP"}`}}, "money"},
	})
}

// TestResolutionsAreNoValues checks that video resolutions are neither pence
// nor thousands, while pence and "4k runners" still are values.
func TestResolutionsAreNoValues(t *testing.T) {
	runCases(t, []valueCase{
		{"The camera records 1080p video and a 4K stream; bags cost 5p.", "",
			[]want{{"5p", "money", `{"amount":0.05,"currency":"GBP"}`}}, "money,quantity"},
		{"Some 4k runners took part.", "", []want{{"4k runners", "quantity", `~{"amount":4000,"unit":"runners"}`}}, "quantity"},
	})
}

// TestCountRanges checks that ranges of durations and percentages keep both
// ends, while measures keep their last one.
func TestCountRanges(t *testing.T) {
	runCases(t, []valueCase{
		{"Delivery takes four to six weeks, or two or three days; costs rose 10-12%.", "2025-12-10",
			[]want{{"four to six weeks", "duration", `{"max":"P6W","min":"P4W"}`}, {"two or three days", "duration", `{"max":"P3D","min":"P2D"}`},
				{"10-12%", "percent", `{"max":12,"min":10}`}}, "time,percent"},
		{"Inflation was between 5 and 7 per cent.", "2025-12-10",
			[]want{{"between 5 and 7 per cent", "percent", `{"max":7,"min":5}`}}, "percent"},
		{"The walls were eight to 10 feet high.", "", []want{{"10 feet", "quantity", `{"amount":10,"unit":"Foot"}`}}, "quantity"},
	})
}

// TestDozenAndScore checks that a dozen multiplies the number before it
// and counts after an article, while a score multiplies nothing.
func TestDozenAndScore(t *testing.T) {
	runCases(t, []valueCase{
		{"It cost three dozen million dollars, then a dozen million dollars.", "",
			[]want{{"three dozen million dollars", "money", `{"amount":36000000,"currency":"USD"}`},
				{"a dozen million dollars", "money", `{"amount":12000000,"currency":"USD"}`}}, "money"},
		{"The fund lost three score million dollars.", "",
			[]want{{"dollars", "money", `{"amount":null,"currency":"USD","vague":true}`}}, "money"},
	})
}
