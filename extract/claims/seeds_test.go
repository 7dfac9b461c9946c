package claims

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// ent describes an entity to place in a test document by its surface forms.
type ent struct {
	typ   string
	name  string
	forms []string // other surface forms (aliases), matched as whole words
}

// withEntities adds the entities to d, with a mention at every whole-word
// occurrence of the name or a form, the way the entity stage reports them.
func withEntities(d *document.Document, ents []ent) {
	for i, e := range ents {
		out := document.Entity{ID: "e" + string(rune('1'+i)), Type: e.typ, Name: e.name, Aliases: e.forms}
		for _, f := range append([]string{e.name}, e.forms...) {
			re := regexp.MustCompile(`\b` + regexp.QuoteMeta(f) + `\b`)
			for _, loc := range re.FindAllStringIndex(d.Text, -1) {
				out.Mentions = append(out.Mentions, document.Span{Start: loc[0], End: loc[1]})
			}
		}
		slices.SortFunc(out.Mentions, func(a, b document.Span) int { return a.Start - b.Start })
		d.Entities = append(d.Entities, out)
	}
}

// want is one expected claim, checked the way the seed scorer does: a claim
// whose text or sentence contains contains, with one of the kinds, the
// claimant (its name or its entity's name or alias), via and hedged.
type want struct {
	kinds    []string
	claimant string
	via      string
	hedged   *bool
	contains string
}

var yes, no = true, false

func checkWant(t *testing.T, d *document.Document, w want) {
	t.Helper()
	norm := func(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }
	var got []string
	for _, c := range d.Claims {
		if !strings.Contains(norm(c.Text), norm(w.contains)) && !strings.Contains(norm(d.Text[c.Sentence.Start:c.Sentence.End]), norm(w.contains)) {
			continue
		}
		ok := slices.Contains(w.kinds, c.Kind)
		if w.claimant != "" {
			ok = ok && claimantIs(d, c.Claimant, w.claimant)
		}
		if w.via != "" {
			ok = ok && strings.Contains(strings.ToLower(c.Via), strings.ToLower(w.via))
		}
		if w.hedged != nil {
			ok = ok && c.Hedged == *w.hedged
		}
		if ok {
			return
		}
		name := "<nil>"
		if c.Claimant != nil {
			name = c.Claimant.Name
		}
		got = append(got, c.Kind+" by "+name+" via "+c.Via+" hedged "+map[bool]string{true: "yes", false: "no"}[c.Hedged]+": "+c.Text)
	}
	t.Errorf("no %v claim by %q containing %q; near: %q", w.kinds, w.claimant, w.contains, got)
}

func claimantIs(d *document.Document, c *document.Claimant, name string) bool {
	if c == nil {
		return false
	}
	if strings.EqualFold(c.Name, name) {
		return true
	}
	for _, e := range d.Entities {
		if e.ID == c.Entity {
			if strings.EqualFold(e.Name, name) {
				return true
			}
			for _, a := range e.Aliases {
				if strings.EqualFold(a, name) {
					return true
				}
			}
		}
	}
	return false
}

func k(kinds ...string) []string { return kinds }

// TestSeeds checks the claims the two seed articles must yield, with the
// entities the entity stage is expected to find placed by hand.
func TestSeeds(t *testing.T) {
	set, f := testFinder(t)
	q, r, c, a := document.Quote, document.Reported, document.Commitment, document.Assertion
	cases := []struct {
		file  string
		ents  []ent
		wants []want
	}{
		{"huawei-2bn-cybersecurity.txt", []ent{
			{document.Org, "Huawei", nil}, {document.Person, "Ken Hu", []string{"Hu"}},
			{document.Person, "Meng Wanzhou", nil}, {document.Person, "Donald Trump", []string{"Trump"}},
			{document.Org, "Reuters", nil}, {document.Org, "GCHQ", nil}, {document.Org, "MI6", nil},
			{document.Org, "BT", nil}, {document.GPE, "US", nil}, {document.GPE, "UK", nil},
			{document.GPE, "Beijing", nil}, {document.GPE, "Vancouver", nil}, {document.GPE, "Iran", nil},
			{document.GPE, "China", nil}, {document.GPE, "Shenzhen", nil},
		}, []want{
			{kinds: k(c), claimant: "Huawei", contains: "invest $2bn in cyber security"},
			{kinds: k(r), claimant: "Huawei", contains: "operates independently of Beijing"},
			{kinds: k(r, c), claimant: "Ken Hu", contains: "boosting investment in its cyber security workforce"},
			{kinds: k(q), claimant: "Ken Hu", via: "Reuters", contains: "should be based on factual evidence"},
			{kinds: k(q), claimant: "Ken Hu", contains: "we oppose those allegations"},
			{kinds: k(r), claimant: "US", hedged: &yes, contains: "alleged links to the Chinese government"},
			{kinds: k(r, a), claimant: "Donald Trump", hedged: &yes, contains: "willing to intervene in her case"},
			{kinds: k(a), contains: "BT has already started to remove Huawei equipment"},
			{kinds: k(a), contains: "detained in Vancouver"},
			{kinds: k(a, r), hedged: &yes, contains: "expected to publish a telecoms review"},
		}},
		{"huawei-cybersecurity-push.txt", []ent{
			{document.Org, "Huawei", nil}, {document.Person, "Ken Hu", []string{"Hu"}},
			{document.GPE, "Shenzhen", nil}, {document.GPE, "US", nil}, {document.GPE, "Australia", nil},
			{document.GPE, "UK", nil}, {document.GPE, "Canada", nil}, {document.GPE, "Germany", nil},
		}, []want{
			{kinds: k(c), claimant: "Huawei", contains: "multi-billion dollar spending plan"},
			{kinds: k(c), claimant: "Huawei", contains: "boost its staff numbers"},
			{kinds: k(r), claimant: "Ken Hu", contains: "no serious cybersecurity incidents in 30 years"},
			{kinds: k(r), claimant: "Ken Hu", contains: "open to building new cyber security evaluation centers"},
			{kinds: k(q), claimant: "Ken Hu", contains: "cyber security is a global issue"},
			{kinds: k(q), claimant: "Ken Hu", contains: "we need to address it together"},
			{kinds: k(q), claimant: "Huawei", contains: "subjected itself to the strictest reviews"},
			{kinds: k(q), claimant: "Huawei", contains: "No evidence indicates that Huawei equipment poses a security threat"},
			{kinds: k(r, a), claimant: "Huawei", hedged: &yes, contains: "help ease global concerns"},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile("testdata/" + tc.file)
			if err != nil {
				t.Fatal(err)
			}
			d := runOn(t, set, f, string(data), tc.ents...)
			for _, w := range tc.wants {
				checkWant(t, d, w)
			}
		})
	}
}
