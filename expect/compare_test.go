package expect

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/compare"
	"github.com/claimex/claimex/extract"
)

func TestParseCompareErrors(t *testing.T) {
	docs := "documents:\n  - {file: a.txt}\n  - {file: b.txt}\n"
	cases := []struct{ yaml, want string }{
		{"", "needs documents"},
		{"documents:\n  - {file: a.txt}\n", "at least two documents"},
		{"documents:\n  - {file: a.txt}\n  - {file: a.txt}\n", `"a.txt" listed twice`},
		{"documents:\n  - {args: [--published, x]}\n  - {file: b.txt}\n", "a document needs file"},
		{docs + "group:\n  - {}\n", `unknown field "group"`},
		{docs + "groups:\n  - {members: [{file: c.txt, contains: x}]}\n", `file "c.txt" is not one of the documents`},
		{docs + "groups:\n  - {status: agreed, members: [{file: a.txt, contains: x}]}\n", `status "agreed"`},
		{docs + "groups:\n  - {status: single}\n", "a group needs members"},
		{docs + "groups:\n  - {members: [{file: a.txt, contains: x}], slots: [{type: amount}]}\n", `slot type "amount"`},
		{docs + "groups:\n  - {members: [{file: a.txt, contains: x}], slots: [{type: money, compatible: maybe}]}\n", "compatible: want true or false"},
		{docs + "singles:\n  - {file: a.txt}\n", "a single needs contains"},
		{docs + "apart:\n  - [{file: a.txt, contains: x}]\n", "apart: want a list of two claims"},
		{docs + "entities:\n  - {type: ORG, name: X, in: [z.txt]}\n", `file "z.txt"`},
		{docs + "entities:\n  - {type: org, name: X}\n", `entity type "org"`},
	}
	for _, tc := range cases {
		_, err := ParseCompare("x.compare.yaml", []byte(tc.yaml))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want %q", tc.yaml, err, tc.want)
		}
	}
	f, err := ParseCompare("dir/x.compare.yaml", []byte(docs+"conflicts: []\n"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Documents[1].Article != "dir/b.txt" || f.Count() != 1 || f.ConflictsPos.Line != 4 {
		t.Errorf("parsed %+v, count %d", f.Documents, f.Count())
	}
}

// A report of two documents: g1 corroborates claim c1 of both, g2 and g3
// hold one claim each; g3 conflicts.
func fixtureReport() (*compare.Report, []*extract.Record) {
	recs := []*extract.Record{
		{Text: "Acme will invest $2bn.", Claims: []extract.Claim{
			{ID: "c1", Text: "will invest $2bn", Sentence: extract.Span{Start: 0, End: 22}},
			{ID: "c2", Text: "a lone claim"}}},
		{Text: "Acme plans to invest $2bn.", Claims: []extract.Claim{
			{ID: "c1", Text: "plans to invest $2bn"}}},
	}
	x1 := "x1"
	rep := &compare.Report{
		Entities: []compare.Entity{{ID: "x1", Type: "ORG", Name: "Acme Corp", Aliases: []string{"Acme"},
			Members: []compare.EntityMember{{Document: 0, Entity: "e1"}, {Document: 1, Entity: "e1"}}}},
		Groups: []compare.Group{
			{ID: "g1", Status: compare.Corroborated, Claimant: &compare.Claimant{Name: "Acme Corp", Entity: &x1}, Sources: 2,
				Members: []compare.Member{{Document: 0, Claim: "c1"}, {Document: 1, Claim: "c1"}},
				Slots:   []compare.Slot{{Type: compare.SlotMoney, Compatible: true}}},
			{ID: "g2", Status: compare.Single, Sources: 1, Members: []compare.Member{{Document: 0, Claim: "c2"}}},
		},
	}
	return rep, recs
}

func TestCheckCompare(t *testing.T) {
	rep, recs := fixtureReport()
	src := `documents:
  - {file: a.txt}
  - {file: b.txt}
entities:
  - {type: ORG, name: acme, in: [a.txt, b.txt]}
  - {type: PERSON, name: acme, in: [a.txt]}
groups:
  - {status: corroborated, claimant: Acme, members: [{file: a.txt, contains: "Acme will invest"}, {file: b.txt, contains: plans to invest}], slots: [{type: money, compatible: true}]}
  - {status: conflicting, members: [{file: a.txt, contains: will invest}]}
  - {members: [{file: a.txt, contains: will invest}], slots: [{type: date}]}
singles:
  - {file: a.txt, contains: lone claim}
  - {file: b.txt, contains: plans to invest}
  - {file: b.txt, contains: no such words}
apart:
  - [{file: a.txt, contains: lone claim}, {file: b.txt, contains: plans}]
  - [{file: a.txt, contains: will invest}, {file: b.txt, contains: plans}]
conflicts: []
corroborated: []
`
	f, err := ParseCompare("x.compare.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	results := CheckCompare(f, rep, recs)
	want := []struct {
		pass   bool
		reason string
	}{
		{true, ""}, {false, "no linked entity"},
		{true, ""}, {false, "status corroborated"}, {false, "no date slot"},
		{true, ""}, {false, "corroborated with 2 sources"}, {false, "no claim"},
		{true, ""}, {false, "both are in g1"},
		{true, ""},
		{false, "unlisted: g1"},
	}
	if len(results) != len(want) || len(results) != f.Count() {
		t.Fatalf("%d results for %d expectations: %+v", len(results), f.Count(), results)
	}
	for i, w := range want {
		r := results[i]
		if r.Pass != w.pass || !strings.Contains(r.Reason, w.reason) {
			t.Errorf("%s %s: pass %v (%s), want %v (%s)", r.Section, r.Name, r.Pass, r.Reason, w.pass, w.reason)
		}
	}
	fr := NewCompareReport(f, nil, errTest)
	if fr.Failed != f.Count() || fr.Passed != 0 || !strings.Contains(fr.Results[0].Reason, "articles not processed") {
		t.Errorf("report of an unprocessed file: %+v", fr)
	}
}

var errTest = &Error{File: "a.txt", Msg: "unreadable"}

// FuzzParseCompare: no input makes the parser panic, and an accepted file
// names only documents it lists.
func FuzzParseCompare(f *testing.F) {
	f.Add("documents:\n  - {file: a.txt}\n  - {file: b.txt}\ngroups:\n  - {members: [{file: a.txt, contains: x}]}\n")
	f.Add("documents: [{file: a, args: --published 2020-01-01}, {file: b}]\napart: [[{file: a, contains: x}, {file: b, contains: y}]]\nconflicts: []\n")
	f.Add("documents: &d [{file: a}, {file: b}]\nentities: *d\n")
	f.Fuzz(func(t *testing.T, src string) {
		cf, err := ParseCompare("f.compare.yaml", []byte(src))
		if err != nil {
			return
		}
		n := len(cf.Documents)
		for _, g := range append(cf.Groups, cf.Conflicts...) {
			for _, m := range g.Members {
				if m.Doc < 0 || m.Doc >= n {
					t.Fatalf("member names document %d of %d", m.Doc, n)
				}
			}
		}
	})
}
