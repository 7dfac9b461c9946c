package compare

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/rules"
)

func TestSeedPair(t *testing.T) {
	docs := seedPair(t)
	rep := newComparer(t).Compare(inputsOf(docs...))
	var plan *Group
	for i := range rep.Groups {
		g := &rep.Groups[i]
		if g.Status == Conflicting {
			t.Errorf("conflicting group in two reports that agree: %s %q", g.ID, g.Statement)
		}
		if g.Sources == 2 && strings.Contains(g.Statement, "invest $2bn") {
			plan = g
		}
	}
	if plan == nil {
		t.Fatal("the spending plan is not one group of both reports")
	}
	if plan.Status != Corroborated || plan.Claimant == nil || plan.Claimant.Name != "Huawei" {
		t.Errorf("spending plan: %s, claimant %+v", plan.Status, plan.Claimant)
	}
	var money *Slot
	for i := range plan.Slots {
		if plan.Slots[i].Type == SlotMoney {
			money = &plan.Slots[i]
		}
	}
	if money == nil || !money.Compatible || len(money.Values) < 2 {
		t.Errorf("money slot: %+v", money)
	}
	checkMembers(t, rep, docs)
}

// checkMembers asserts that every claim of every document is in exactly
// one group, and that each member's offsets and text are its claim's.
func checkMembers(t *testing.T, rep *Report, docs []*extract.Record) {
	t.Helper()
	seen := map[string]bool{}
	for _, g := range rep.Groups {
		sources := map[int]bool{}
		for _, m := range g.Members {
			key := itoa(m.Document) + "/" + m.Claim
			if seen[key] {
				t.Errorf("claim %s in two groups", key)
			}
			seen[key] = true
			sources[m.Document] = true
			r := docs[m.Document]
			var cl *extract.Claim
			for i := range r.Claims {
				if r.Claims[i].ID == m.Claim {
					cl = &r.Claims[i]
				}
			}
			if cl == nil {
				t.Errorf("%s: no such claim", key)
				continue
			}
			runes := []rune(r.Text)
			if m.Start != cl.Start || m.End != cl.End || m.End > len(runes) || m.Source != r.Source || m.Text != cl.Text {
				t.Errorf("%s: member %+v does not point back to its claim", key, m)
			}
		}
		if g.Sources != len(sources) {
			t.Errorf("%s: sources %d, members from %d documents", g.ID, g.Sources, len(sources))
		}
		if (g.Sources == 1) != (g.Status == Single) {
			t.Errorf("%s: status %s with %d sources", g.ID, g.Status, g.Sources)
		}
	}
	for d, r := range docs {
		for _, cl := range r.Claims {
			if !seen[itoa(d)+"/"+cl.ID] {
				t.Errorf("claim %d/%s in no group", d, cl.ID)
			}
		}
	}
}

// TestSchema validates real reports against the JSON Schema, and checks
// that its value definition is the document record's.
func TestSchema(t *testing.T) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSONSchema))
	if err != nil {
		t.Fatal(err)
	}
	comp := jsonschema.NewCompiler()
	if err := comp.AddResource("compare.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := comp.Compile("compare.json")
	if err != nil {
		t.Fatal(err)
	}
	docs := append(seedPair(t), recordFile(t, "compare/ferry-order/harbour-news.txt", "2025-03-10"))
	inputs := append(inputsOf(docs...), Input{Source: "missing.txt", Err: errors.New("no such file")})
	data, err := json.Marshal(newComparer(t).Compare(inputs))
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(v); err != nil {
		t.Errorf("report does not match the schema: %v", err)
	}

	var ours, theirs struct {
		Defs map[string]any `json:"$defs"`
	}
	if err := json.Unmarshal(JSONSchema, &ours); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(extract.JSONSchema, &theirs); err != nil {
		t.Fatal(err)
	}
	for _, def := range []string{"value", "date"} {
		if !reflect.DeepEqual(ours.Defs[def], theirs.Defs[def]) {
			t.Errorf("$defs.%s differs from the document schema's", def)
		}
	}
}

// TestRecordsFromJSON compares records read back from JSON as it compares
// the extractor's own: the same groups, statuses and slots.
func TestRecordsFromJSON(t *testing.T) {
	docs := seedPair(t)
	var back []*extract.Record
	for _, d := range docs {
		data, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var r extract.Record
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatal(err)
		}
		back = append(back, &r)
	}
	c := newComparer(t)
	a := plainJSON(t, c.Compare(inputsOf(docs...)))
	b := plainJSON(t, c.Compare(inputsOf(back...)))
	if !reflect.DeepEqual(a, b) {
		t.Error("records read back from JSON compare differently")
	}
}

func TestFailedInput(t *testing.T) {
	docs := seedPair(t)
	inputs := []Input{{Record: docs[0]}, {Source: "gone.txt", Err: errors.New("no such file")}, {Record: docs[1]}}
	rep := newComparer(t).Compare(inputs)
	if len(rep.Documents) != 3 || rep.Documents[1].Error == nil || rep.Documents[1].Source != "gone.txt" {
		t.Fatalf("documents: %+v", rep.Documents)
	}
	for _, g := range rep.Groups {
		for _, m := range g.Members {
			if m.Document == 1 {
				t.Errorf("a failed input has a claim in %s", g.ID)
			}
		}
	}
}

func TestWriteTable(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTable(&buf, newComparer(t).Compare(inputsOf(seedPair(t)...))); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"2 documents", "corroborated", "Huawei", "money compatible", "single claims"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

// TestRulePackOverride: the weights are data; a pack that raises the
// threshold out of reach leaves every claim single.
func TestRulePackOverride(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	pack := "kind: compare\nrules:\n  - id: weights\n    class: weights\n    weights: {threshold: 9, min_evidence: 0.3, linkage: 0.5, full_common: 2, block_max: 400, content: 0.6}\n"
	if err := set.Merge("strict.yaml", []byte(pack)); err != nil {
		t.Fatal(err)
	}
	c, err := New(set)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range c.Compare(inputsOf(seedPair(t)...)).Groups {
		if g.Status != Single {
			t.Errorf("%s is %s with an unreachable threshold", g.ID, g.Status)
		}
	}
	bad := "kind: compare\nrules:\n  - id: weights\n    class: weights\n    weights: {threshold: 0.5}\n"
	set2, _ := rules.LoadDefault()
	if err := set2.Merge("bad.yaml", []byte(bad)); err != nil {
		t.Fatal(err)
	}
	if _, err := New(set2); err == nil || !strings.Contains(err.Error(), "full_common") {
		t.Errorf("a weights rule without full_common: %v", err)
	}
}
