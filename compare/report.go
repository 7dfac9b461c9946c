package compare

import "github.com/claimex/claimex/extract"

// SchemaVersion names the output schema of a [Report].
const SchemaVersion = "claimex/compare/v1"

// Group statuses.
const (
	// Corroborated: two or more sources carry the statement and agree.
	Corroborated = "corroborated"
	// Conflicting: two sources give the same slot incompatible values.
	Conflicting = "conflicting"
	// Single: one source carries the statement.
	Single = "single"
)

// Slot types: the facts of a statement whose values sources may disagree on.
const (
	SlotMoney    = "money"
	SlotDate     = "date" // dates and periods
	SlotDuration = "duration"
	SlotCount    = "count" // quantities
	SlotPercent  = "percent"
	SlotClaimant = "claimant"
)

// SlotTypes lists the slot types in the order slots are reported.
var SlotTypes = []string{SlotMoney, SlotDate, SlotDuration, SlotCount, SlotPercent, SlotClaimant}

// Report is the outcome of comparing several documents.
type Report struct {
	Schema    string     `json:"schema" yaml:"schema"`
	Documents []Document `json:"documents" yaml:"documents"`
	Entities  []Entity   `json:"entities" yaml:"entities"`
	Groups    []Group    `json:"groups" yaml:"groups"`
}

// Document is one compared report; Index is its position in Documents,
// which every member names as its document.
type Document struct {
	Index     int     `json:"index" yaml:"index"`
	Source    string  `json:"source" yaml:"source"`
	ID        any     `json:"id" yaml:"id"`
	Title     *string `json:"title" yaml:"title"`
	Site      *string `json:"site" yaml:"site"`
	Published *string `json:"published" yaml:"published"`
	URL       *string `json:"url" yaml:"url"`
	// Error is set when the input could not be read; it then has no claims.
	Error *string `json:"error" yaml:"error"`
}

// Entity is one real-world entity linked across documents.
type Entity struct {
	ID      string         `json:"id" yaml:"id"`
	Type    string         `json:"type" yaml:"type"`
	Name    string         `json:"name" yaml:"name"`
	Aliases []string       `json:"aliases" yaml:"aliases"`
	Members []EntityMember `json:"members" yaml:"members"`
}

// EntityMember is one document's entity within a linked entity.
type EntityMember struct {
	Document int    `json:"document" yaml:"document"`
	Source   string `json:"source" yaml:"source"`
	Entity   string `json:"entity" yaml:"entity"`
}

// Group is a set of claims that make one statement.
type Group struct {
	ID        string    `json:"id" yaml:"id"`
	Status    string    `json:"status" yaml:"status"`
	Kind      string    `json:"kind" yaml:"kind"`
	Claimant  *Claimant `json:"claimant" yaml:"claimant"`
	Statement string    `json:"statement" yaml:"statement"`
	Sources   int       `json:"sources" yaml:"sources"`
	Members   []Member  `json:"members" yaml:"members"`
	Slots     []Slot    `json:"slots" yaml:"slots"`
}

// Claimant is who makes a group's statement, in the document records'
// shape; Entity is a linked entity id or null.
type Claimant = extract.Claimant

// Member is one document's claim within a group, with its offsets into
// that document's text (code points, end exclusive).
type Member struct {
	Document int             `json:"document" yaml:"document"`
	Source   string          `json:"source" yaml:"source"`
	Claim    string          `json:"claim" yaml:"claim"`
	Kind     string          `json:"kind" yaml:"kind"`
	Claimant *string         `json:"claimant" yaml:"claimant"`
	Text     string          `json:"text" yaml:"text"`
	Start    int             `json:"start" yaml:"start"`
	End      int             `json:"end" yaml:"end"`
	Values   []extract.Value `json:"values" yaml:"values"`
}

// Slot gathers the values one kind of fact takes across a group's members.
// Compatible is false when two sources give values that cannot both hold.
type Slot struct {
	Type       string      `json:"type" yaml:"type"`
	Values     []SlotValue `json:"values" yaml:"values"`
	Compatible bool        `json:"compatible" yaml:"compatible"`
}

// SlotValue is one member's value of a slot: a normalized value as in the
// document record, or a claimant's name.
type SlotValue struct {
	Document int    `json:"document" yaml:"document"`
	Source   string `json:"source" yaml:"source"`
	Claim    string `json:"claim" yaml:"claim"`
	Text     string `json:"text" yaml:"text"`
	Value    any    `json:"value" yaml:"value"`
}
