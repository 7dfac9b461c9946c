package document

import (
	"context"
	"time"
)

// Format is the detected or forced format of an input.
type Format string

// Input formats.
const (
	// FormatHTML is a web page.
	FormatHTML Format = "html"
	// FormatText is plain text, possibly copied out of a web page with its furniture.
	FormatText Format = "text"
)

// Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start int
	End   int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Meta is what the page says about the article.
type Meta struct {
	Title     string
	Authors   []string
	Published string // ISO 8601 date or date-time, "" when unknown
	Site      string
	URL       string
	Language  string
}

// Warning codes.
const (
	WarnShortBody     = "short-body"         // the body is under ShortBodyWords words
	WarnFallbackBody  = "fallback-body"      // no article container was found; the body came from a fallback
	WarnRuleOverruled = "rule-overruled"     // a furniture rule would have dropped the article's main text
	WarnMarkupRepair  = "markup-repaired"    // broken markup was repaired before cleaning
	WarnIndexPage     = "index-page"         // the page looks like an index or list of stories
	WarnCharset       = "charset-guessed"    // the character encoding was guessed, not declared
	WarnLanguage      = "language-uncovered" // the rules do not cover the text's language
	WarnLegacyText    = "legacy-encoding"    // a text file in Latin-1 or windows-1252 was decoded
	WarnValueDropped  = "value-dropped"      // a value too large to represent was left out
	WarnTruncated     = "truncated"          // the input was stored incomplete (WARC-Truncated)
)

// ShortBodyWords is the body length, in words, under which a body is warned short.
const ShortBodyWords = 50

// Warning says that an input went wrong or its output may be poor.
type Warning struct {
	Code    string // one of the Warn* codes
	Message string // for people: what happened, with the detail
}

// Warn adds a warning to d unless one with the same code is there.
func (d *Document) Warn(code, message string) {
	for _, w := range d.Warnings {
		if w.Code == code {
			return
		}
	}
	d.Warnings = append(d.Warnings, Warning{Code: code, Message: message})
}

// Removed is a block of page furniture dropped by the cleaner, or, when
// Kept, a block a furniture rule matched but that stayed in the text because
// it holds the article's main prose.
type Removed struct {
	Text   string
	Reason string // e.g. "related-list", "navigation", "image-credit", "author-bio"
	Kept   bool
}

// Sentence is one sentence of the cleaned text.
type Sentence struct {
	Span
	Paragraph int // index into Document.Paragraphs
}

// Token is a word or punctuation token of the cleaned text. It is kept
// small, as there is one for every five or so bytes of text
// (see TestTokenSize).
type Token struct {
	Span
	Text string
}

// Entity types.
const (
	Person = "PERSON"
	Org    = "ORG"
	GPE    = "GPE"
	Loc    = "LOC"
	NORP   = "NORP"
)

// Entity is a person, organization, place or nationality, with every mention of it.
type Entity struct {
	ID       string
	Type     string
	Name     string   // canonical name: the longest full form seen
	Aliases  []string // other forms that refer to it
	Titles   []string // for people: "chairman", "chief financial officer"
	Mentions []Span   // where it is named
	// References are role descriptions that refer back to it without naming
	// it ("the company", "the chairman"): claimants resolve through them,
	// but they are not names.
	References []Span
}

// Value types.
const (
	Money    = "money"
	Percent  = "percent"
	Quantity = "quantity"
	Date     = "date"
	Period   = "period"
	Duration = "duration"
	// Recurring is a time that repeats: "every Monday", "each year", "weekly".
	Recurring = "recurring"
)

// Value is a normalized amount or time expression.
type Value struct {
	ID   string
	Type string
	Span
	Text string
	// Approximate is set for hedged values of any type ("about $2bn",
	// "nearly 300 people", "some 20 years").
	Approximate bool
	// Bound is set when the value is a bound rather than the amount itself:
	// BoundMoreThan ("more than 10%"), BoundAtLeast, BoundLessThan ("under
	// two years"), BoundAtMost ("up to $300m"); "" otherwise.
	Bound string
	// Rate is the ISO 8601 duration an amount is per ("$15 a day": "P1D",
	// "5% per year": "P1Y"), or "".
	Rate string
	// Value is the normalized value, encoded as given into the output:
	// MoneyValue, float64 (percent), QuantityValue, string (date, duration), PeriodValue
	// or RecurringValue;
	// for a range of percentages or durations, a map {"min", "max"}.
	// It is nil for a time that cannot be resolved; Anchor then says why.
	Value any
	// Anchor is set, with a nil Value, for a time that names no calendar
	// date: AnchorPresent ("now", "currently"), AnchorPast ("recently"),
	// AnchorFuture ("in the future"), or AnchorReference for a relative
	// expression ("in October", "within six months") in a text without a
	// reference date. It is "" otherwise.
	Anchor string
}

