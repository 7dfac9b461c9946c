package values

import "testing"

// TestTense checks how the tense of a news sentence places a weekday, a month
// or a day without a year.
func TestTense(t *testing.T) {
	runCases(t, []valueCase{
		// a past verb before the weekday: the latest one, even after a noun "plans"
		{"Japan's government unveiled plans on Tuesday to spend more.", "2025-02-20",
			[]want{{"Tuesday", "date", `"2025-02-18"`}}, "time"},
		{"Unveiling the plan in Melbourne on Wednesday, Kerr said the loans would start soon.", "2024-08-15",
			[]want{{"Wednesday", "date", `"2024-08-14"`}}, "time"},
		// a future word nearer than the past verb
		{"The board, which said it was disappointed, will meet on Tuesday.", "2025-02-20",
			[]want{{"Tuesday", "date", `"2025-02-25"`}}, "time"},
		// a month of the last quarter, told in the past
		{"Data released last week showed that real wages fell 0.6% in December.", "2025-02-20",
			[]want{{"last week", "period", `{"start":"2025-02-10","end":"2025-02-16"}`}, {"December", "date", `"2024-12"`}}, "time"},
		{"The company posted a net profit for the six months to June 30.", "2024-09-12",
			[]want{{"six months", "duration", `"P6M"`}, {"June 30", "date", `"2024-06-30"`}}, "time"},
		// the same month in a sentence about the future
		{"Officials will publish the figures in December.", "2025-02-20",
			[]want{{"December", "date", `"2025-12"`}}, "time"},
		// a past verb does not reach back most of a year
		{"The company said the talks took place on August 27, according to a statement.", "2013-02-12",
			[]want{{"August 27", "date", `"2013-08-27"`}}, "time"},
		// a past verb that takes the date as its own reaches back however far
		{"The company reported a loss for the fiscal year ended March 31.", "1989-10-31",
			[]want{{"the fiscal year", "duration", `"P1Y"`}, {"March 31", "date", `"1989-03-31"`}}, "time"},
		{"Shares issued July 1 rank behind the others.", "1989-10-27",
			[]want{{"July 1", "date", `"1989-07-01"`}}, "time"},
		// a passive participle takes the tense of its auxiliary
		{"The minister said the results would be released in December.", "2025-02-20",
			[]want{{"December", "date", `"2025-12"`}}, "time"},
	})
}

// TestArticleNearestDate checks that, without a tense cue, an article of
// several paragraphs means the nearer occurrence within half a year, while a
// lone sentence keeps the next one.
func TestArticleNearestDate(t *testing.T) {
	runCases(t, []valueCase{
		{"Japanese exports slump in December\n\nTrade figures disappoint.\n\nMore follows.", "2025-02-20",
			[]want{{"December", "date", `"2024-12"`}}, "time"},
		{"Japanese exports slump in December.", "2025-02-20",
			[]want{{"December", "date", `"2025-12"`}}, "time"},
		{"Results for the half to June 30 are in\n\nThe figures are in.\n\nMore follows.", "2024-09-12",
			[]want{{"June 30", "date", `"2024-06-30"`}}, "time"},
		{"Elections in July\n\nThe vote matters.\n\nMore follows.", "2025-02-20",
			[]want{{"July", "date", `"2025-07"`}}, "time"},
		// in an article a past-tense verb reaches back further than a quarter
		{"Coal slumps\n\nPeabody, which filed for bankruptcy protection in April, cut jobs.\n\nMore follows.", "2016-09-08",
			[]want{{"April", "date", `"2016-04"`}}, "time"},
		// a past auxiliary behind the verb makes the past sure
		{"The largest miner, which filed for bankruptcy protection in April, cut jobs.", "2016-09-08",
			[]want{{"April", "date", `"2016-04"`}}, "time"},
	})
}

// TestMaySurname checks that "May" after a name is no month.
func TestMaySurname(t *testing.T) {
	runCases(t, []valueCase{
		{"British Prime Minister Theresa May was not invited.", "2016-09-18", nil, "time"},
		{"Sales fell In May, officials said.", "2016-07-01", []want{{"May", "date", `"2016-05"`}}, "time"},
	})
}

// TestSeasonVerb checks that "fall" and "spring" as verbs are no seasons.
func TestSeasonVerb(t *testing.T) {
	runCases(t, []valueCase{
		{"Shares fall as exports Fall sharply.", "2016-09-18", nil, "time"},
		{"The vote is expected in the fall.", "2016-09-18",
			[]want{{"fall", "period", `{"start":"2016-09-23","end":"2016-12-20"}`}}, "time"},
	})
}

// TestPastMonthAnyDistance checks that a month told in the past is the last
// one however far back, unless it ends a span, and that "last <season>" is
// last year's.
func TestPastMonthAnyDistance(t *testing.T) {
	runCases(t, []valueCase{
		{"In March, the company received an offer.", "1989-11-01",
			[]want{{"March", "date", `"1989-03"`}}, "time"},
		{"The bank agreed in June to buy the lender.", "1989-11-01",
			[]want{{"June", "date", `"1989-06"`}}, "time"},
		{"Lenders extended the loans through January.", "1989-11-01",
			[]want{{"January", "date", `"1990-01"`}}, "time"},
		{"Hiring surged last fall.", "1998-02-06",
			[]want{{"last fall", "period", `{"start":"1997-09-23","end":"1997-12-20"}`}}, "time"},
	})
}
