package document

import (
	"context"
	"errors"
)

// ErrOverBudget is returned by a stage whose work on a document would grow
// past what the document's size allows.
var ErrOverBudget = errors.New("over the work budget")

// SetContext ties the work on d to ctx: once ctx is done, [Document.Check]
// reports it and the stages return.
func (d *Document) SetContext(ctx context.Context) { d.ctx = ctx }

// Check returns the error of d's context once work on d must stop (its
// deadline passed, or the caller gave up), nil before that or when d has no
// context. Stages call it in loops whose length grows with the input, so that
// the goroutine of a timed-out document really returns.
func (d *Document) Check() error {
	if d.ctx == nil {
		return nil
	}
	return d.ctx.Err()
}

// ClaimTextFactor caps the text of a document's claims: together they may
// hold this many times the article's text (plus a floor of 64 KiB). Claims
// overlap (a quote and the sentence reporting it), but only nested
// attributions ("A said that B said that …") grow with the square of a
// sentence.
const ClaimTextFactor = 8

// ClaimBudget returns the most claim text a document of textLen bytes may carry.
func ClaimBudget(textLen int) int { return ClaimTextFactor*textLen + 64<<10 }
