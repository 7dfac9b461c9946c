package values

import (
	"reflect"
	"sort"
	"time"

	"github.com/claimex/claimex/document"
)

// Without a reference date a relative time ("in October", "within six
// months", "next week") cannot be resolved, but it is still a value: its
// type, its span, a null value and the anchor "reference". Which times are
// relative is found by scanning under two stand-in reference dates far apart
// (other year, quarter, month and weekday): a time whose value moves with the
// reference is relative.
var standIns = [2]time.Time{
	time.Date(2001, 3, 14, 0, 0, 0, 0, time.UTC),
	time.Date(2007, 8, 23, 0, 0, 0, 0, time.UTC),
}

// addUnanchored adds to out, found without a reference, the relative times
// of the text, each with a nil value, and returns all in text order. The
// stand-in scans keep only their resolved times, the only values compared:
// a large text's values are not held three times over.
func (f *Finder) addUnanchored(text string, ts []tok, skip []bool, meta document.Meta, out []document.Value) []document.Value {
	a := f.scanAll(text, ts, skip, newClock(standIns[0]), meta, nil, resolvedTime)
	b := f.scanAll(text, ts, skip, newClock(standIns[1]), meta, nil, resolvedTime)
	other := make(map[document.Span]any, len(b))
	for _, v := range b {
		other[v.Span] = v.Value
	}
	var add []document.Value
	k := 0 // out[k] is the first value that may overlap v: both are in text order
	for _, v := range a {
		for k < len(out) && out[k].End <= v.Start {
			k++
		}
		if k < len(out) && out[k].Start < v.End {
			continue
		}
		if w, ok := other[v.Span]; ok && reflect.DeepEqual(w, v.Value) {
			continue // the same under both: not relative, yet not found without a reference
		}
		v.Value, v.Anchor = nil, document.AnchorReference
		add = append(add, v)
	}
	if len(add) == 0 {
		return out
	}
	out = append(out, add...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// resolvedTime reports whether v is a time with a value.
func resolvedTime(v *document.Value) bool { return isTime(v.Type) && v.Value != nil }

// isTime reports whether a value type is a date, period or duration.
func isTime(typ string) bool {
	return typ == document.Date || typ == document.Period || typ == document.Duration
}
