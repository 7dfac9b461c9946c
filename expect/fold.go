package expect

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold lower-cases s and collapses runs of (Unicode) white space to one
// space, trimming the ends: texts and names compare folded.
func fold(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// sameName reports whether got is non-empty and equals want, folded.
func sameName(got, want string) bool { return got != "" && fold(got) == fold(want) }

// anyName reports whether some item of list is want, folded.
func anyName(list []string, want string) bool {
	for _, s := range list {
		if sameName(s, want) {
			return true
		}
	}
	return false
}

// hasWord reports whether s contains w, folded, with no letter or digit
// right before or after it.
func hasWord(s, w string) bool {
	s, w = fold(s), fold(w)
	for from := 0; from <= len(s); {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if !wordRune(before) && !wordRune(after) {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		from = i + max(size, 1)
	}
	return false
}

// wordRune reports whether r is a letter or a digit (utf8.RuneError, which
// also stands for the ends of the string, is neither).
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// valueEqual compares an expected value (decoded from YAML) with an extracted
// one (as decoded from its JSON): numbers numerically (relative tolerance
// 1e-9), strings case-insensitively, lists item by item, objects key by key
// where a null and a missing key are the same and a missing "vague" is false.
func valueEqual(want, got any) bool {
	if w, ok := number(want); ok {
		g, ok := number(got)
		return ok && math.Abs(w-g) <= 1e-9*math.Max(1, math.Abs(w))
	}
	switch w := want.(type) {
	case nil:
		return got == nil
	case string:
		g, ok := got.(string)
		return ok && strings.EqualFold(w, g)
	case bool:
		g, ok := got.(bool)
		return ok && g == w
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return false
		}
		for i := range w {
			if !valueEqual(w[i], g[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return false
		}
		for k, wv := range w {
			if !keyEqual(k, wv, g[k]) {
				return false
			}
		}
		for k, gv := range g {
			if _, seen := w[k]; !seen && !keyEqual(k, nil, gv) {
				return false
			}
		}
		return true
	}
	return false
}

// keyEqual compares one key of two objects; "vague" defaults to false.
func keyEqual(key string, want, got any) bool {
	if key == "vague" {
		if want == nil {
			want = false
		}
		if got == nil {
			got = false
		}
	}
	return valueEqual(want, got)
}

// number reads the numeric types YAML and JSON decoding produce.
func number(x any) (float64, bool) {
	switch v := x.(type) {
	case int:
		return float64(v), true
	case int64:
		return float64(v), true
	case uint64:
		return float64(v), true
	case float64:
		return v, true
	}
	return 0, false
}
