package expect

import (
	"regexp"
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract"
)

func strp(s string) *string { return &s }

func f64(x float64) *float64 { return &x }

// record is a small hand-built record in the shape the pipeline writes.
func record() *extract.Record {
	text := "Huawei has unveiled plans to invest $2bn in cyber security over the next five years.\n\n" +
		"“Any concerns should be based on factual evidence,” Ken Hu told journalists, according to Reuters.\n\n" +
		"The  Chinese GIANT may face a ban in 5G networks, officials said.\n\n" +
		"Café owners in Zürich earn 3% more."
	r := extract.NewRecord(&document.Document{Source: "a.txt", Format: document.FormatText, Text: text,
		Meta: document.Meta{Title: "Huawei unveils push", Authors: []string{"Mike Moore"}, Published: "2018-12-18"}})
	r.Entities = []extract.Entity{
		{ID: "e1", Type: "ORG", Name: "Huawei", Aliases: []string{"Huawei Technologies"}, Titles: []string{}},
		{ID: "e2", Type: "PERSON", Name: "Ken Hu", Aliases: []string{"Hu"}, Titles: []string{"rotating chairman"}},
		{ID: "e3", Type: "ORG", Name: "Reuters", Aliases: []string{}, Titles: []string{}},
		{ID: "e4", Type: "PERSON", Name: "Zürich", Aliases: []string{}, Titles: []string{}},
		{ID: "e5", Type: "GPE", Name: "Zürich", Aliases: []string{}, Titles: []string{}},
		{ID: "e6", Type: "NORP", Name: "Chinese", Aliases: []string{}, Titles: []string{}},
	}
	r.Values = []extract.Value{
		{ID: "v1", Type: "money", Text: "$2bn", Value: document.MoneyValue{Amount: f64(2e9), Currency: "USD"}},
		{ID: "v2", Type: "duration", Text: "the next five years", Value: "P5Y"},
		{ID: "v3", Type: "percent", Text: "3%", Value: 3.0},
		{ID: "v4", Type: "money", Text: "multi-billion dollar", Value: document.MoneyValue{Currency: "USD", Vague: true}},
		{ID: "v5", Type: "period", Text: "early next year", Value: document.PeriodValue{Start: "2019-01-01", End: "2019-04-30"}},
		{ID: "v6", Type: "quantity", Text: "5G", Value: document.QuantityValue{Amount: 5, Unit: strp("G")}},
	}
	sentence := func(sub string) extract.Span {
		start := strings.Index(text, sub)
		return extract.Span{Start: len([]rune(text[:start])), End: len([]rune(text[:start+len(sub)]))}
	}
	r.Claims = []extract.Claim{
		{ID: "c1", Kind: "commitment", Claimant: &extract.Claimant{Name: "Huawei", Entity: strp("e1")},
			Text:     "invest $2bn in cyber security over the next five years",
			Sentence: sentence("Huawei has unveiled plans to invest $2bn in cyber security over the next five years.")},
		{ID: "c2", Kind: "quote", Claimant: &extract.Claimant{Name: "Hu", Entity: strp("e2")}, Via: strp("Reuters"),
			Text:     "Any concerns should be based on factual evidence",
			Sentence: sentence("“Any concerns should be based on factual evidence,” Ken Hu told journalists, according to Reuters.")},
		{ID: "c3", Kind: "reported", Claimant: &extract.Claimant{Name: "officials"}, Hedged: true,
			Text:     "The Chinese giant may face a ban in 5G networks",
			Sentence: sentence("The  Chinese GIANT may face a ban in 5G networks, officials said.")},
		{ID: "c4", Kind: "assertion", Text: "The Chinese giant may face a ban",
			Sentence: sentence("The  Chinese GIANT may face a ban in 5G networks, officials said.")},
		{ID: "c5", Kind: "assertion", Text: "Café owners in Zürich earn 3% more.",
			Sentence: sentence("Café owners in Zürich earn 3% more.")},
	}
	return &r
}

