package compare

import (
	"slices"
	"strings"
	"unicode"
)

// vocab interns stemmed words as small integers.
type vocab map[string]int32

func (v vocab) id(w string) int32 {
	if id, ok := v[w]; ok {
		return id
	}
	id := int32(len(v))
	v[w] = id
	return id
}

// content is what a claim says in words: its stemmed content words and the
// joined forms of adjacent pairs ("cyber security" → "cybersecur"), each a
// sorted set of word ids.
type content struct {
	words     []int32
	compounds []int32
}

// contentOf reads the content words of a claim's text: the text without the
// texts of its values and the names of its entities (longest first), split
// into words, less stop words and bare numbers, stemmed.
func (c *config) contentOf(v vocab, text string, drop []string) content {
	drop = slices.Clone(drop)
	slices.SortStableFunc(drop, func(a, b string) int { return len(b) - len(a) })
	for _, d := range drop {
		if d != "" {
			text = strings.ReplaceAll(text, d, " ")
		}
	}
	var out content
	prev := ""
	for _, w := range splitWords(text) {
		if c.stop[w] || isNumber(w) || len([]rune(w)) < 2 {
			prev = ""
			continue
		}
		out.words = append(out.words, v.id(c.stem(w)))
		if prev != "" {
			out.compounds = append(out.compounds, v.id(c.stem(prev+w)))
		}
		prev = w
	}
	out.words = sortedSet(out.words)
	out.compounds = sortedSet(out.compounds)
	return out
}

// splitWords lower-cases s and splits it at every rune that is not a letter or digit.
func splitWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// stem strips the first suffix of the pack that leaves a long enough stem.
func (c *config) stem(w string) string {
	n := len([]rune(w))
	for _, s := range c.suffixes {
		if strings.HasSuffix(w, s.Suffix) && n-len([]rune(s.Suffix)) >= s.MinStem {
			return strings.TrimSuffix(w, s.Suffix) + s.Replace
		}
	}
	return w
}

func sortedSet(ids []int32) []int32 {
	slices.Sort(ids)
	return slices.Compact(ids)
}

// dice is the overlap of two contents, 2|A∩B| / (|A|+|B|). A compound of one
// side found as a word of the other matches it, and its two words then count
// as one, so "cyber security" and "cybersecurity" are one word.
func dice(a, b content) float64 {
	d, _ := overlap(a, b)
	return d
}

// overlap returns the dice overlap of two contents and the number of words
// they share.
func overlap(a, b content) (float64, int) {
	same := countCommon(a.words, b.words)
	ab := countCommonExcept(a.compounds, b.words, a.words)
	ba := countCommonExcept(b.compounds, a.words, b.words)
	na, nb := len(a.words)-ab, len(b.words)-ba
	if na+nb <= 0 {
		return 0, 0
	}
	common := same + ab + ba
	return 2 * float64(common) / float64(na+nb), common
}

// countCommon counts the ids in both sorted sets.
func countCommon(a, b []int32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// countCommonExcept counts the ids of a found in b but not in own.
func countCommonExcept(a, b, own []int32) int {
	n := 0
	for _, id := range a {
		if _, ok := slices.BinarySearch(b, id); ok {
			if _, mine := slices.BinarySearch(own, id); !mine {
				n++
			}
		}
	}
	return n
}

// jaccard is |A∩B| / |A∪B| of two sorted sets; 0 when both are empty.
func jaccard(a, b []int32) float64 {
	common := countCommon(a, b)
	union := len(a) + len(b) - common
	if union == 0 {
		return 0
	}
	return float64(common) / float64(union)
}
