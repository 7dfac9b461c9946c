package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// subCue is a class/id substring and the rule it belongs to.
type subCue struct {
	s    string
	rule *furniture
}

// substrings finds cue substrings in class and id values by their first two
// bytes, so a lookup costs one table probe per byte of the value; a bit set
// of the pairs in use answers most probes without hashing.
type substrings struct {
	first map[uint16][]subCue
	used  [1 << 16 / 64]uint64 // bit k set when first holds pair k
}

func newSubstrings(cues []subCue) *substrings {
	s := &substrings{first: map[uint16][]subCue{}}
	for _, c := range cues {
		if len(c.s) < 2 {
			continue
		}
		k := uint16(c.s[0])<<8 | uint16(c.s[1])
		s.first[k] = append(s.first[k], c)
		s.used[k/64] |= 1 << (k % 64)
	}
	for k, l := range s.first {
		slices.SortStableFunc(l, func(a, b subCue) int { return len(b.s) - len(a.s) })
		s.first[k] = l
	}
	return s
}

// find calls yield for each cue found in v (raw, lower-cased by normClass),
// stopping when yield returns false. A furniture cue must start a word of
// raw; a content cue may lie inside one ("blocknodearticlebody").
func (s *substrings) find(v, raw string, yield func(*furniture) bool) {
	for i := 0; i+1 < len(v); i++ {
		k := uint16(v[i])<<8 | uint16(v[i+1])
		if s.used[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		start := wordStart(raw, i)
		for _, c := range s.first[k] {
			if !start && !c.rule.content {
				continue // inside a word: "accreditation" holds no "credit"
			}
			if strings.HasPrefix(v[i:], c.s) && !yield(c.rule) {
				return
			}
		}
	}
}

// isAlnum reports whether b is an ASCII letter or digit.
func isAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// wordStart reports whether a word of a class or id value starts at byte i:
// at the start, after punctuation or a space, or at a lower-to-upper case
// change ("postSidebar").
func wordStart(raw string, i int) bool {
	if i == 0 || !isAlnum(raw[i-1]) || !isAlnum(raw[i]) {
		return true
	}
	return raw[i-1] >= 'a' && raw[i-1] <= 'z' && raw[i] >= 'A' && raw[i] <= 'Z'
}

// normClass lower-cases a class or id value and writes "_" as "-".
func normClass(s string) string {
	if normalClass(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch >= 'A' && ch <= 'Z':
			ch += 'a' - 'A'
		case ch == '_':
			ch = '-'
		case ch == '\t' || ch == '\n' || ch == '\r':
			ch = ' '
		}
		b = append(b, ch)
	}
	return string(b)
}

// normalClass reports whether normClass would return s unchanged.
func normalClass(s string) bool {
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; {
		case ch >= 'A' && ch <= 'Z', ch == '_', ch == '\t', ch == '\n', ch == '\r':
			return false
		}
	}
	return true
}

// classWords splits a raw class or id value into lower-case words at
// punctuation, spaces and lower-to-upper case changes.
func classWords(s string, yield func(string) bool) {
	start := -1
	for i := 0; i <= len(s); i++ {
		var ch byte
		if i < len(s) {
			ch = s[i]
		}
		alnum := ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
		split := !alnum || (ch >= 'A' && ch <= 'Z' && i > 0 && s[i-1] >= 'a' && s[i-1] <= 'z')
		if split && start >= 0 {
			if !yield(strings.ToLower(s[start:i])) {
				return
			}
			start = -1
		}
		if alnum && start < 0 {
			start = i
		}
	}
}

