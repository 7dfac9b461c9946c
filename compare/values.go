package compare

import (
	"encoding/json"
	"math"
	"strings"
	"time"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract"
)

// fact is a value reduced to what compatibility needs: a slot type, an
// interval of numbers (amounts, or days for dates and durations) and the key
// two values must share to be comparable at all (currency, unit).
type fact struct {
	slot   string
	key    string
	lo, hi float64
	ok     bool   // false when the value cannot be compared (a vague amount of no known size)
	text   string // the value's words, folded
}

// rawValue is any normalized value as its JSON encoding decodes.
type rawValue struct {
	Amount   *float64 `json:"amount"`
	Currency string   `json:"currency"`
	Min      *float64 `json:"min"`
	Max      *float64 `json:"max"`
	Vague    bool     `json:"vague"`
	Unit     *string  `json:"unit"`
	Start    string   `json:"start"`
	End      string   `json:"end"`
}

// factOf reads a record's value; the bool is false for a type no slot takes.
func (c *config) factOf(v *extract.Value) (fact, bool) {
	f, ok := c.readFact(v)
	f.text = fold(v.Text)
	return f, ok
}

func (c *config) readFact(v *extract.Value) (fact, bool) {
	data, err := json.Marshal(v.Value)
	if err != nil {
		return fact{}, false
	}
	tol := c.tol.exact
	if v.Approximate {
		tol = c.tol.approximate
	}
	switch v.Type {
	case document.Money:
		var m rawValue
		if json.Unmarshal(data, &m) != nil {
			return fact{}, false
		}
		f := fact{slot: SlotMoney, key: m.Currency}
		if m.Vague && m.Amount == nil {
			mag := c.magnitudeOf(v.Text)
			f.lo, f.hi, f.ok = mag, mag*c.tol.vagueSpan, mag > 0
			return f, true
		}
		f.lo, f.hi, f.ok = bounds(m.Amount, m.Min, m.Max, tol)
		return f, true
	case document.Percent:
		var p float64
		if json.Unmarshal(data, &p) != nil {
			return fact{}, false
		}
		lo, hi, ok := bounds(&p, nil, nil, tol)
		return fact{slot: SlotPercent, lo: lo, hi: hi, ok: ok}, true
	case document.Quantity:
		var q rawValue
		if json.Unmarshal(data, &q) != nil {
			return fact{}, false
		}
		f := fact{slot: SlotCount}
		if q.Unit != nil {
			f.key = c.stem(strings.ToLower(*q.Unit))
		}
		f.lo, f.hi, f.ok = bounds(q.Amount, q.Min, q.Max, tol)
		return f, true
	case document.Date, document.Period:
		return dateFact(v.Type, data), true
	case document.Duration:
		var s string
		if json.Unmarshal(data, &s) != nil {
			return fact{}, false
		}
		d, ok := isoDays(s)
		lo, hi, _ := bounds(&d, nil, nil, tol)
		return fact{slot: SlotDuration, lo: lo, hi: hi, ok: ok}, true
	}
	return fact{}, false
}

// bounds turns an amount, or a range or bound, into an interval; an exact
// amount is widened by the relative tolerance tol.
func bounds(amount, lo, hi *float64, tol float64) (float64, float64, bool) {
	switch {
	case lo != nil || hi != nil:
		l, h := math.Inf(-1), math.Inf(1)
		if lo != nil {
			l = *lo
		}
		if hi != nil {
			h = *hi
		}
		return l, h, true
	case amount != nil:
		d := math.Abs(*amount) * tol
		return *amount - d, *amount + d, true
	}
	return 0, 0, false
}

// magnitudeOf reads the size of a vague amount from the magnitude words of
// its text ("multi-billion dollar" → 1e9, "hundreds of millions" → 1e8).
func (c *config) magnitudeOf(text string) float64 {
	mag := 0.0
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ",.;:()")
		if m, ok := c.magnitudes[w]; ok {
			mag = max(mag, 1) * m
			continue
		}
		for _, part := range strings.Split(w, "-") {
			if m, ok := c.magnitudes[part]; ok {
				mag = max(mag, 1) * m
			}
		}
	}
	return mag
}

// dateFact reads a date or period as an interval of days since 1970. A date
// without a year ("--12-18") is keyed apart so it only meets its kind.
func dateFact(typ string, data []byte) fact {
	f := fact{slot: SlotDate}
	var start, end string
	if typ == document.Date {
		if json.Unmarshal(data, &start) != nil {
			return f
		}
		end = start
	} else {
		var p rawValue
		if json.Unmarshal(data, &p) != nil {
			return f
		}
		start, end = p.Start, p.End
	}
	if strings.HasPrefix(start, "--") || strings.HasPrefix(end, "--") {
		f.key = "no-year"
		start, end = "2000"+start[1:], "2000"+strings.TrimPrefix(end, "-")
	}
	lo, ok1 := dayRange(start, false)
	hi, ok2 := dayRange(end, true)
	f.lo, f.hi, f.ok = lo, hi, ok1 && ok2 && lo <= hi
	return f
}

// dayRange returns the first (or, with last, the final) day of a date
// written "YYYY-MM-DD", "YYYY-MM" or "YYYY", in days since 1970.
func dayRange(s string, last bool) (float64, bool) {
	for _, layout := range []struct {
		form string
		next func(time.Time) time.Time
	}{
		{"2006-01-02", func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }},
	} {
		t, err := time.Parse(layout.form, s)
		if err != nil {
			continue
		}
		if last {
			t = layout.next(t).AddDate(0, 0, -1)
		}
		return float64(t.Unix() / 86400), true
	}
	return 0, false
}

// isoDays reads an ISO 8601 duration ("P5Y", "P18M", "P2W", "PT3H") in days.
func isoDays(s string) (float64, bool) {
	if !strings.HasPrefix(s, "P") || len(s) < 3 {
		return 0, false
	}
	days, num, inTime := 0.0, "", false
	unit := map[bool]map[byte]float64{
		false: {'Y': 365.25, 'M': 30.44, 'W': 7, 'D': 1},
		true:  {'H': 1.0 / 24, 'M': 1.0 / 1440, 'S': 1.0 / 86400},
	}
	for i := 1; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch == 'T':
			inTime = true
		case (ch >= '0' && ch <= '9') || ch == '.':
			num += string(ch)
		default:
			f, ok := unit[inTime][ch]
			if !ok || num == "" {
				return 0, false
			}
			var n float64
			if json.Unmarshal([]byte(num), &n) != nil {
				return 0, false
			}
			days += n * f
			num = ""
		}
	}
	return days, num == ""
}

// compatible reports whether two facts of one slot can both hold, and
// whether they could be compared at all (same currency or unit, known sizes).
// The same words are always compatible: "three years ago" in reports of two
// days resolves to two dates, but says the same.
func compatible(a, b fact) (ok, comparable bool) {
	if a.slot == b.slot && a.text != "" && a.text == b.text {
		return true, true
	}
	if a.slot != b.slot || !a.ok || !b.ok || a.key != b.key {
		return true, false
	}
	return a.lo <= b.hi && b.lo <= a.hi, true
}