// parse builds a File from YAML, failing the test on errors.
func parse(t *testing.T, src string) *File {
	t.Helper()
	f, err := Parse("t.expected.yaml", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, src)
	}
	return f
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name   string
		yaml   string
		pass   bool
		reason string // substring of the reason when failing
	}{
		// text: folded substring
		{"keeps exact", "text: {keeps: [plans to invest $2bn]}", true, ""},
		{"keeps folds case and spaces", "text: {keeps: [\"the chinese   giant\\nmay face\"]}", true, ""},
		{"keeps across paragraphs", "text: {keeps: [\"five years. “Any\"]}", true, ""},
		{"keeps missing", "text: {keeps: [plans to spend $2bn]}", false, "not in text"},
		{"drops absent", "text: {drops: [show image]}", true, ""},
		{"drops present, folded", "text: {drops: [CAFÉ OWNERS]}", false, "still in text"},
		// meta
		{"meta title folded", "meta: {title: huawei  UNVEILS push}", true, ""},
		{"meta title differs", "meta: {title: Huawei unveils}", false, `got "Huawei unveils push"`},
		{"meta null field", "meta: {site: TechRadar}", false, "got null"},
		{"meta published string", "meta: {published: 2018-12-18}", true, ""},
		{"meta authors subset", "meta: {authors: [mike moore]}", true, ""},
		{"meta authors missing one", "meta: {authors: [Mike Moore, Anna Lee]}", false, "missing Anna Lee"},
		{"meta authors empty list", "meta: {authors: []}", true, ""},
		// entities
		{"entity by name", "entities: [{type: ORG, name: huawei}]", true, ""},
		{"entity by alias", "entities: [{type: ORG, name: Huawei Technologies}]", true, ""},
		{"entity title", "entities: [{type: PERSON, name: Ken Hu, titles: [Rotating Chairman]}]", true, ""},
		{"entity title is not a substring", "entities: [{type: PERSON, name: Ken Hu, titles: [chairman]}]", false, "missing title chairman"},
		{"entity alias held", "entities: [{type: PERSON, name: Hu, aliases: [ken hu]}]", true, ""},
		{"entity alias missing", "entities: [{type: PERSON, name: Ken Hu, aliases: [Kenneth Hu]}]", false, "missing alias Kenneth Hu"},
		{"entity wrong type", "entities: [{type: PERSON, name: Reuters}]", false, "found as ORG"},
		{"entity type found after other type", "entities: [{type: GPE, name: zürich}]", true, ""},
		{"entity absent", "entities: [{type: ORG, name: GCHQ}]", false, "no entity with that name or alias"},
		{"entity partial name is not a match", "entities: [{type: PERSON, name: Ken}]", false, "no entity"},
		// not_entities
		{"not_entity absent", "not_entities: [Tuesday]", true, ""},
		{"not_entity by alias", "not_entities: [HU]", false, "found PERSON Ken Hu"},
		{"not_entity substring is fine", "not_entities: [Hua]", true, ""},
		// values
		{"money object", "values: [{type: money, text: $2bn, value: {amount: 2000000000, currency: usd}}]", true, ""},
		{"money as float", "values: [{type: money, text: $2bn, value: {amount: 2.0e+9, currency: USD}}]", true, ""},
		{"money amount differs", "values: [{type: money, text: $2bn, value: {amount: 2000000, currency: USD}}]", false, `text "$2bn" has value {"amount":2000000000,"currency":"USD"}`},
		{"money extra key not in record", "values: [{type: money, text: $2bn, value: {amount: 2000000000, currency: USD, approximate: true}}]", false, "has value"},
		{"missing vague is false", "values: [{type: money, text: $2bn, value: {amount: 2000000000, currency: USD, vague: false}}]", true, ""},
		{"vague with null amount", "values: [{type: money, text: multi-billion dollar, value: {amount: null, currency: USD, vague: true}}]", true, ""},
		{"null is missing", "values: [{type: money, text: multi-billion dollar, value: {currency: USD, vague: true}}]", true, ""},
		{"vague must match", "values: [{type: money, text: multi-billion dollar, value: {amount: null, currency: USD}}]", false, "has value"},
		{"duration string folded", "values: [{type: duration, text: The next five years, value: p5y}]", true, ""},
		{"expected text inside value text", "values: [{type: duration, text: five years, value: P5Y}]", true, ""},
		{"value text inside expected text", "values: [{type: money, text: invest $2bn in, value: {amount: 2e9, currency: USD}}]", true, ""},
		{"wrong type", "values: [{type: date, text: the next five years, value: P5Y}]", false, "no date value with that text"},
		{"percent number", "values: [{type: percent, text: 3%, value: 3}]", true, ""},
		{"percent number differs", "values: [{type: percent, text: 3%, value: 0.03}]", false, "has value 3"},
		{"number is not a string", "values: [{type: percent, text: 3%, value: \"3\"}]", false, "has value"},
		{"period object", "values: [{type: period, text: early next year, value: {start: 2019-01-01, end: \"2019-04-30\"}}]", true, ""},
		{"period end differs", "values: [{type: period, text: early next year, value: {start: 2019-01-01, end: 2019-03-31}}]", false, "has value"},
		{"quantity unit", "values: [{type: quantity, text: 5G, value: {amount: 5, unit: g}}]", true, ""},
		// not_values: a word in a value's text
		{"not_value word", "not_values: [5g]", false, "found quantity 5G"},
		{"not_value absent", "not_values: [4G]", true, ""},
		{"not_value inside a word", "not_values: [bn]", true, ""},
		{"not_value word in longer text", "not_values: [five]", false, "found duration the next five years"},
		// claims
		{"claim in text", "claims: [{kind: commitment, claimant: Huawei, contains: INVEST $2bn}]", true, ""},
		{"claim in sentence only", "claims: [{kind: commitment, contains: has unveiled plans}]", true, ""},
		{"claim sentence folded", "claims: [{kind: reported, contains: the chinese giant may face a ban in 5g}]", true, ""},
		{"claim kind list", "claims: [{kind: [reported, commitment], contains: cyber security}]", true, ""},
		{"claim kind wrong", "claims: [{kind: quote, contains: cyber security}]", false, "best match has kind commitment"},
		{"claimant by claimant name", "claims: [{kind: quote, claimant: hu, contains: factual evidence}]", true, ""},
		{"claimant by entity name", "claims: [{kind: quote, claimant: Ken Hu, contains: factual evidence}]", true, ""},
		{"claimant wrong", "claims: [{kind: quote, claimant: Reuters, contains: factual evidence}]", false, `claimant "Hu"`},
		{"claimant null", "claims: [{kind: assertion, claimant: Huawei, contains: earn 3%}]", false, "claimant null"},
		{"via word", "claims: [{kind: quote, via: reuters, contains: factual evidence}]", true, ""},
		{"via wrong", "claims: [{kind: commitment, via: Reuters, contains: invest}]", false, `via ""`},
		{"hedged true", "claims: [{kind: reported, hedged: true, contains: may face a ban}]", true, ""},
		{"hedged false wanted", "claims: [{kind: reported, hedged: false, contains: may face a ban in 5G}]", false, "hedged true"},
		{"hedged unspecified", "claims: [{kind: assertion, contains: may face a ban}]", true, ""},
		{"no claim contains it", "claims: [{kind: quote, contains: we oppose those allegations}]", false, "no claim whose text or sentence contains it"},
		{"closest claim named", "claims: [{kind: reported, claimant: officials, hedged: false, contains: may face a ban}]", false, "best match has hedged true"},
		{"closest of two, first on ties", "claims: [{kind: quote, contains: may face a ban}]", false, "best match has kind reported"},
		{"several differences", "claims: [{kind: quote, claimant: Huawei, hedged: true, contains: invest}]", false, `kind commitment, hedged false`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Check(parse(t, tc.yaml), record())
			if len(res) != 1 {
				t.Fatalf("got %d results, want 1: %+v", len(res), res)
			}
			r := res[0]
			if r.Pass != tc.pass {
				t.Fatalf("pass = %v, want %v (%s: %s)", r.Pass, tc.pass, r.Name, r.Reason)
			}
			if !tc.pass && !strings.Contains(r.Reason, tc.reason) {
				t.Errorf("reason %q does not contain %q", r.Reason, tc.reason)
			}
		})
	}
}

