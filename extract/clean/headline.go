package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dropMenus removes the menu words of runs of three or more short lines
// (a pasted site menu: "News", "Reviews", "Deals") where the lines average
// three words or fewer; a headline among them stays, and so do lines with
// numbers (a dateline, a score). Lines that make up the whole text are no
// menu.
func (c *Cleaner) dropMenus(ls []line) {
	for i := 0; i < len(ls); {
		j := i
		for j < len(ls) && ls[j].kind == kShort && ls[j].words <= 25 && !endsSentence(ls[j].text) {
			j++
		}
		if j-i >= 3 && (i > 0 || j < len(ls)) {
			sum := 0
			for k := i; k < j; k++ {
				sum += ls[k].words
			}
			if sum <= 3*(j-i) {
				for k := i; k < j; k++ {
					if ls[k].words <= 3 && strings.IndexFunc(ls[k].text, unicode.IsDigit) < 0 {
						ls[k].kind, ls[k].reason = kFurn, ReasonNavigation
					}
				}
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

// dropHeadlines removes lists of other stories' headlines: inside the body
// (lines first..last) a run of three or more headlines with nothing else
// between them, after it two or more headlines among the trailing short
// lines, with the labels between them ("Published", "2 days ago"). Table
// rows, datelines, result lines and hard-wrapped fragments are no
// headlines (see headline), so they stay; so do lists the article
// introduces with a colon, and bulleted lists (a headline opens with a
// capital, not a list marker).
func (c *Cleaner) dropHeadlines(ls []line, first, last int) {
	for i := first + 1; i < last; {
		j := i
		for j < last && c.headline(&ls[j]) {
			j++
		}
		if j-i >= 3 && !introduced(ls, i) {
			for k := i; k < j; k++ {
				ls[k].kind, ls[k].reason = kFurn, ReasonRelated
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	n, from := 0, -1
	for i := last + 1; i < len(ls); i++ {
		if c.headline(&ls[i]) {
			if n == 0 {
				from = i
			}
			n++
		}
	}
	if n > 0 && introduced(ls, from) {
		return
	}
	short := 0
	for i := from; i >= 0 && i < len(ls); i++ {
		if ls[i].kind == kShort {
			short++
		}
	}
	if n < 2 || 2*n < short {
		return
	}
	for i := from; i < len(ls); i++ {
		l := &ls[i]
		if l.kind == kShort && (c.headline(l) || l.words <= 3) {
			l.kind, l.reason = kFurn, ReasonRelated
		}
	}
}

// introduced reports whether the line before ls[i] is article text that
// ends with a colon ("The ministry advised:"): a list follows.
func introduced(ls []line, i int) bool {
	if i == 0 || ls[i-1].kind == kFurn || ls[i-1].kind == kHeader {
		return false
	}
	return strings.HasSuffix(ls[i-1].text, ":")
}

// headline reports whether a short line reads like the headline of a story:
// five to twenty-five words opening with a capital, mostly lower-case
// letters, no sentence end, and nothing that shows a wrapped fragment (a
// last function word, a trailing comma, an open bracket) or a table row:
// numbers at either end or standing alone, initials, bracketed countries,
// single-letter abbreviations ("c", "b", "v"), lists of names.
func (c *Cleaner) headline(l *line) bool {
	if l.kind != kShort || l.words < 5 || l.words > 25 || endsSentence(l.text) {
		return false
	}
	t := l.text
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) && r != '"' && r != '“' && r != '‘' && r != '\'' {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	switch last {
	case ',', ':', ';', '-', '(', ')', '–', '—', '/', '&':
		return false
	}
	if strings.Count(t, "(") != strings.Count(t, ")") || strings.Count(t, "(") > 1 || strings.Count(t, ",") > 1 {
		return false
	}
	fields := strings.Fields(t)
	if c.stop[strings.ToLower(fields[len(fields)-1])] {
		return false
	}
	bare := 0 // numbers without letters: scores, times, amounts
	for i, f := range fields {
		digit := strings.IndexFunc(f, unicode.IsDigit) >= 0
		if digit && (i <= 1 || i == len(fields)-1) {
			return false
		}
		if digit && strings.IndexFunc(f, unicode.IsLetter) < 0 {
			bare++
		}
		if n := utf8.RuneCountInString(f); n == 1 && f != "a" && unicode.IsLower(rune(f[0])) {
			return false // "c", "b", "v" of score cards and fixtures
		}
		if n := len(f); n == 2 && f[1] == '.' && f[0] >= 'A' && f[0] <= 'Z' {
			return false // an initial: "M. Waugh"
		}
	}
	if bare > 1 {
		return false
	}
	lower, upper := 0, 0
	for _, r := range t {
		if unicode.IsLower(r) {
			lower++
		} else if unicode.IsUpper(r) {
			upper++
		}
	}
	return lower >= 2*upper
}
