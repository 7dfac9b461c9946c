package values

import (
	"strings"
	"testing"
	"time"

	"github.com/claimex/claimex/document"
)

// FuzzValues checks that any text yields values whose spans lie inside it,
// in order, without crossing, and whose text is the spanned text.
func FuzzValues(f *testing.F) {
	for _, s := range []string{
		"Huawei has promised to invest $2bn in cyber security over the next five years",
		"between £5m and £7m from 13th to 15th of July 2019-H2 2018-19 Q3 2019",
		"1 $ 10 dollars bill, 15 dollars and 50, €, ₹2,000 crore, 10/1/2015, the last 3 weeks of this year",
		"Tuesday (18 December) early next year multi-billion dollar 300 suspects a million households",
		"\x00\xff 5G B2B 4G 2.0 https://x.y/2018 12.5% five per cent",
	} {
		f.Add(s)
	}
	fd := newTestFinder(f)
	ref := time.Date(2018, 12, 19, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		for _, r := range []time.Time{ref, {}} {
			d := &document.Document{Text: text, Ref: r}
			if err := fd.Run(d); err != nil {
				t.Fatal(err)
			}
			last := 0
			for i, v := range d.Values {
				if v.Start < last || v.End <= v.Start || v.End > len(text) {
					t.Fatalf("value %d %+v: span out of order or outside the text (len %d)", i, v, len(text))
				}
				if v.Text != text[v.Start:v.End] {
					t.Fatalf("value %d: text %q is not the span %q", i, v.Text, text[v.Start:v.End])
				}
				if v.ID != "v"+itoa(i+1) {
					t.Fatalf("value %d has id %q", i, v.ID)
				}
				last = v.End
			}
		}
	})
}

func itoa(i int) string {
	var b strings.Builder
	if i >= 10 {
		b.WriteString(itoa(i / 10))
	}
	b.WriteByte(byte('0' + i%10))
	return b.String()
}
