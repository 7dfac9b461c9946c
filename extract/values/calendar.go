package values

import (
	"time"

	"github.com/claimex/claimex/document"
)

// clock is the reference date that relative expressions are resolved against.
type clock struct {
	ref   time.Time // midnight UTC of the reference day
	known bool
}

func newClock(ref time.Time) clock {
	if ref.IsZero() {
		return clock{}
	}
	y, m, d := ref.Date()
	return clock{ref: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), known: true}
}

// Granularities of a resolved time.
const (
	gDay    = 'd'
	gMonth  = 'm'
	gYear   = 'y'
	gPeriod = 'p'
)

// tspan is a resolved time: an inclusive range of days and how precise it is.
type tspan struct {
	a, b   time.Time
	gran   byte
	noYear bool // a day of a month whose year is unknown
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func dayOf(t time.Time) tspan { return tspan{a: t, b: t, gran: gDay} }

func monthOf(y, m int) tspan {
	a := day(y, m, 1)
	return tspan{a: a, b: a.AddDate(0, 1, -1), gran: gMonth}
}

func yearOf(y int) tspan { return tspan{a: day(y, 1, 1), b: day(y, 12, 31), gran: gYear} }

func period(a, b time.Time) tspan { return tspan{a: a, b: b, gran: gPeriod} }

// validDay reports whether y-m-d exists.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return day(y, m, d).Day() == d
}

// weekStart returns the Monday of t's week.
func weekStart(t time.Time) time.Time {
	wd := int(t.Weekday()+6) % 7 // Monday 0
	return t.AddDate(0, 0, -wd)
}

// isoWeekday returns 1 for Monday through 7 for Sunday.
func isoWeekday(t time.Time) int { return int(t.Weekday()+6)%7 + 1 }

// quarterOf returns quarter q (1-4) of year y.
func quarterOf(y, q int) tspan {
	a := day(y, 3*(q-1)+1, 1)
	return period(a, a.AddDate(0, 3, -1))
}

// halfOf returns half h (1-2) of year y.
func halfOf(y, h int) tspan {
	a := day(y, 6*(h-1)+1, 1)
	return period(a, a.AddDate(0, 6, -1))
}

// seasonOf returns a season of year y (winter runs from December of y-1 into y... as the
// astronomical seasons: the winter of y starts on 21 December of y).
func seasonOf(y int, s string) tspan {
	switch s {
	case "spring":
		return period(day(y, 3, 20), day(y, 6, 20))
	case "summer":
		return period(day(y, 6, 21), day(y, 9, 23))
	case "fall":
		return period(day(y, 9, 23), day(y, 12, 20))
	default:
		return period(day(y, 12, 21), day(y+1, 3, 20))
	}
}

// easter returns Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day(y, month, dd)
}

// fullWeeks returns the Monday-to-Sunday weeks lying wholly inside [a, b].
func fullWeeks(a, b time.Time) []time.Time {
	var out []time.Time
	s := weekStart(a)
	if s.Before(a) {
		s = s.AddDate(0, 0, 7)
	}
	for ; !s.AddDate(0, 0, 6).After(b); s = s.AddDate(0, 0, 7) {
		out = append(out, s)
	}
	return out
}

// add moves t by n units ("Y", "M", "W", "D", "10Y", "2W", "3M").
func add(t time.Time, unit string, n int) time.Time {
	switch unit {
	case "Y":
		return t.AddDate(n, 0, 0)
	case "10Y":
		return t.AddDate(10*n, 0, 0)
	case "100Y":
		return t.AddDate(100*n, 0, 0)
	case "M":
		return t.AddDate(0, n, 0)
	case "3M":
		return t.AddDate(0, 3*n, 0)
	case "W":
		return t.AddDate(0, 0, 7*n)
	case "2W":
		return t.AddDate(0, 0, 14*n)
	case "D":
		return t.AddDate(0, 0, n)
	case "H", "MIN", "S":
		// within the day: reckoned from noon, then back to midnight
		d := map[string]time.Duration{"H": time.Hour, "MIN": time.Minute, "S": time.Second}[unit]
		x := t.Add(12*time.Hour + time.Duration(n)*d)
		return time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.UTC)
	}
	return t
}

// value turns a resolved time into a document value's type and value.
func (s tspan) value() (string, any) {
	switch {
	case s.noYear:
		return document.Date, s.a.Format("--01-02")
	case s.gran == gDay && s.a.Equal(s.b):
		return document.Date, s.a.Format("2006-01-02")
	case s.gran == gMonth:
		return document.Date, s.a.Format("2006-01")
	case s.gran == gYear:
		return document.Date, s.a.Format("2006")
	}
	return document.Period, document.PeriodValue{Start: s.a.Format("2006-01-02"), End: s.b.Format("2006-01-02")}
}

// seasonAt returns the name of the season that contains t.
func seasonAt(t time.Time) string {
	for _, s := range []string{"spring", "summer", "fall"} {
		p := seasonOf(t.Year(), s)
		if !t.Before(p.a) && !t.After(p.b) {
			return s
		}
	}
	return "winter"
}
