package claims

import (
	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// Finder is built once from a rule set and used for many documents.
type Finder struct{}

// New builds a Finder from set.
func New(set *rules.Set) (*Finder, error) { return &Finder{}, nil }

// Run sets d.Claims.
func (f *Finder) Run(d *document.Document) error { return nil }
