package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestObjectEnds checks that a noun-phrase content ends at its object,
// before a time adjunct, an occasion or medium, or a second verb of the
// subject, while a clause, a quotation after a time, the occasion of a
// message and an object that is no noun phrase keep their words.
func TestObjectEnds(t *testing.T) {
	ents := []ent{{document.Person, "Ana Ruiz", []string{"Ruiz"}}, {document.Person, "Tom Holt", []string{"Holt"}}}
	cases := []struct{ name, text, cue, content string }{
		{"a time after the object", "Ruiz backed the harbour plan on Tuesday.", "backed", "the harbour plan"},
		{"a second verb", "The union endorsed Tom Holt in February and organized rallies for him.", "endorsed", "Tom Holt"},
		{"a clause after a time", "Ruiz told reporters on Monday the harbour was closing.", "told", "the harbour was closing"},
		{"a clause after that", "Ruiz stressed that the sale of the harbour in 2014 included the docks.", "stressed", "the sale of the harbour in 2014 included the docks"},
		{"a quotation after a time", "Ruiz said on Monday: “The harbour is closing.”", "said", "The harbour is closing."},
		{"an occasion after the object", "Ruiz praised the harbour plan in an interview with the local radio.", "praised", "the harbour plan"},
		{"a medium after the object", "Holt attacked the union on Twitter.", "attacked", "the union"},
		{"a comparison before a time", "Ruiz backed a harbour toll as early as next year.", "backed", "a harbour toll"},
		{"a joined clause with its own subject", "Ruiz backed the harbour toll, and in a letter to the board, Holt said he agreed.", "backed", "the harbour toll"},
		{"the occasion of a message", "Ruiz quoted her own speech at the harbour summit.", "quoted", "her own speech at the harbour summit"},
		{"a question after the cue", "Ruiz asked why the board met at the harbour conference.", "asked", "why the board met at the harbour conference"},
	}
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, "Ana Ruiz and Tom Holt run the harbour board. "+tc.text, ents...)
			var got []string
			for _, c := range d.Claims {
				if c.Cue == tc.cue {
					got = append(got, c.Text)
				}
			}
			if len(got) == 0 || got[0] != tc.content {
				t.Errorf("contents of %q: %q, want %q", tc.cue, got, tc.content)
			}
		})
	}
}
