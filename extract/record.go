package extract

import (
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

// SchemaVersion names the output schema of every record.
const SchemaVersion = "claimex/v1"

// Record is one document record as written: the output schema, version 1.
// Offsets count Unicode code points into Text, end exclusive.
type Record struct {
	Schema   string     `json:"schema" yaml:"schema"`
	Source   string     `json:"source" yaml:"source"`
	ID       any        `json:"id" yaml:"id"`
	Format   string     `json:"format" yaml:"format"`
	Meta     RecordMeta `json:"meta" yaml:"meta"`
	Text     string     `json:"text" yaml:"text"`
	Removed  []Removed  `json:"removed" yaml:"removed"`
	Warnings []Warning  `json:"warnings" yaml:"warnings"`
	Entities []Entity   `json:"entities" yaml:"entities"`
	Values   []Value    `json:"values" yaml:"values"`
	Claims   []Claim    `json:"claims" yaml:"claims"`
}

// ErrorRecord stands in for a document record when an input could not be read or parsed.
type ErrorRecord struct {
	Schema string `json:"schema" yaml:"schema"`
	Source string `json:"source" yaml:"source"`
	ID     any    `json:"id" yaml:"id"`
	Error  string `json:"error" yaml:"error"`
}

// RecordMeta is the article metadata; empty strings are written as null.
type RecordMeta struct {
	Title     *string  `json:"title" yaml:"title"`
	Authors   []string `json:"authors" yaml:"authors"`
	Published *string  `json:"published" yaml:"published"`
	Site      *string  `json:"site" yaml:"site"`
	URL       *string  `json:"url" yaml:"url"`
	Language  *string  `json:"language" yaml:"language"`
}

// Removed is a block of furniture that was stripped.
type Removed struct {
	Text   string `json:"text" yaml:"text"`
	Reason string `json:"reason" yaml:"reason"`
	Kept   bool   `json:"kept" yaml:"kept"` // the rule was overruled: the block stayed in text
}

// Warning says that an input went wrong or its output may be poor.
type Warning struct {
	Code    string `json:"code" yaml:"code"`
	Message string `json:"message" yaml:"message"`
}

// Span is a code-point range into the record's text.
type Span struct {
	Start int `json:"start" yaml:"start"`
	End   int `json:"end" yaml:"end"`
}

// Entity is a person, organization, place or nationality.
type Entity struct {
	ID       string   `json:"id" yaml:"id"`
	Type     string   `json:"type" yaml:"type"`
	Name     string   `json:"name" yaml:"name"`
	Aliases  []string `json:"aliases" yaml:"aliases"`
	Titles   []string `json:"titles" yaml:"titles"`
	Mentions []Span   `json:"mentions" yaml:"mentions"`
	// References are role descriptions ("the company") that refer back to
	// the entity without naming it.
	References []Span `json:"references" yaml:"references"`
}

// Value is a normalized amount or time expression.
type Value struct {
	ID          string  `json:"id" yaml:"id"`
	Type        string  `json:"type" yaml:"type"`
	Text        string  `json:"text" yaml:"text"`
	Start       int     `json:"start" yaml:"start"`
	End         int     `json:"end" yaml:"end"`
	Value       any     `json:"value" yaml:"value"` // the normalized value; read it with Money, Date, ...
	Approximate bool    `json:"approximate" yaml:"approximate"`
	Anchor      *string `json:"anchor" yaml:"anchor"`
	Bound       *string `json:"bound" yaml:"bound"`
	Rate        *string `json:"rate" yaml:"rate"`
}

// Claimant is who makes a claim.
type Claimant struct {
	Name   string  `json:"name" yaml:"name"`
	Entity *string `json:"entity" yaml:"entity"`
}

// Claim is a quote, reported statement, commitment or assertion.
type Claim struct {
	ID       string    `json:"id" yaml:"id"`
	Kind     string    `json:"kind" yaml:"kind"`
	Claimant *Claimant `json:"claimant" yaml:"claimant"`
	Text     string    `json:"text" yaml:"text"`
	Start    int       `json:"start" yaml:"start"`
	End      int       `json:"end" yaml:"end"`
	Sentence Span      `json:"sentence" yaml:"sentence"`
	Cue      *string   `json:"cue" yaml:"cue"`
	Via      *string   `json:"via" yaml:"via"`
	Hedged   bool      `json:"hedged" yaml:"hedged"`
	Entities []string  `json:"entities" yaml:"entities"`
	Values   []string  `json:"values" yaml:"values"`
	Rule     string    `json:"rule" yaml:"rule"`
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// NewRecord converts a processed document into its output record, turning
// byte offsets into code-point offsets and sorting every list by position.
func NewRecord(d *document.Document) Record {
	pos := newRuneIndex(d.Text)
	r := Record{
		Schema: SchemaVersion,
		Source: d.Source,
		ID:     d.ID,
		Format: string(d.Format),
		Meta: RecordMeta{
			Title:     nullable(d.Meta.Title),
			Authors:   nonNil(slices.Clone(d.Meta.Authors)),
			Published: nullable(d.Meta.Published),
			Site:      nullable(d.Meta.Site),
			URL:       nullable(d.Meta.URL),
			Language:  nullable(d.Meta.Language),
		},
		Text:     d.Text,
		Removed:  []Removed{},
		Warnings: []Warning{},
		Entities: []Entity{},
		Values:   []Value{},
		Claims:   []Claim{},
	}
	for _, rm := range d.Removed {
		r.Removed = append(r.Removed, Removed{Text: rm.Text, Reason: rm.Reason, Kept: rm.Kept})
	}
	for _, w := range d.Warnings {
		r.Warnings = append(r.Warnings, Warning{Code: w.Code, Message: w.Message})
	}
	for _, e := range d.Entities {
		re := Entity{ID: e.ID, Type: e.Type, Name: e.Name,
			Aliases: nonNil(slices.Clone(e.Aliases)), Titles: nonNil(slices.Clone(e.Titles)), Mentions: []Span{}, References: []Span{}}
		for _, m := range e.Mentions {
			re.Mentions = append(re.Mentions, pos.span(m))
		}
		for _, m := range e.References {
			re.References = append(re.References, pos.span(m))
		}
		r.Entities = append(r.Entities, re)
	}
	for _, v := range d.Values {
		sp := pos.span(v.Span)
		r.Values = append(r.Values, Value{ID: v.ID, Type: v.Type, Text: v.Text, Start: sp.Start, End: sp.End, Value: v.Value, Approximate: v.Approximate, Anchor: nullable(v.Anchor),
			Bound: nullable(v.Bound), Rate: nullable(v.Rate)})
	}
	for _, c := range d.Claims {
		sp := pos.span(c.Span)
		rc := Claim{ID: c.ID, Kind: c.Kind, Text: c.Text, Start: sp.Start, End: sp.End,
			Sentence: pos.span(c.Sentence), Cue: nullable(c.Cue), Via: nullable(c.Via), Hedged: c.Hedged,
			Entities: nonNil(slices.Clone(c.Entities)), Values: nonNil(slices.Clone(c.Values)), Rule: c.Rule}
		if c.Claimant != nil {
			rc.Claimant = &Claimant{Name: c.Claimant.Name, Entity: nullable(c.Claimant.Entity)}
		}
		r.Claims = append(r.Claims, rc)
	}
	return r
}

// runeIndex converts byte offsets of a string into code-point offsets.
type runeIndex struct {
	starts []int // byte offset of every multi-byte rune
	extra  []int // bytes beyond one in the runes before and including starts[i]
}

func newRuneIndex(s string) *runeIndex {
	ix := &runeIndex{}
	total := 0
	for i, r := range s {
		if n := utf8.RuneLen(r); n > 1 || r == utf8.RuneError {
			if r == utf8.RuneError {
				_, n = utf8.DecodeRuneInString(s[i:])
			}
			if n <= 1 {
				continue
			}
			total += n - 1
			ix.starts = append(ix.starts, i)
			ix.extra = append(ix.extra, total)
		}
	}
	return ix
}

// pos returns the code-point offset of byte offset b.
func (ix *runeIndex) pos(b int) int {
	k := sort.SearchInts(ix.starts, b) // runes starting before b
	if k == 0 {
		return b
	}
	return b - ix.extra[k-1]
}

func (ix *runeIndex) span(s document.Span) Span {
	return Span{Start: ix.pos(s.Start), End: ix.pos(s.End)}
}
