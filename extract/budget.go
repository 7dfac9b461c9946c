package extract

import (
	"fmt"
	"math"

	"github.com/claimex/claimex/document"
)

// refCost is what one entity or value reference of a claim counts for.
const refCost = 8

// checkClaimBudget fails a document whose claims exceed [document.ClaimBudget].
func checkClaimBudget(d *Document) error {
	budget, total := document.ClaimBudget(len(d.Text)), 0
	for _, c := range d.Claims {
		total += len(c.Text) + refCost*(len(c.Entities)+len(c.Values))
		if total > budget {
			return fmt.Errorf("claims: %w: %d claims hold over %d bytes, %d times the %d bytes of text (nested attributions?)",
				ErrOverBudget, len(d.Claims), budget, document.ClaimTextFactor, len(d.Text))
		}
	}
	return nil
}

// dropNonFinite removes values whose number overflowed to an infinity (or
// is not a number), with a warning on the document: an amount the output
// cannot write is an error on that value, never on the run.
func dropNonFinite(d *Document) {
	kept := d.Values[:0]
	for _, v := range d.Values {
		if finite(v.Value) {
			kept = append(kept, v)
			continue
		}
		d.Warn(document.WarnValueDropped, fmt.Sprintf("value %q dropped: its amount is too large to represent", shorten(v.Text, 60)))
	}
	clear(d.Values[len(kept):])
	d.Values = kept
}

// finite reports whether every number in a normalized value is finite.
func finite(v any) bool {
	ok := func(f *float64) bool { return f == nil || !math.IsInf(*f, 0) && !math.IsNaN(*f) }
	switch v := v.(type) {
	case float64:
		return ok(&v)
	case document.MoneyValue:
		return ok(v.Amount) && ok(v.Min) && ok(v.Max)
	case *document.MoneyValue:
		return v == nil || ok(v.Amount) && ok(v.Min) && ok(v.Max)
	case document.QuantityValue:
		return ok(&v.Amount)
	case *document.QuantityValue:
		return v == nil || ok(&v.Amount)
	}
	return true
}

// shorten cuts s to at most n bytes at a rune boundary, marking the cut.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
