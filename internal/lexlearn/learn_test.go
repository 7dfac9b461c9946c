package lexlearn

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/rules"
)

// doc builds a training document from text with gold names marked as
// [Name|TYPE]; tokens are split at spaces.
func doc(id, marked string) string {
	var text strings.Builder
	var toks, ents []string
	pos := 0
	for _, w := range strings.Fields(marked) {
		if text.Len() > 0 {
			text.WriteByte(' ')
			pos++
		}
		if strings.HasPrefix(w, "[") {
			name, typ, _ := strings.Cut(strings.Trim(w, "[]"), "|")
			parts := strings.Split(name, "_")
			start := pos
			for i, p := range parts {
				if i > 0 {
					text.WriteByte(' ')
					pos++
				}
				toks = append(toks, `["`+p+`",`+itoa(pos)+`,`+itoa(pos+len(p))+`]`)
				text.WriteString(p)
				pos += len(p)
			}
			ents = append(ents, `{"start":`+itoa(start)+`,"end":`+itoa(pos)+`,"type":"`+typ+`"}`)
			continue
		}
		toks = append(toks, `["`+w+`",`+itoa(pos)+`,`+itoa(pos+len(w))+`]`)
		text.WriteString(w)
		pos += len(w)
	}
	return `{"id":"` + id + `","text":"` + text.String() + `","tokens":[` + strings.Join(toks, ",") + `],"entities":[` + strings.Join(ents, ",") + `]}`
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func corpus(t *testing.T, lines ...string) []*Doc {
	t.Helper()
	docs, err := ReadDocs(strings.NewReader(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestNames(t *testing.T) {
	docs := corpus(t,
		doc("a", "[Ajax|ORG] beat [PSV|ORG] 2-1 . Attendance 20,000 . Mark my words ."),
		doc("b", "[Ajax|ORG] drew with [Feyenoord_Rotterdam|ORG] . Attendance 30,000 ."),
		doc("c", "[Mark_Roe|PER] and [Mark|PER] said . Attendance 1,000 . [Ajax|LOC] hosts ."),
		doc("d", "[Feyenoord_Rotterdam|ORG] won . Mark the date . Attendance 5 . Attendance 6 ."),
	)
	got := map[string]Name{}
	for _, n := range Names(docs, DefaultOptions) {
		got[n.Form] = n
	}
	if n, ok := got["Ajax"]; ok {
		t.Errorf("Ajax is ORG in two of three occurrences, below the type share, yet learned: %+v", n)
	}
	if n := got["Feyenoord Rotterdam"]; n.Type != "ORG" || n.Docs != 2 {
		t.Errorf("Feyenoord Rotterdam = %+v, want ORG in 2 documents", n)
	}
	if _, ok := got["Mark"]; ok {
		t.Error(`"Mark" is a name once in three capitalized occurrences and must not be learned`)
	}
	if _, ok := got["PSV"]; ok {
		t.Error("PSV occurs in one document only")
	}
	labels := NonNames(docs, DefaultOptions, func(string) bool { return false })
	if strings.Join(labels, ",") != "attendance" {
		t.Errorf("labels = %v, want [attendance]", labels)
	}
	if l := NonNames(docs, DefaultOptions, func(w string) bool { return w == "attendance" }); len(l) != 0 {
		t.Errorf("a known word is learned again: %v", l)
	}
}

func TestAffixesAndSplit(t *testing.T) {
	docs := corpus(t,
		doc("a", "[Dynamo_Kiev|ORG] beat [Dynamo_Moscow|ORG] ."),
		doc("b", "[Dynamo_Minsk|ORG] lost . [Dynamo_Kiev|ORG] won ."),
		doc("c", "[Ken_Hu|PER] met [Ken_Lee|PER] and [Ken_Li|PER] ."),
	)
	pre, _ := Affixes(docs, DefaultOptions)
	if strings.Join(pre, ",") != "Dynamo" {
		t.Errorf("prefixes = %v, want [Dynamo]", pre)
	}
	in, out := Split(docs, 0)
	if len(in)+len(out) != 3 {
		t.Fatalf("split lost documents: %d + %d", len(in), len(out))
	}
	for _, d := range in {
		if Half(d.ID) != 0 {
			t.Errorf("%s is in half %d", d.ID, Half(d.ID))
		}
	}
}

func TestWriteLoads(t *testing.T) {
	names := []Name{{Form: "Feyenoord Rotterdam", Type: "ORG"}, {Form: "Wimbledon", Type: "MISC"}, {Form: "Mark Roe", Type: "PER"}}
	packs, err := Write("train.jsonl", DefaultOptions, names, []string{"attendance"}, []string{"Dynamo"}, []string{"Rotterdam"})
	if err != nil {
		t.Fatal(err)
	}
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for file, b := range packs {
		if err := set.Merge(file, b); err != nil {
			t.Fatalf("%s does not load: %v\n%s", file, err, b)
		}
		if !strings.Contains(string(b), "train.jsonl") {
			t.Errorf("%s does not record its source", file)
		}
	}
	found := false
	for _, g := range set.Gazetteers() {
		if g.ID == "learned-other-names" && g.Type == "MISC" && len(g.Names) == 1 && g.Names[0] == "Wimbledon" {
			found = true
		}
	}
	if !found {
		t.Error("the MISC names are not in the merged set")
	}
	if _, err := ReadDocs(strings.NewReader(`{"id":"x","text":"ab","tokens":[["ab",0,9]],"entities":[]}`)); err == nil {
		t.Error("a token past the text is accepted")
	}
}
