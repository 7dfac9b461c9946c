package claims

import "strings"

// inflections returns the -s, -ed and -ing forms of a regular verb.
func inflections(v string) []string {
	n := len(v)
	if n < 2 {
		return nil
	}
	last, prev := v[n-1], v[n-2]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	var s, ed, ing string
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || last == 'x' || last == 'z' || last == 'o':
		s = v + "es"
	case last == 'y' && !vowel(prev):
		s = v[:n-1] + "ies"
	default:
		s = v + "s"
	}
	switch {
	case last == 'e':
		ed = v + "d"
	case last == 'y' && !vowel(prev):
		ed = v[:n-1] + "ied"
	default:
		ed = v + "ed"
	}
	switch {
	case strings.HasSuffix(v, "ie"):
		ing = v[:n-2] + "ying"
	case last == 'e' && prev != 'e':
		ing = v[:n-1] + "ing"
	default:
		ing = v + "ing"
	}
	return []string{s, ed, ing}
}
