package values

import "testing"

func TestMoreForms(t *testing.T) {
	runCases(t, []valueCase{
		// weight or money: the sentence decides
		{"She stopped eating lunch a few years ago to drop 25 pounds.", "2018-12-18",
			[]want{{"25 pounds", "quantity", `{"amount":25,"unit":"Pound"}`}}, "money,quantity"},
		{"Its quarterly operating profit improved to 361 million pounds.", "",
			[]want{{"361 million pounds", "money", `{"amount":361000000,"currency":"GBP"}`}}, "money,quantity"},
		// fractions
		{"It takes more than 10 1/2 miles of cable; add ½ teaspoon of salt.", "",
			[]want{{"10 1/2 miles", "quantity", `{"amount":10.5,"unit":"Mile"} more-than`}, {"½ teaspoon", "quantity", `{"amount":0.5,"unit":"Teaspoon"}`}}, "quantity"},
		// Indian magnitudes stack
		{"The government will spend Rs 1.5 lakh crore on roads.", "",
			[]want{{"Rs 1.5 lakh crore", "money", `{"amount":1500000000000,"currency":"INR"}`}}, "money"},
		// holidays and relative holidays
		{"Sales peaked on Black Friday and again after last Thanksgiving.", "2013-02-12",
			[]want{{"Black Friday", "date", `"2013-11-29"`}, {"last Thanksgiving", "date", `"2012-11-22"`}}, "time"},
		// day ranges in both orders, with the year at the end
		{"The festival runs August 10 - 22, 2012 and 23rd to 26th Oct.", "2012-08-10",
			[]want{{"August 10 - 22, 2012", "period", `{"start":"2012-08-10","end":"2012-08-22"}`},
				{"23rd to 26th Oct", "period", `{"start":"2012-10-23","end":"2012-10-26"}`}}, "time"},
		// split and quartered years
		{"In 2017-18 the trust overspent; results for 2018Q4 and 2019-H2 follow.", "2019-06-01",
			[]want{{"2017-18", "period", `{"start":"2017-01-01","end":"2018-12-31"}`},
				{"2018Q4", "period", `{"start":"2018-10-01","end":"2018-12-31"}`},
				{"2019-H2", "period", `{"start":"2019-07-01","end":"2019-12-31"}`}}, "time"},
		// nth weekday and weeks of a month
		{"The vote is on the second Wednesday of October 2014, in the last week of September 2014.", "2013-02-12",
			[]want{{"the second Wednesday of October 2014", "date", `"2014-10-08"`},
				{"the last week of September 2014", "period", `{"start":"2014-09-22","end":"2014-09-28"}`}}, "time"},
		// names that look like values
		{"If you have done 80 Day Obsession, the COVID-19 vaccine and the 911 Porsche are next.", "2019-11-19", nil, "time,quantity"},
	})
}

// TestYearsQuarter checks that a quarter or half a year owns takes that year.
func TestYearsQuarter(t *testing.T) {
	runCases(t, []valueCase{
		{"Net sales for this year's third quarter were $14 million.", "1989-11-01",
			[]want{{"this year's third quarter", "period", `{"start":"1989-07-01","end":"1989-09-30"}`}}, "time"},
		{"The unit could start as early as next year's first half.", "1989-10-31",
			[]want{{"next year's first half", "period", `{"start":"1990-01-01","end":"1990-06-30"}`}}, "time"},
		{"Profit in last year's fourth quarter fell.", "1989-11-01",
			[]want{{"last year's fourth quarter", "period", `{"start":"1988-10-01","end":"1988-12-31"}`}}, "time"},
	})
}

// TestTheWeekend checks that "the weekend" is the nearest one, the last in
// the past tense.
func TestTheWeekend(t *testing.T) {
	runCases(t, []valueCase{
		{"Over the weekend, officials confirmed the reports.", "1990-08-13",
			[]want{{"the weekend", "period", `{"start":"1990-08-11","end":"1990-08-12"}`}}, "time"},
		{"The talks will resume over the weekend.", "1990-08-13",
			[]want{{"the weekend", "period", `{"start":"1990-08-18","end":"1990-08-19"}`}}, "time"},
	})
}

// TestClosedPeriod checks that the period an end date closes is reported as
// its length beside the date.
func TestClosedPeriod(t *testing.T) {
	runCases(t, []valueCase{
		{"Revenue was $76 million for the year ended March 31.", "1989-11-01",
			[]want{{"the year", "duration", `"P1Y"`}, {"March 31", "date", `"1989-03-31"`}}, "time"},
		{"In the fiscal year ending June 30, 1990, net income will fall.", "1989-11-02",
			[]want{{"the fiscal year", "duration", `"P1Y"`}, {"June 30, 1990", "date", `"1990-06-30"`}}, "time"},
	})
}

// TestYearsAgo checks that several years back name a year.
func TestYearsAgo(t *testing.T) {
	runCases(t, []valueCase{
		{"Esselte sold the minority stake five years ago.", "1989-10-26",
			[]want{{"five years ago", "date", `"1984"`}}, "time"},
		{"The company was founded two years ago.", "1998-04-24",
			[]want{{"two years ago", "date", `"1996"`}}, "time"},
	})
}

// TestQuarterCounts checks that "quarters" after a count is a unit of time,
// and after a share word no time.
func TestQuarterCounts(t *testing.T) {
	runCases(t, []valueCase{
		{"The company has had losses in the past two quarters.", "1989-10-27",
			[]want{{"the past two quarters", "duration", `"P6M"`}}, "time"},
		{"The charge will be spread over the next three quarters.", "1989-11-02",
			[]want{{"the next three quarters", "duration", `"P9M"`}}, "time"},
		{"Three quarters of the market fell.", "1989-11-02", nil, "time"},
	})
}
