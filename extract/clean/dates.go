package clean

import (
	"fmt"
	"regexp"
	"strings"
)

// isoDate is the part of the written-date pattern that names no month.
const isoDate = `(\d{4})-(\d{2})-(\d{2})`

// setMonths builds the pattern of dates written in text from the month
// names, given in calendar order. A month matches by its first three
// letters followed by any ASCII letters ("Jan", "January", "Sept."), day before
// or after it. Without names only ISO dates match.
func (c *Cleaner) setMonths(names []string) {
	c.months = make(map[string]string, len(names))
	var alts []string
	for i, n := range names {
		p := []rune(strings.ToLower(n))
		if len(p) > 3 {
			p = p[:3]
		}
		c.months[string(p)] = fmt.Sprintf("%02d", i+1)
		alts = append(alts, regexp.QuoteMeta(string(p)))
	}
	pat := `(?i)\b(?:` + isoDate + `)\b`
	if len(alts) > 0 {
		m := "(" + strings.Join(alts, "|") + ")"
		pat = `(?i)\b(?:` + isoDate + `|` + m + `[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})|(\d{1,2}) ` + m + `[a-z]*\.? (\d{4}))\b`
	}
	c.textDate = regexp.MustCompile(pat)
}

// dateIn finds a written date in a byline ("Posted on June 2, 2023") as YYYY-MM-DD.
func (c *Cleaner) dateIn(s string) string {
	m := c.textDate.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	var y, mo, d string
	switch {
	case m[1] != "":
		y, mo, d = m[1], m[2], m[3]
	case m[4] != "":
		y, mo, d = m[6], c.months[strings.ToLower(m[4])], m[5]
	default:
		y, mo, d = m[9], c.months[strings.ToLower(m[8])], m[7]
	}
	if len(d) == 1 {
		d = "0" + d
	}
	return normDate(y + "-" + mo + "-" + d)
}

// dateClass reports class values of date lines and bylines.
func (c *Cleaner) dateClass(v string) bool {
	v = strings.ToLower(v)
	for _, k := range c.dateCls {
		if strings.Contains(v, k) {
			return true
		}
	}
	return false
}