// compactLower lower-cases s and removes its spaces ("display: none" -> "display:none").
func compactLower(s string) string {
	if !strings.ContainsAny(s, " \t\n") && strings.ToLower(s) == s {
		return s
	}
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if !unicode.IsSpace(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// collapse trims s and folds runs of white space to one space.
func collapse(s string) string {
	if collapsed(s) {
		return s
	}
	return collapseNew(s)
}

// collapseCopy is collapse of s that never returns s itself, for an s that
// aliases a buffer about to be reused.
func collapseCopy(s string) string {
	if collapsed(s) {
		return strings.Clone(s)
	}
	return collapseNew(s)
}

// collapseNew writes collapse of s, which is not collapsed, to a new string.
func collapseNew(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		c, size := s[i], 1
		if c < utf8.RuneSelf && !asciiSpace(c) {
			// A run of ASCII word bytes is copied whole.
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && !asciiSpace(s[j]) {
				j++
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r := rune(c)
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if c < utf8.RuneSelf || foldedSpace(r) {
			space = b.Len() > 0
			i += size
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r) // an invalid byte is written as U+FFFD
		i += size
	}
	return b.String()
}

// collapsed reports whether collapse would return s unchanged: single plain
// spaces between words, none at either end, valid UTF-8.
func collapsed(s string) bool {
	space := true
	for i := 0; i < len(s); {
		b := s[i]
		switch {
		case b == ' ':
			if space {
				return false
			}
			space = true
			i++
			continue
		case b < utf8.RuneSelf:
			if asciiSpace(b) {
				return false
			}
			space = false
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || foldedSpace(r) {
			return false
		}
		space = false
		i += size
	}
	return !space || s == ""
}

// asciiSpace is unicode.IsSpace for an ASCII byte.
func asciiSpace(b byte) bool { return b == ' ' || b >= '\t' && b <= '\r' }

// foldedSpace reports the runes collapse folds as space.
func foldedSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' }

// foldLine lower-cases a line, folds its spaces, and trims the punctuation and
// symbols around it ("Share this article:" -> "share this article").
func foldLine(s string) string {
	return foldLower(strings.ToLower(collapse(s)))
}

// foldLower is foldLine of a line already lower-cased and collapsed.
func foldLower(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ')' && r != '('
	})
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.ReplaceAll(s, "’", "'")
}

func sortHeaders(h []header) {
	slices.SortStableFunc(h, func(a, b header) int { return len(b.prefix) - len(a.prefix) })
}

func sortLongestFirst(s []string) {
	slices.SortStableFunc(s, func(a, b string) int { return len(b) - len(a) })
}

// ruleLine is a chunk of text in the forms the line and header rules read,
// folded once for all of them.
type ruleLine struct {
	text string
	low  string // lower-cased, spaces collapsed; "" when text is too long for any rule
	fold string // foldLine(text)
}

// maxRuleLine is the longest line a line or pattern rule looks at.
const maxRuleLine = 250

func newRuleLine(text string) ruleLine {
	l := ruleLine{text: text}
	if len(text) <= maxRuleLine {
		l.low = strings.ToLower(collapse(text))
		l.fold = foldLower(l.low)
	}
	return l
}

// lineRule returns the rule a short line or paragraph matches as a whole
// (lines and patterns), or nil.
func (c *Cleaner) lineRule(text string) *furniture {
	return c.lineRuleOf(newRuleLine(text))
}

func (c *Cleaner) lineRuleOf(l ruleLine) *furniture {
	if len(l.text) > maxRuleLine || l.fold == "" {
		return nil
	}
	if f := c.lines[l.fold]; f != nil {
		return f
	}
	var bg bigrams
	bg.fill(l.low)
	return c.patIndex.match(l.low, &bg)
}

// headerRule returns the rule whose header opens this line ("Latest in
// Security", "More from Reuters"), or nil. A header is a short line that is
// the cue itself or the cue followed by a few words.
func (c *Cleaner) headerRule(text string) *furniture {
	if len(text) > 80 {
		return nil
	}
	return c.headerRuleOf(newRuleLine(text))
}

func (c *Cleaner) headerRuleOf(l ruleLine) *furniture {
	k := l.fold
	if len(l.text) > 80 || k == "" || strings.IndexByte(k, '.') >= 0 && !strings.HasSuffix(k, "...") {
		return nil
	}
	for _, h := range c.heads {
		if k == h.prefix {
			return h.rule
		}
		if strings.HasPrefix(k, h.prefix) && len(k) > len(h.prefix) {
			next, _ := utf8.DecodeRuneInString(k[len(h.prefix):])
			if next == ' ' || next == ':' {
				rest := strings.TrimSpace(strings.TrimLeft(k[len(h.prefix):], " :"))
				if words(rest) <= 4 {
					return h.rule
				}
			}
		}
	}
	return nil
}

// words counts the space-separated words of s.
func words(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