func TestCheckOrderAndPositions(t *testing.T) {
	f := parse(t, `claims:
  - {kind: quote, contains: evidence}
values:
  - {type: percent, text: 3%, value: 3}
meta:
  title: x
  authors: [Mike Moore]
text:
  drops: [a]
  keeps: [b]
`)
	res := Check(f, record())
	var got []string
	for _, r := range res {
		got = append(got, r.Section)
	}
	want := "text text meta meta values claims"
	if strings.Join(got, " ") != want {
		t.Errorf("sections %v, want %s", got, want)
	}
	if res[0].Name != "keeps b" || res[0].Line != 10 || res[0].Col != 11 {
		t.Errorf("first result %+v, want keeps b at 10:11", res[0])
	}
	if res[2].Name != "authors = [Mike Moore]" || res[3].Name != "title = x" {
		t.Errorf("meta results not sorted by key: %q, %q", res[2].Name, res[3].Name)
	}
	if res[5].Line != 2 || res[5].Col != 5 {
		t.Errorf("claim at %d:%d, want 2:5", res[5].Line, res[5].Col)
	}
}

func TestCheckValuePassNotesText(t *testing.T) {
	res := Check(parse(t, "values: [{type: duration, text: five years, value: P5Y}]"), record())
	if !res[0].Pass || res[0].Reason != "text the next five years" {
		t.Errorf("got %+v, want a pass noting the value's text", res[0])
	}
}

