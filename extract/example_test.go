package extract_test

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/claimex/claimex/extract"
)

func ExampleExtractor_Extract() {
	x, err := extract.New(extract.Options{Published: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}
	article := "Acme to build factories\n\n" +
		"Acme Corp has promised to invest $2bn in new factories over the next five years.\n\n" +
		"“We are confident in the plan,” chief executive Jane Smith said on Tuesday."
	doc, err := x.Extract(context.Background(), []byte(article), extract.Input{Source: "acme.txt"})
	if err != nil {
		panic(err)
	}
	rec := extract.NewRecord(doc)
	for _, v := range rec.Values {
		value, _ := json.Marshal(v.Value)
		fmt.Printf("%s %q %s\n", v.Type, v.Text, value)
	}
	for _, c := range rec.Claims {
		fmt.Printf("%s by %s: %q\n", c.Kind, c.Claimant.Name, c.Text)
	}
	// Output:
	// money "$2bn" {"amount":2000000000,"currency":"USD"}
	// duration "the next five years" "P5Y"
	// date "Tuesday" "2024-04-30"
	// commitment by Acme Corp: "invest $2bn in new factories over the next five years"
	// quote by Jane Smith: "We are confident in the plan"
}
