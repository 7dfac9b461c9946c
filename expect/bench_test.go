package expect

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimex/claimex/extract"
)

// BenchmarkCheck checks a seed-sized expectation file against a record of a
// long article (200 claims, 100 entities, 100 values).
func BenchmarkCheck(b *testing.B) {
	base := record()
	r := *base
	r.Text = strings.Repeat(base.Text+"\n\n", 50)
	for i := 0; i < 50; i++ {
		for _, c := range base.Claims[:4] {
			c.ID = fmt.Sprintf("c%d-%s", i, c.ID)
			r.Claims = append(r.Claims, c)
		}
		for _, e := range base.Entities[:2] {
			e.ID, e.Name = fmt.Sprintf("x%d-%s", i, e.ID), fmt.Sprintf("%s %d", e.Name, i)
			r.Entities = append(r.Entities, e)
		}
		for _, v := range base.Values[:2] {
			v.Text = fmt.Sprintf("%s %d", v.Text, i)
			r.Values = append(r.Values, v)
		}
	}
	f, err := Parse("b.expected.yaml", []byte(`text: {keeps: [five years, factual evidence, Zürich earn], drops: [show image]}
meta: {title: Huawei, authors: [Mike Moore]}
entities: [{type: ORG, name: Huawei}, {type: PERSON, name: Ken Hu, titles: [rotating chairman]}, {type: GPE, name: Paris}]
not_entities: [Tuesday, show image]
values: [{type: money, text: $2bn, value: {amount: 2e9, currency: USD}}, {type: percent, text: 3%, value: 4}]
not_values: [5G, 4G]
claims:
  - {kind: quote, claimant: Ken Hu, via: Reuters, contains: factual evidence}
  - {kind: commitment, claimant: Huawei, contains: invest $2bn}
  - {kind: reported, hedged: false, contains: may face a ban}
  - {kind: quote, contains: never said}
`))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Check(f, &r)
	}
}

func ExampleCheck() {
	f, err := Parse("a.expected.yaml", []byte("text:\n  keeps: [Acme will invest]\n  drops: [Show image]\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	rec := extract.Record{Text: "Acme will invest $2bn.\n\nShow image"}
	for _, r := range Check(f, &rec) {
		fmt.Printf("%d:%d %s: %s: pass=%v %q\n", r.Line, r.Col, r.Section, r.Name, r.Pass, r.Reason)
	}
	// Output:
	// 2:11 text: keeps Acme will invest: pass=true ""
	// 3:11 text: drops Show image: pass=false "still in text"
}
