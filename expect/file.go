package expect

import "github.com/claimex/claimex/document"

// Pos is a position in an expectation file, 1-based.
type Pos struct {
	Line int `json:"line"`
	Col  int `json:"column"`
}

// File is one parsed expectation file.
type File struct {
	// Path is the expectation file as found.
	Path string
	// Name is the file's base name without ".expected.yaml".
	Name string
	// Article is the article's path: the file named by the `file:` key,
	// relative to the expectation file, else NAME.txt or NAME.html beside it.
	Article string
	// Args are the extract flags the article is run with, e.g. --published.
	Args []string
	// ArgsPos is where args were given (the document start when absent).
	ArgsPos Pos

	root    Pos // the document start
	filePos Pos // the file: value, zero when absent
	file    string

	Keeps       []Phrase
	Drops       []Phrase
	Meta        []MetaField
	Entities    []EntitySpec
	NotEntities []Phrase
	Values      []ValueSpec
	NotValues   []Phrase
	Claims      []ClaimSpec
}

// Count returns the number of expectations in f: one per list item, one per meta key.
func (f *File) Count() int {
	return len(f.Keeps) + len(f.Drops) + len(f.Meta) + len(f.Entities) + len(f.NotEntities) +
		len(f.Values) + len(f.NotValues) + len(f.Claims)
}

// Phrase is a piece of text expected in (or absent from) the output.
type Phrase struct {
	Pos
	Text string
}

// MetaField expects a metadata field to equal Want: a string, or a list of
// strings that must all be present.
type MetaField struct {
	Pos
	Key  string
	Want any // string or []string
}

// EntitySpec expects an entity of Type named Name (its name or an alias),
// holding every listed title and alias.
type EntitySpec struct {
	Pos
	Type    string
	Name    string
	Titles  []string
	Aliases []string
}

// ValueSpec expects a value of Type whose text matches Text and whose
// normalized value equals Value (decoded from YAML: nil, bool, numbers,
// strings, []any, map[string]any).
type ValueSpec struct {
	Pos
	Type  string
	Text  string
	Value any
}

// ClaimSpec expects a claim whose text or sentence contains Contains, of one
// of Kinds, and, when given, with that claimant, via and hedged flag.
type ClaimSpec struct {
	Pos
	Kinds    []string
	Claimant string
	Via      string
	Hedged   *bool
	Contains string
}

// Entity types, value types and claim kinds an expectation may name.
var (
	EntityTypes = []string{document.Person, document.Org, document.GPE, document.Loc, document.NORP}
	ValueTypes  = []string{document.Money, document.Percent, document.Quantity, document.Date, document.Period, document.Duration, document.Recurring}
	ClaimKinds  = []string{document.Quote, document.Reported, document.Commitment, document.Assertion}
	MetaKeys    = []string{"title", "authors", "published", "site", "url", "language"}
)
