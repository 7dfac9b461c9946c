package claims

import "strings"

// regularForms is the number of forms inflections gives every verb; the
// doubled forms follow them.
const regularForms = 3

// inflections returns the -s, -ed and -ing forms of a regular verb, then
// the -ed and -ing forms with a doubled final consonant where it may double.
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
	forms := []string{s, ed, ing}
	if doubles(v) {
		// Whether the consonant doubles depends on the stress ("admitted",
		// "visited"); a doubled form that English lacks never matches.
		c := v[n-1:]
		forms = append(forms, v+c+"ed", v+c+"ing")
	}
	return forms
}

// doubles reports whether v ends in a consonant after a single vowel, as
// verbs that double it before -ed and -ing do: "slam", "quip", "prefer".
// "w", "x" and "y" never double.
func doubles(v string) bool {
	n := len(v)
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	if n < 3 || vowel(v[n-1]) || strings.IndexByte("wxy", v[n-1]) >= 0 || !vowel(v[n-2]) {
		return false
	}
	return !vowel(v[n-3]) || v[n-3] == 'u' && n >= 4 && v[n-4] == 'q'
}

// singular returns the noun whose plural, formed as the -s form of
// inflections is, w is ("bosses", "witnesses", "parties", "officials"),
// or w itself when no such form gives w.
func singular(w string) string {
	for _, cut := range []struct{ suffix, add string }{{"ies", "y"}, {"es", ""}, {"s", ""}} {
		if base, ok := strings.CutSuffix(w, cut.suffix); ok && base != "" {
			if f := inflections(base + cut.add); len(f) > 0 && f[0] == w {
				return base + cut.add
			}
		}
	}
	return w
}
