package compare

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/claimex/claimex/extract"
)

// event is a set of reports in testdata with their reference dates.
type event struct {
	name  string
	files []string // under testdata/
	dates []string
}

var events = []event{
	{"huawei", []string{"articles/huawei-2bn-cybersecurity.txt", "articles/huawei-cybersecurity-push.txt"}, []string{"2018-12-19", "2018-12-18"}},
	{"ferry", []string{"compare/ferry-order/coastal-times.txt", "compare/ferry-order/harbour-news.txt", "compare/ferry-order/island-gazette.txt"}, []string{"2025-03-10", "2025-03-10", "2025-03-11"}},
	{"strike", []string{"compare/port-strike/northern-herald.txt", "compare/port-strike/business-daily.txt"}, []string{"2025-04-08", "2025-04-08"}},
	{"steel", []string{"compare/steel-plant-quote/valley-post.txt", "compare/steel-plant-quote/midlands-wire.txt"}, []string{"2025-06-11", "2025-06-11"}},
}

var unrelated = []string{"compare/unrelated/library-reopens.txt", "compare/unrelated/rovers-cup-win.txt", "compare/unrelated/heatwave-warning.txt"}

func (e event) records(t *testing.T) []*extract.Record {
	var out []*extract.Record
	for i, f := range e.files {
		out = append(out, recordFile(t, f, e.dates[i]))
	}
	return out
}

var firstNumber = regexp.MustCompile(`[0-9]+(\.[0-9]+)?`)

// changeAmount returns text with the first amount of money that a claim
// carries written three times as large, and that amount's old text.
func changeAmount(rec *extract.Record, raw string) (string, string, bool) {
	inClaim := map[string]bool{}
	for _, c := range rec.Claims {
		for _, v := range c.Values {
			inClaim[v] = true
		}
	}
	for _, v := range rec.Values {
		if v.Type != "money" || !inClaim[v.ID] {
			continue
		}
		loc := firstNumber.FindStringIndex(v.Text)
		i := strings.Index(raw, v.Text)
		if loc == nil || i < 0 {
			continue
		}
		n, err := strconv.ParseFloat(v.Text[loc[0]:loc[1]], 64)
		if err != nil || n == 0 {
			continue
		}
		changed := v.Text[:loc[0]] + strconv.FormatFloat(n*3, 'f', -1, 64) + v.Text[loc[1]:]
		return raw[:i] + changed + raw[i+len(v.Text):], v.Text, true
	}
	return "", "", false
}

// TestChangedAmountConflicts copies each report that states an amount,
// changes that one amount, and expects exactly one conflicting group: the
// one whose money slot the change broke.
func TestChangedAmountConflicts(t *testing.T) {
	c := newComparer(t)
	tried := 0
	for _, e := range events {
		for i, f := range e.files {
			raw, err := os.ReadFile(filepath.Join("..", "testdata", f))
			if err != nil {
				t.Fatal(err)
			}
			orig := record(t, "original.txt", string(raw), e.dates[i])
			text, old, ok := changeAmount(orig, string(raw))
			if !ok {
				continue
			}
			tried++
			changed := record(t, "changed.txt", text, e.dates[i])
			rep := c.Compare(inputsOf(orig, changed))
			var conflicts []Group
			for _, g := range rep.Groups {
				if g.Status == Conflicting {
					conflicts = append(conflicts, g)
				}
			}
			if len(conflicts) != 1 {
				t.Errorf("%s with %q changed: %d conflicting groups, want 1", f, old, len(conflicts))
				for _, g := range conflicts {
					t.Logf("  %s %q", g.ID, g.Statement)
				}
				continue
			}
			for _, s := range conflicts[0].Slots {
				if !s.Compatible && s.Type != SlotMoney {
					t.Errorf("%s: the %s slot conflicts, not money", f, s.Type)
				}
			}
		}
	}
	if tried < 3 {
		t.Fatalf("only %d reports state an amount a claim carries", tried)
	}
}

// TestParaphraseGroups: the same claimant and values in other words still
// make one group, and corroborate.
func TestParaphraseGroups(t *testing.T) {
	pairs := []struct{ a, b string }{
		{"Huawei has promised to invest $2bn in cyber security over the next five years, the company said on Tuesday.",
			"Huawei pledged to spend $2bn on its cybersecurity operations in the coming five years, it said on Tuesday."},
		{"Kessler Steel said on Wednesday that it would cut 1,200 jobs at its mill in Dunmore.",
			"Kessler Steel said it will shed 1,200 jobs at the Dunmore works, the steelmaker announced on Wednesday."},
		{"Finance minister Ana Silva said inflation would fall to 3% by December.",
			"Inflation is set to drop to 3% by December, finance minister Ana Silva said."},
	}
	c := newComparer(t)
	for _, p := range pairs {
		a := record(t, "a.txt", p.a, "2025-06-11")
		b := record(t, "b.txt", p.b, "2025-06-11")
		if len(a.Claims) == 0 || len(b.Claims) == 0 {
			t.Errorf("no claim in %q or %q", p.a, p.b)
			continue
		}
		rep := c.Compare(inputsOf(a, b))
		found := false
		for _, g := range rep.Groups {
			if g.Sources == 2 && g.Status == Corroborated {
				found = true
			}
		}
		if !found {
			t.Errorf("no corroborated group of\n  %q\n  %q", p.a, p.b)
			for _, g := range rep.Groups {
				t.Logf("  %s %s %d %q", g.ID, g.Status, g.Sources, g.Statement)
			}
		}
	}
}

// TestUnrelatedChangesNothing adds unrelated reports (and the other
// events' reports) to each event and expects its groups unchanged.
func TestUnrelatedChangesNothing(t *testing.T) {
	c := newComparer(t)
	var others []*extract.Record
	for _, f := range unrelated {
		others = append(others, recordFile(t, f, "2025-05-05"))
	}
	all := map[string][]*extract.Record{}
	for _, e := range events {
		all[e.name] = e.records(t)
	}
	for _, e := range events {
		docs := all[e.name]
		extra := slicesConcat(others)
		for _, o := range events {
			if o.name != e.name {
				extra = append(extra, all[o.name]...)
			}
		}
		before := c.Compare(inputsOf(docs...))
		after := c.Compare(inputsOf(append(slicesConcat(docs), extra...)...))
		want := groupsByMembers(before, len(docs))
		got := groupsByMembers(after, len(docs))
		for key, status := range want {
			if got[key] != status {
				t.Errorf("%s: group {%s} was %s, is %q with unrelated reports added", e.name, key, status, got[key])
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d groups of its own reports, %d with unrelated reports added", e.name, len(want), len(got))
		}
	}
}

// groupsByMembers maps each group holding a claim of the first n documents
// to its status, keyed by its sorted member list.
func groupsByMembers(rep *Report, n int) map[string]string {
	out := map[string]string{}
	for _, g := range rep.Groups {
		var keys []string
		for _, m := range g.Members {
			keys = append(keys, itoa(m.Document)+"/"+m.Claim)
		}
		if g.Members[0].Document < n {
			out[strings.Join(keys, " ")] = g.Status
		}
	}
	return out
}

func slicesConcat(s []*extract.Record) []*extract.Record { return append([]*extract.Record(nil), s...) }
