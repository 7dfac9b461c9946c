package values

import (
	"strings"
	"testing"
	"time"

	"github.com/claimex/claimex/document"
)

// TestHomeCurrency checks which dollar or pound the shared words of an article name.
func TestHomeCurrency(t *testing.T) {
	f := newTestFinder(t)
	cases := []struct {
		name string
		text string
		meta document.Meta
		want []string // currencies of the money values, in order
	}{
		{"an article writing A$", "Kerr unveiled a multi-billion dollar plan. The government would lend A$10bn to buyers.",
			document.Meta{}, []string{"AUD", "AUD"}},
		{"A$ and US$ both written", "Kestrel posted a profit of US$45 million and is worth A$3bn. It paid 5.5 million dollars in royalties.",
			document.Meta{}, []string{"USD", "AUD", "USD"}},
		{"places named often", "Toronto and Ottawa agreed. Canada will spend billions of dollars, Canadian officials said.",
			document.Meta{}, []string{"CAD"}},
		{"places named once each", "Rivals in Australia and Canada spent a multi-billion dollar sum.",
			document.Meta{}, []string{"USD"}},
		{"the page's locale", "The council will spend 40 million dollars and 50 cents.",
			document.Meta{Language: "en_NZ"}, []string{"NZD", "NZD"}},
		{"the site's country", "The council will spend 40 million dollars.",
			document.Meta{URL: "https://www.example.com.au/news/1"}, []string{"AUD"}},
		{"a bare symbol follows the article", "Sydney, Melbourne and Perth in Australia: prices rose to $900,000.",
			document.Meta{}, []string{"AUD"}},
		{"a dateline", "Ottawa, May 3 (Reuters) - The province will spend $40 million on roads.",
			document.Meta{}, []string{"CAD"}},
		{"a dateline after the headline", "Budget passes\n\nSydney - The state will spend $40 million.",
			document.Meta{}, []string{"AUD"}},
		{"a place opening a sentence is no dateline", "The bill passed. Sydney, the capital, will spend $40 million.",
			document.Meta{}, []string{"USD"}},
		{"the site's country over a symbol", "Prices rose to $900,000.",
			document.Meta{URL: "https://news.example.ca/story"}, []string{"CAD"}},
		{"no context", "The firm raised 20 million dollars.", document.Meta{}, []string{"USD"}},
		{"a dateline in capitals", "OTTAWA (Reuters) - The province will spend $40 million on roads.",
			document.Meta{}, []string{"CAD"}},
		{"a capital word opening a paragraph is no place", "CANADIAN BANKS RALLY\n\nThe bank will spend $40 million.",
			document.Meta{}, []string{"USD"}},
		{"pounds in an Egyptian dateline", "CAIRO (Reuters) - The ministry will spend 300 million pounds on bread.",
			document.Meta{}, []string{"EGP"}},
		{"pounds beside Egyptian places named often", "Egypt raised fuel prices in Cairo and Giza, Egyptian officials said: a litre costs 15 pounds.",
			document.Meta{}, []string{"EGP"}},
		{"pounds, and dollars, in a Cairo story", "CAIRO - It costs 15 pounds, or $1.",
			document.Meta{}, []string{"EGP", "USD"}},
		{"dollars in a Canadian story keep pounds British", "OTTAWA - It costs 15 pounds, or $25.",
			document.Meta{}, []string{"GBP", "CAD"}},
		{"pounds on a British site", "Cairo, Egypt and Giza, Egyptian officials said: it costs 15 pounds.",
			document.Meta{URL: "https://www.example.co.uk/news"}, []string{"GBP"}},
		{"pounds with no context", "A ticket costs 15 pounds.", document.Meta{}, []string{"GBP"}},
	}
	for _, c := range cases {
		vs := f.findIn(c.text, newClock(time.Time{}), c.meta)
		var got []string
		for _, v := range vs {
			if m, ok := v.Value.(document.MoneyValue); ok {
				got = append(got, m.Currency)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: got %v, want %v", c.name, got, c.want)
				break
			}
		}
	}
}

// TestSplitCurrencyEvidence checks that an article whose evidence names two
// dollars keeps US dollars for its shared symbols and words and marks them
// ambiguous, while explicit marks keep their own currency unmarked.
func TestSplitCurrencyEvidence(t *testing.T) {
	f := newTestFinder(t)
	cases := []struct {
		name string
		text string
		want []string // currency of each money value, "?" after an ambiguous one
	}{
		{"two dollars written", "Kestrel paid C$4bn for a mine and A$2bn for a port. It spent $300 million more.",
			[]string{"CAD", "AUD", "USD?"}},
		{"US$ beside A$", "Kestrel posted a profit of US$45 million and is worth A$3bn. It paid $5 million.",
			[]string{"USD", "AUD", "USD?"}},
		{"one dollar written", "Kestrel paid C$4bn for a mine. It spent $300 million more.",
			[]string{"CAD", "CAD"}},
		{"no evidence", "It spent $300 million.", []string{"USD"}},
		{"pounds beside £ in a Cairo story", "CAIRO - The firm paid £4m in London. It spent 300 million pounds more.",
			[]string{"GBP", "GBP?"}},
	}
	for _, c := range cases {
		var got []string
		for _, v := range f.findIn(c.text, newClock(time.Time{}), document.Meta{}) {
			if m, ok := v.Value.(document.MoneyValue); ok {
				s := m.Currency
				if m.Ambiguous {
					s += "?"
				}
				got = append(got, s)
			}
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}
