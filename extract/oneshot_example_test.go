package extract_test

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/claimex/claimex/extract"
)

const acme = "Acme to build factories\n\n" +
	"Acme Corp has promised to invest $2bn in new factories over the next five years.\n\n" +
	"“We are confident in the plan,” chief executive Jane Smith said on Tuesday."

// One call reads an article and returns its record.
func ExampleExtract() {
	article := "Acme Corp has promised to invest $2bn in new factories over the next five years."
	rec, err := extract.Extract(context.Background(), strings.NewReader(article), extract.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(rec.Claims[0].Claimant.Name)
	// Output: Acme Corp
}

// Typed accessors read a value's normalized form without a type switch.
func ExampleValue_Money() {
	rec, err := extract.Extract(context.Background(), strings.NewReader(acme), extract.Options{})
	if err != nil {
		panic(err)
	}
	for _, v := range rec.Values {
		if m, ok := v.Money(); ok {
			fmt.Printf("%s: %.0f %s\n", v.Text, *m.Amount, m.Currency)
		}
		if d, ok := v.Duration(); ok {
			fmt.Printf("%s: %s\n", v.Text, d)
		}
	}
	// Output:
	// $2bn: 2000000000 USD
	// the next five years: P5Y
}

// Offsets come in two kinds. A [extract.Record] (the output schema) counts
// Unicode code points into its Text, so []rune(Text)[Start:End] is the span,
// as text[start:end] is in Python. A [extract.Document] (what flows through
// the stages) holds byte offsets into its Text, so Text[Start:End] is the
// span; [extract.NewRecord] converts one into the other. They differ after
// the first character outside ASCII, here the opening quotation mark.
func Example_offsets() {
	x, err := extract.New(extract.Options{})
	if err != nil {
		panic(err)
	}
	doc, err := x.Extract(context.Background(), []byte(acme), extract.Input{})
	if err != nil {
		panic(err)
	}
	rec := extract.NewRecord(doc)
	quote, span := rec.Claims[1], doc.Claims[1].Span
	fmt.Printf("record:   code points %d..%d %q\n", quote.Start, quote.End, string([]rune(rec.Text)[quote.Start:quote.End]))
	fmt.Printf("document: bytes %d..%d %q\n", span.Start, span.End, doc.Text[span.Start:span.End])
	fmt.Println("bytes before the quote:", span.Start-quote.Start, "more than code points, for", utf8.RuneLen('“')-1, "extra bytes of “")
	// Output:
	// record:   code points 108..136 "We are confident in the plan"
	// document: bytes 110..138 "We are confident in the plan"
	// bytes before the quote: 2 more than code points, for 2 extra bytes of “
}
