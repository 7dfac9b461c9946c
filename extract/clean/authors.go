package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitNames splits a byline into names: "By A, B and C".
func splitNames(c *Cleaner, s string) []string {
	s = collapse(s)
	if s == "" {
		return nil
	}
	s = c.trimByline(s)
	parts := []string{s}
	for _, j := range c.joiners {
		var next []string
		for _, p := range parts {
			sep := j
			if j != "," {
				sep = " " + j + " "
			}
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	return parts
}

// trimByline drops a byline opener ("By", "Par") from the start of s.
func (c *Cleaner) trimByline(s string) string {
	low := strings.ToLower(s)
	for _, b := range c.bylines {
		if strings.HasPrefix(low, b+" ") || strings.HasPrefix(low, b+":") {
			return strings.TrimLeft(s[len(b):], " :")
		}
	}
	return s
}

// cleanAuthors keeps the values that look like people's names, case
// normalized, without the dates, roles or credits glued to them.
func cleanAuthors(c *Cleaner, in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range in {
		a = c.trimByline(collapse(a))
		if c.isCredit(a) {
			continue
		}
		if loc := c.textDate.FindStringIndex(a); loc != nil {
			a = a[:loc[0]]
		}
		a = strings.Trim(c.nameRun(a), " ,;:|-")
		a = normCase(a)
		if !looksLikeName(a) || seen[strings.ToLower(a)] {
			continue
		}
		seen[strings.ToLower(a)] = true
		out = append(out, a)
	}
	return out
}

// isCredit reports a photo or image credit ("Photo: Jane Doe").
func (c *Cleaner) isCredit(s string) bool {
	low := strings.ToLower(s)
	for _, w := range c.credits {
		if strings.HasPrefix(low, w) && (len(low) == len(w) || !isLetter(low[len(w):])) {
			return true
		}
	}
	return false
}

func isLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// nameRun keeps the leading name words of a byline part: "Mike Moore
// published 18 December 2018" is "Mike Moore", "JANE DOE STAFF WRITER" is
// "JANE DOE", "Lucas Nolan22" is "Lucas Nolan".
func (c *Cleaner) nameRun(s string) string {
	fields := strings.Fields(s)
	var out []string
	for _, w := range fields {
		if i := strings.IndexFunc(w, unicode.IsDigit); i >= 0 {
			if i > 0 {
				out = append(out, w[:i])
			}
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		low := strings.ToLower(strings.Trim(w, ",.;:"))
		if !nameStart(r) && !particles[w] || c.roles[low] || c.dateWords[low] {
			break
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// nameStart reports a rune that can open a name word: a capital, or a
// letter of a script without case (Chinese, Japanese).
func nameStart(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r)
}

// normCase writes a name given in capitals ("NATALIYA VASILYEVA") in title case.
func normCase(s string) string {
	hasLower, hasUpper := false, false
	for _, r := range s {
		hasLower = hasLower || unicode.IsLower(r)
		hasUpper = hasUpper || unicode.IsUpper(r)
	}
	if hasLower || !hasUpper || !strings.Contains(s, " ") {
		// A single word in capitals is an acronym ("AFP").
		return s
	}
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(strings.ToLower(w))
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// particles are lower-case words inside names ("Ursula von der Leyen").
var particles = map[string]bool{"de": true, "da": true, "del": true, "der": true, "van": true, "von": true, "la": true, "le": true, "di": true, "bin": true, "al": true}

// looksLikeName accepts one to five name words, no URLs, digits or slashes.
func looksLikeName(s string) bool {
	if n := utf8.RuneCountInString(s); n < 2 || n == len(s) && n < 3 || len(s) > 60 || strings.Contains(s, "://") || strings.ContainsAny(s, "@0123456789/|") {
		return false
	}
	n := 0
	for _, w := range strings.Fields(s) {
		n++
		r, _ := utf8.DecodeRuneInString(w)
		if !nameStart(r) && !particles[w] {
			return false
		}
	}
	return n >= 1 && n <= 5
}
