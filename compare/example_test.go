package compare_test

import (
	"context"
	"fmt"
	"time"

	"github.com/claimex/claimex/compare"
	"github.com/claimex/claimex/extract"
)

func ExampleComparer_Compare() {
	x, err := extract.New(extract.Options{Published: time.Date(2025, 4, 8, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}
	reports := []string{
		"Workers at the Port of Ostmere will strike from Monday 14 April, the Transport Workers Union said.",
		"Workers at the Port of Ostmere will strike from Monday 21 April, the Transport Workers Union said.",
	}
	var inputs []compare.Input
	for i, text := range reports {
		d, err := x.Extract(context.Background(), []byte(text), extract.Input{Source: fmt.Sprintf("report-%d.txt", i+1)})
		if err != nil {
			panic(err)
		}
		rec := extract.NewRecord(d)
		inputs = append(inputs, compare.Input{Record: &rec})
	}
	c, err := compare.New(nil)
	if err != nil {
		panic(err)
	}
	for _, g := range c.Compare(inputs).Groups {
		fmt.Println(g.Status, g.Claimant.Name, len(g.Members))
		for _, s := range g.Slots {
			fmt.Println(" ", s.Type, s.Compatible)
		}
	}
	// Output:
	// conflicting Transport Workers Union 2
	//   date false
	//   claimant true
}
