package values

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/claimex/claimex/document"
)

// want is one expected value: its text, type and value as JSON, with "~"
// before the JSON when the value is approximate.
type want struct {
	text, typ, value string
}

type valueCase struct {
	sentence string
	ref      string // reference date, "" for unknown
	want     []want // every value of the types in check
	check    string // the types checked, comma-separated; the others are ignored
}

func runCases(t *testing.T, cases []valueCase) {
	t.Helper()
	f := newTestFinder(t)
	for _, c := range cases {
		var ref time.Time
		if c.ref != "" {
			ref, _ = time.Parse("2006-01-02", c.ref)
		}
		d := &document.Document{Text: c.sentence, Ref: ref}
		if err := f.Run(d); err != nil {
			t.Fatal(err)
		}
		var got []want
		for _, v := range d.Values {
			if !strings.Contains(","+c.check+",", ","+group(v.Type)+",") {
				continue
			}
			j, _ := json.Marshal(v.Value)
			if v.Approximate {
				j = append([]byte("~"), j...)
			}
			if v.Anchor != "" {
				j = append(j, "@"+v.Anchor...)
			}
			if v.Bound != "" {
				j = append(j, " "+v.Bound...)
			}
			if v.Rate != "" {
				j = append(j, " /"+v.Rate...)
			}
			got = append(got, want{v.Text, v.Type, string(j)})
		}
		if len(got) != len(c.want) {
			t.Errorf("%q:\n got  %v\n want %v", c.sentence, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q:\n got  %v\n want %v", c.sentence, got[i], c.want[i])
			}
		}
	}
}

func TestMoney(t *testing.T) {
	runCases(t, []valueCase{
		{"Huawei has promised to invest $2bn in cyber security over the next five years.", "2018-12-19",
			[]want{{"$2bn", "money", `{"amount":2000000000,"currency":"USD"}`}}, "money"},
		{"Huawei has revealed a multi-billion dollar spending plan to boost its cybersecurity operations.", "2018-12-18",
			[]want{{"multi-billion dollar", "money", `{"amount":null,"currency":"USD","vague":true}`}}, "money"},
		{"The council said the scheme would cost between £5m and £7m over a decade.", "2018-12-19",
			[]want{{"between £5m and £7m", "money", `{"amount":null,"currency":"GBP","min":5000000,"max":7000000}`}}, "money"},
		{"Analysts valued the unit at $2bn-$3bn, people familiar with the matter said.", "",
			[]want{{"$2bn-$3bn", "money", `{"amount":null,"currency":"USD","min":2000000000,"max":3000000000}`}}, "money"},
		{"The group paid about $2bn for the stake.", "",
			[]want{{"$2bn", "money", `~{"amount":2000000000,"currency":"USD"}`}}, "money"},
		{"The floods caused millions of pounds of damage.", "",
			[]want{{"millions of pounds", "money", `{"amount":null,"currency":"GBP","vague":true}`}}, "money"},
		{"Reliance Jio will invest Rs 500 crore in the state, and ₹2,000 crore more by 2020.", "",
			[]want{{"Rs 500 crore", "money", `{"amount":5000000000,"currency":"INR"}`},
				{"₹2,000 crore", "money", `{"amount":20000000000,"currency":"INR"}`}}, "money"},
		{"HSBC raised HK$1.2 billion while BHP earned A$50m and Shopify C$10.", "",
			[]want{{"HK$1.2 billion", "money", `{"amount":1200000000,"currency":"HKD"}`},
				{"A$50m", "money", `{"amount":50000000,"currency":"AUD"}`},
				{"C$10", "money", `{"amount":10,"currency":"CAD"}`}}, "money"},
		{"The ministry set aside two billion dollars and three million euros.", "",
			[]want{{"two billion dollars", "money", `{"amount":2000000000,"currency":"USD"}`},
				{"three million euros", "money", `{"amount":3000000,"currency":"EUR"}`}}, "money"},
		{"Shares closed at 470 pence, down 34 cents in New York.", "",
			[]want{{"470 pence", "money", `{"amount":4.7,"currency":"GBP"}`},
				{"34 cents", "money", `{"amount":0.34,"currency":"USD"}`}}, "money"},
		{"The lira fell to 10 turkish lira against 42 malaysian ringgits and 100元.", "",
			[]want{{"10 turkish lira", "money", `{"amount":10,"currency":"TRY"}`},
				{"42 malaysian ringgits", "money", `{"amount":42,"currency":"MYR"}`},
				{"100元", "money", `{"amount":100,"currency":"CNY"}`}}, "money"},
		{"Shares were sold for less than 7 EUR each; others for at least $1.42.", "",
			[]want{{"less than 7 EUR", "money", `{"amount":null,"currency":"EUR","max":7} less-than`},
				{"at least $1.42", "money", `{"amount":null,"currency":"USD","min":1.42} at-least`}}, "money"},
		{"Prices rose from $5 to $7 in early trading.", "",
			[]want{{"$5", "money", `{"amount":5,"currency":"USD"}`}, {"$7", "money", `{"amount":7,"currency":"USD"}`}}, "money"},
		{"It only cost thirteen dollars forty-five cents.", "",
			[]want{{"thirteen dollars forty-five cents", "money", `{"amount":13.45,"currency":"USD"}`}}, "money"},
		{"ALL 5 solutions are wrong, and silica gel absorbs moisture.", "", nil, "money"},
	})
}

