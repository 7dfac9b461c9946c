package compare

import (
	"testing"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract"
)

func f64(x float64) *float64 { return &x }

func money(text string, amount *float64, currency string, vague bool) extract.Value {
	return extract.Value{Type: document.Money, Text: text, Value: document.MoneyValue{Amount: amount, Currency: currency, Vague: vague}}
}

func TestCompatible(t *testing.T) {
	c := newComparer(t).cfg
	unit := "jobs"
	cases := []struct {
		name       string
		a, b       extract.Value
		ok, compar bool
	}{
		{"vague billions hold $2bn", money("multi-billion dollar", nil, "USD", true), money("$2bn", f64(2e9), "USD", false), true, true},
		{"vague billions exclude $500m", money("multi-billion dollar", nil, "USD", true), money("$500m", f64(5e8), "USD", false), false, true},
		{"two exact amounts differ", money("£240m", f64(2.4e8), "GBP", false), money("£420m", f64(4.2e8), "GBP", false), false, true},
		{"equal amounts", money("£240m", f64(2.4e8), "GBP", false), money("£240 million", f64(2.4e8), "GBP", false), true, true},
		{"other currencies are not compared", money("£240m", f64(2.4e8), "GBP", false), money("$420m", f64(4.2e8), "USD", false), true, false},
		{"a vague amount of no size is not compared", money("dollars", nil, "USD", true), money("$5", f64(5), "USD", false), true, false},
		{"about 20 holds 21",
			extract.Value{Type: document.Quantity, Text: "about 20 jobs", Approximate: true, Value: document.QuantityValue{Amount: 20, Unit: &unit}},
			extract.Value{Type: document.Quantity, Text: "21 jobs", Value: document.QuantityValue{Amount: 21, Unit: &unit}}, true, true},
		{"exactly 20 is not 21",
			extract.Value{Type: document.Quantity, Text: "20 jobs", Value: document.QuantityValue{Amount: 20, Unit: &unit}},
			extract.Value{Type: document.Quantity, Text: "21 jobs", Value: document.QuantityValue{Amount: 21, Unit: &unit}}, false, true},
		{"units are stemmed alike",
			extract.Value{Type: document.Quantity, Text: "1 job", Value: document.QuantityValue{Amount: 1, Unit: strp("job")}},
			extract.Value{Type: document.Quantity, Text: "2 jobs", Value: document.QuantityValue{Amount: 2, Unit: &unit}}, false, true},
		{"overlapping periods",
			extract.Value{Type: document.Period, Text: "early next year", Value: document.PeriodValue{Start: "2019-01-01", End: "2019-04-30"}},
			extract.Value{Type: document.Period, Text: "in the spring", Value: document.PeriodValue{Start: "2019-03-20", End: "2019-06-20"}}, true, true},
		{"a date inside a month", extract.Value{Type: document.Date, Text: "14 April", Value: "2025-04-14"},
			extract.Value{Type: document.Date, Text: "April", Value: "2025-04"}, true, true},
		{"two days", extract.Value{Type: document.Date, Text: "Monday 14 April", Value: "2025-04-14"},
			extract.Value{Type: document.Date, Text: "Monday 21 April", Value: "2025-04-21"}, false, true},
		{"a date without a year meets only its kind", extract.Value{Type: document.Date, Text: "14 April", Value: "--04-14"},
			extract.Value{Type: document.Date, Text: "April 14", Value: "2025-04-14"}, true, false},
		{"the same words resolved on two days", extract.Value{Type: document.Date, Text: "three years ago", Value: "2013-03-15"},
			extract.Value{Type: document.Date, Text: "Three years  ago", Value: "2013-03-16"}, true, true},
		{"a date and a period of a year", extract.Value{Type: document.Date, Text: "2028", Value: "2028"},
			extract.Value{Type: document.Date, Text: "by 2027", Value: "2027"}, false, true},
		{"durations", extract.Value{Type: document.Duration, Text: "five years", Value: "P5Y"},
			extract.Value{Type: document.Duration, Text: "60 months", Value: "P60M"}, true, true},
		{"percent", extract.Value{Type: document.Percent, Text: "8%", Value: 8.0},
			extract.Value{Type: document.Percent, Text: "9%", Value: 9.0}, false, true},
	}
	for _, tc := range cases {
		fa, okA := c.factOf(&tc.a)
		fb, okB := c.factOf(&tc.b)
		if !okA || !okB {
			t.Errorf("%s: a value was not read (%v %v)", tc.name, okA, okB)
			continue
		}
		ok, comparable := compatible(fa, fb)
		if ok != tc.ok || comparable != tc.compar {
			t.Errorf("%s: compatible %v, comparable %v; want %v, %v (%+v / %+v)", tc.name, ok, comparable, tc.ok, tc.compar, fa, fb)
		}
		// The same values read back from JSON (records from a file) compare alike.
		ja, jb := tc.a, tc.b
		ja.Value, jb.Value = plainJSON(t, tc.a.Value), plainJSON(t, tc.b.Value)
		ga, _ := c.factOf(&ja)
		gb, _ := c.factOf(&jb)
		if ok2, comp2 := compatible(ga, gb); ok2 != ok || comp2 != comparable {
			t.Errorf("%s: from JSON: compatible %v, comparable %v", tc.name, ok2, comp2)
		}
	}
}

func strp(s string) *string { return &s }

func TestMagnitude(t *testing.T) {
	c := newComparer(t).cfg
	for text, want := range map[string]float64{
		"multi-billion dollar":            1e9,
		"hundreds of millions of dollars": 1e8,
		"several million euros":           1e6,
		"dollars":                         0,
	} {
		if got := c.magnitudeOf(text); got != want {
			t.Errorf("magnitudeOf(%q) = %g, want %g", text, got, want)
		}
	}
}

func TestISODays(t *testing.T) {
	for s, want := range map[string]float64{"P1W": 7, "P3D": 3, "PT12H": 0.5, "P1Y": 365.25} {
		if got, ok := isoDays(s); !ok || got != want {
			t.Errorf("isoDays(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
	for _, bad := range []string{"", "P", "5Y", "P5X", "PY"} {
		if _, ok := isoDays(bad); ok {
			t.Errorf("isoDays(%q) accepted", bad)
		}
	}
}