func TestCheckNilRecord(t *testing.T) {
	res := Check(parse(t, "text: {drops: [x]}\nclaims: [{kind: quote, contains: y}]"), nil)
	if len(res) != 2 || !res[0].Pass || res[1].Pass {
		t.Errorf("got %+v", res)
	}
}

func TestValueEqual(t *testing.T) {
	tests := []struct {
		want, got any
		eq        bool
	}{
		{2000000000, 2e9, true},
		{uint64(1 << 63), float64(1 << 63), true},
		{1.0000000001, 1.0, true},
		{1.001, 1.0, false},
		{1, "1", false},
		{nil, nil, true},
		{nil, 0.0, false},
		{"P5Y", "p5y", true},
		{"P5Y", nil, false},
		{true, true, true},
		{true, false, false},
		{[]any{1, "a"}, []any{1.0, "A"}, true},
		{[]any{1}, []any{1.0, 2.0}, false},
		{map[string]any{"a": 1}, map[string]any{"a": 1.0, "b": nil}, true},
		{map[string]any{"a": 1, "b": nil}, map[string]any{"a": 1.0}, true},
		{map[string]any{"a": 1}, map[string]any{"a": 1.0, "b": 2.0}, false},
		{map[string]any{"vague": false}, map[string]any{}, true},
		{map[string]any{}, map[string]any{"vague": false}, true},
		{map[string]any{}, map[string]any{"vague": true}, false},
		{map[string]any{"a": 1}, []any{1.0}, false},
	}
	for _, tc := range tests {
		if got := valueEqual(tc.want, tc.got); got != tc.eq {
			t.Errorf("valueEqual(%#v, %#v) = %v, want %v", tc.want, tc.got, got, tc.eq)
		}
	}
}

func TestHasWord(t *testing.T) {
	tests := []struct {
		s, w string
		ok   bool
	}{
		{"5G networks", "5g", true},
		{"the 5G", "5G", true},
		{"15G", "5G", false},
		{"$2bn", "2bn", true},
		{"2.0 release", "2.0", true},
		{"12.05", "2.0", false},
		{"B2B  sales", "b2b sales", true},
		{"Zürich", "ürich", false},
		{"", "x", false},
	}
	for _, tc := range tests {
		if got := hasWord(tc.s, tc.w); got != tc.ok {
			t.Errorf("hasWord(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.ok)
		}
	}
}

// FuzzHasWord checks hasWord against its definition as a regular expression
// over folded strings.
func FuzzHasWord(f *testing.F) {
	f.Add("the 5G networks", "5g")
	f.Add("15G", "5G")
	f.Add("a b  c", "B C")
	f.Add("x\xffy", "y")
	f.Fuzz(func(t *testing.T, s, w string) {
		re := regexp.MustCompile(`(?:^|[^\pL\pN])` + regexp.QuoteMeta(fold(w)) + `(?:$|[^\pL\pN])`)
		if got, want := hasWord(s, w), re.MatchString(fold(s)); got != want {
			t.Errorf("hasWord(%q, %q) = %v, the regular expression says %v", s, w, got, want)
		}
	})
}
