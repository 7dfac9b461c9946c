package lexlearn

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/rules"
)

// names marks every occurrence of each name in text.
func names(id, text string, persons bool, ns ...string) NameText {
	t := NameText{ID: id, Text: text, Persons: persons}
	rs := []rune(text)
	for _, n := range ns {
		nr := []rune(n)
		for i := 0; i+len(nr) <= len(rs); i++ {
			if string(rs[i:i+len(nr)]) == n {
				t.Names = append(t.Names, [2]int{i, i + len(nr)})
			}
		}
	}
	return t
}

func TestFirstNames(t *testing.T) {
	w := GenderWords{
		Pronoun: map[string]string{"he": "male", "his": "male", "she": "female", "her": "female"},
		Title:   func(s string) bool { return s == "sen" },
		Common:  func(s string) bool { return s == "the" },
	}
	texts := []NameText{
		names("a", "Sen. Ana Ruiz said she would run. Ana Ruiz said her team was ready.", true, "Sen. Ana Ruiz", "Ana Ruiz"),
		names("b", "Ana Lopez thinks she can win. Tomas Brandt said he would not, and Ana Ruiz, he said, agreed.", true, "Ana Lopez", "Tomas Brandt", "Ana Ruiz"),
		names("c", "Tomas Vidal says he is ready. Tomas Vidal said his plan works.", true, "Tomas Vidal"),
		names("d", "The Times said he lied. The Times said he lied. The Times said he lied.", false, "The Times"),
	}
	got := FirstNames(texts, w, GenderOptions{MinDocs: 2, MinVotes: 3, MinShare: 0.75, Window: 8})
	want := map[string]string{"Ana": "female", "Tomas": "male"}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for _, n := range got {
		if want[n.Name] != n.Gender {
			t.Errorf("%s: %s, want %q", n.Name, n.Gender, want[n.Name])
		}
	}
	// "Ana Ruiz, he said" does not vote: a comma ends the clause.
	for _, n := range got {
		if n.Name == "Ana" && n.Share != 1 {
			t.Errorf("Ana's share = %v, want 1", n.Share)
		}
	}
	list := ListNames(map[string][]string{"female": {"Ana", "Jean", "Mary"}, "male": {"Jean", "Peter"}}, got)
	if len(list) != 2 || list[0].Name != "Mary" || list[0].Gender != "female" || list[1].Name != "Peter" {
		t.Errorf("list names = %v, want Mary (female) and Peter: Jean is in both lists, Ana was learned", list)
	}
	packs, err := WriteGender("gender-names-learned.yaml", LearnedDescription("train.jsonl", DefaultGenderOptions), append(got, list...))
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
}