// Bounds of a value.
const (
	BoundMoreThan = "more-than"
	BoundAtLeast  = "at-least"
	BoundLessThan = "less-than"
	BoundAtMost   = "at-most"
)

// Anchors of a time without a calendar value.
const (
	AnchorPresent   = "present"
	AnchorPast      = "past"
	AnchorFuture    = "future"
	AnchorReference = "reference"
)

// MoneyValue is a normalized amount of money. Amount is nil for vague amounts.
type MoneyValue struct {
	Amount   *float64 `json:"amount" yaml:"amount"`
	Currency string   `json:"currency" yaml:"currency"`
	Min      *float64 `json:"min,omitempty" yaml:"min,omitempty"`
	Max      *float64 `json:"max,omitempty" yaml:"max,omitempty"`
	Vague    bool     `json:"vague,omitempty" yaml:"vague,omitempty"`
	// Ambiguous is set when a shared symbol or word ("$", "dollars") kept
	// its default currency because the article's evidence for its own
	// currency was split ("C$" and "A$" both written).
	Ambiguous bool `json:"ambiguous,omitempty" yaml:"ambiguous,omitempty"`
}

// QuantityValue is a count or measure; Unit is "" for a bare count.
type QuantityValue struct {
	Amount float64 `json:"amount" yaml:"amount"`
	Unit   *string `json:"unit" yaml:"unit"`
}

// RecurringValue is a time that repeats: "every two weeks" is
// {Period: "P2W", Interval: 2}, "every Monday" {Period: "P1W", Interval: 1,
// On: "XXXX-WXX-1"}.
type RecurringValue struct {
	// Period is the ISO 8601 duration from one occurrence to the next.
	Period string `json:"period" yaml:"period"`
	// Interval is how many of the period's units lie between occurrences
	// (2 for "every two weeks").
	Interval int `json:"interval" yaml:"interval"`
	// On is, as TimeML writes it, the calendar pattern each occurrence falls
	// on ("XXXX-WXX-1" for Mondays), or nil when the text names none.
	On *string `json:"on" yaml:"on"`
	// Times is how many occurrences fall in one period when more than one
	// ("twice a year": period P1Y, times 2); 0, and left out, for one.
	Times int `json:"times,omitempty" yaml:"times,omitempty"`
}

// PeriodValue is an inclusive range of dates ("YYYY-MM-DD", "YYYY-MM" or "YYYY").
type PeriodValue struct {
	Start string `json:"start" yaml:"start"`
	End   string `json:"end" yaml:"end"`
}

// Claim kinds.
const (
	Quote      = "quote"
	Reported   = "reported"
	Commitment = "commitment"
	Assertion  = "assertion"
)

// Claimant is who makes a claim.
type Claimant struct {
	Name   string
	Entity string // entity id, "" when unresolved
}

// Claim is a quote, reported statement, commitment or assertion.
type Claim struct {
	ID       string
	Kind     string
	Claimant *Claimant // nil for the article's own assertion
	Span               // the claim's content
	Text     string
	Sentence Span
	Cue      string
	Via      string
	Hedged   bool
	Entities []string
	Values   []string
	Rule     string
}

// Document is one article on its way through the pipeline.
type Document struct {
	// Input.
	Source string    // the path as given, "-" for stdin
	ID     any       // echoed from JSON Lines input, nil otherwise
	Format Format    // html or text
	Raw    string    // the decoded input (UTF-8), until the cleaner has read it
	Ref    time.Time // reference date: Meta.Published when known, else the caller's; zero when neither

	// Set by the cleaner.
	Meta    Meta
	Text    string // the cleaned article: paragraphs joined by "\n\n"
	Removed []Removed
	// Warnings say where the input went wrong or the output may be poor
	// (set by the loader and the cleaner).
	Warnings []Warning

	// Set by the segmenter.
	Paragraphs []Span
	Sentences  []Sentence
	Tokens     []Token
	// Compound marks the tokens other than runs of ASCII letters, runs of
	// ASCII digits and single ASCII characters ("2bn", "don't", "1,000",
	// "'s", "café", "€"): a stage that reads the text in runs of letters
	// and of digits splits only these. Its length is SizeFor(len(Tokens))
	// when the segmenter set it with Tokens.
	Compound TokenSet
	// Spelling numbers each token's spelling, the same for every token
	// written alike, in the order the spellings first occur, and Forms
	// holds each spelling lower-cased: the stages read token i's
	// lower-cased text as Forms[Spelling[i]] rather than lower-casing and
	// interning their own. Spelling's length is len(Tokens) when the
	// segmenter set it with Tokens.
	Spelling []int32
	Forms    []string

	// Set by the recognizers.
	Entities []Entity
	Values   []Value
	Claims   []Claim

	ctx context.Context // see SetContext
}