func TestPercentAndQuantity(t *testing.T) {
	runCases(t, []valueCase{
		{"Sales rose 12.5% while costs fell five per cent and margins 3.2 percent.", "",
			[]want{{"12.5%", "percent", "12.5"}, {"five per cent", "percent", "5"}, {"3.2 percent", "percent", "3.2"}}, "percent,quantity"},
		{"The Bank of England raised rates by 0.25 percentage points.", "",
			[]want{{"0.25 percentage points", "quantity", `{"amount":0.25,"unit":"percentage point"}`}}, "percent,quantity"},
		{"Interpol operation arrests 300 suspects linked to African cybercrime rings.", "",
			[]want{{"300 suspects", "quantity", `{"amount":300,"unit":"suspects"}`}}, "quantity"},
		{"A major Keenetic router data leak could put a million households at risk.", "",
			[]want{{"a million households", "quantity", `{"amount":1000000,"unit":"households"}`}}, "quantity"},
		{"The carmaker will cut 30,000 staff worldwide.", "",
			[]want{{"30,000 staff", "quantity", `{"amount":30000,"unit":"staff"}`}}, "quantity"},
		{"Castlecrag mountain lies 1.6 km west of Mount Frink; the jet can run at over 188 miles an hour.", "",
			[]want{{"1.6 km", "quantity", `{"amount":1.6,"unit":"Kilometer"}`},
				{"188 miles an hour", "quantity", `{"amount":188,"unit":"Mile per hour"} more-than`}}, "quantity"},
		{"A 10-gallon water cooler toppled; the 7.62mm barrel was new.", "",
			[]want{{"10-gallon", "quantity", `{"amount":10,"unit":"Gallon"}`},
				{"7.62mm", "quantity", `{"amount":7.62,"unit":"Millimeter"}`}}, "quantity"},
		{"It has also doubled its work force to 50,000 in 2020.", "", nil, "quantity"},
		{"The Chinese technology giant sells 5G and 4G kit, IPD 2.0 and B2B services to Windows 11 users.", "", nil, "quantity,percent,money,time"},
	})
}

func TestTime(t *testing.T) {
	runCases(t, []valueCase{
		{"Huawei has unveiled plans to invest $2bn in cyber security over the next five years.", "2018-12-19",
			[]want{{"the next five years", "duration", `"P5Y"`}}, "time"},
		{"In a press conference on Tuesday (18 December), the chairman, Ken Hu, spoke.", "2018-12-19",
			[]want{{"Tuesday (18 December)", "date", `"2018-12-18"`}}, "time"},
		{"The government is expected to publish a telecoms review early next year.", "2018-12-19",
			[]want{{"early next year", "period", `{"start":"2019-01-01","end":"2019-04-30"}`}}, "time"},
		{"But earlier this month the company's relationship with the West took its most dramatic turn yet.", "2018-12-19",
			[]want{{"earlier this month", "period", `{"start":"2018-12-01","end":"2018-12-18"}`}}, "time"},
		{"Hu noted that there have been no serious cybersecurity incidents in 30 years.", "2018-12-18",
			[]want{{"30 years", "duration", `"P30Y"`}}, "time"},
		{"The deal is expected to close in a week, the firm said.", "2013-02-12",
			[]want{{"in a week", "date", `"2013-02-19"`}}, "time"},
		{"The minister resigned on Monday and the vote was held last Thursday.", "2018-12-19",
			[]want{{"Monday", "date", `"2018-12-17"`}, {"last Thursday", "date", `"2018-12-13"`}}, "time"},
		{"The results will be published on Tuesday.", "2018-12-19",
			[]want{{"Tuesday", "date", `"2018-12-25"`}}, "time"},
		{"Revenue grew in Q3 2019 and in the first half of 2019.", "2019-12-01",
			[]want{{"Q3 2019", "period", `{"start":"2019-07-01","end":"2019-09-30"}`},
				{"the first half of 2019", "period", `{"start":"2019-01-01","end":"2019-06-30"}`}}, "time"},
		{"Officials said the report would be published from 13th to 15th of July.", "2013-02-12",
			[]want{{"from 13th to 15th of July", "period", `{"start":"2013-07-13","end":"2013-07-15"}`}}, "time"},
		{"The company said the results would be released Sunday, December 7, 2014.", "2012-08-09",
			[]want{{"Sunday, December 7, 2014", "date", `"2014-12-07"`}}, "time"},
		{"Typhoon Xangsane hit Manila two months ago, killing at least 200.", "2018-10-17",
			[]want{{"two months ago", "date", `"2018-08-17"`}}, "time"},
		{"Listen to 1990s music this year.", "2018-05-29",
			[]want{{"1990s", "period", `{"start":"1990-01-01","end":"1999-12-31"}`}, {"this year", "date", `"2018"`}}, "time"},
		{"The summit opened on 18 December, the minister said.", "",
			[]want{{"18 December", "date", `"--12-18"`}}, "time"},
		{"Call 020 7946 0000 or see section 3.2 at https://example.com/2018/12/19/report.", "2018-12-19", nil, "time,quantity"},
	})
}
