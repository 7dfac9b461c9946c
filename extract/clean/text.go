package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/claimex/claimex/document"
)

// line is one line (or one unwrapped paragraph) of plain text.
type line struct {
	text   string
	block  int  // index of its blank-line-separated block
	kind   kind // what it looks like
	reason string
	words  int
}

type kind uint8

const (
	kShort  kind = iota // a label, headline or heading: no sentence
	kProse              // a sentence or more
	kFurn               // matched a furniture line or pattern
	kHeader             // opens a furniture run ("Latest in News")
	kByline             // "By Jane Doe"
)

// runText cleans plain text: it classifies lines, drops furniture runs, and
// reads the title and authors.
func (c *Cleaner) runText(d *document.Document, raw string) {
	lines := c.splitLines(raw)
	if !c.classifyLines(d, lines) {
		return // the caller sees d's context is done
	}
	first, last := proseSpan(lines)
	var few [2]string // the usual authors, kept off the heap
	authors := c.bylineAuthors(d, lines, first, few[:0])
	spreadHeaders(lines)
	authors, site := c.markBios(lines, first, authors)
	c.dropOutsideBody(lines, first, last)
	title := textTitle(lines, first)
	keepWhole(lines)
	d.Text = assembleText(d, lines)
	d.Meta.Title = title
	d.Meta.Authors = dedupe(authors)
	if d.Meta.Site == "" {
		d.Meta.Site = site
	}
}

// removed reports a kind of line that leaves the text.
func (k kind) removed() bool { return k == kFurn || k == kHeader || k == kByline }

// classifyLines sets the kind of every line; it reports false when d's
// context is done first.
func (c *Cleaner) classifyLines(d *document.Document, lines []line) bool {
	for i := range lines {
		if i%1024 == 0 && d.Check() != nil {
			return false
		}
		c.classifyLine(&lines[i])
	}
	return true
}

// proseSpan returns the indexes of the first and last prose lines, or -1.
func proseSpan(lines []line) (first, last int) {
	first, last = -1, -1
	for i, l := range lines {
		if l.kind == kProse {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// bylineAuthors adds to authors those of the bylines at the top, up to two
// lines past the first prose line, and reads the date of the first one
// that gives one.
func (c *Cleaner) bylineAuthors(d *document.Document, lines []line, first int, authors []string) []string {
	for i := range lines {
		if first >= 0 && i > first+2 {
			break
		}
		if lines[i].kind == kByline {
			authors = append(authors, cleanAuthors(c, splitNames(c, lines[i].text))...)
			// "By Jane Doe / BBC News": the outlet line belongs to the byline.
			if j := i + 1; j < len(lines) && lines[j].block == lines[i].block && lines[j].kind == kShort && lines[j].words <= 5 {
				lines[j].kind, lines[j].reason = kFurn, ReasonByline
			}
		}
		if (lines[i].kind == kFurn && lines[i].reason == ReasonByline || lines[i].kind == kByline) && d.Meta.Published == "" {
			d.Meta.Published = c.dateIn(lines[i].text)
		}
	}
	return authors
}

// spreadHeaders makes each header cue open a run that lasts to the end of
// its block and through later blocks until real prose comes back.
func spreadHeaders(lines []line) {
	for i := 0; i < len(lines); i++ {
		if lines[i].kind != kHeader {
			continue
		}
		reason := lines[i].reason
		j := i + 1
		for ; j < len(lines); j++ {
			l := &lines[j]
			if l.block != lines[j-1].block && l.kind == kProse && (l.words >= 40 || sentences(l.text) >= 2) {
				break
			}
			if l.kind != kFurn {
				l.kind, l.reason = kFurn, reason
			}
		}
		i = j - 1
	}
}

// dropOutsideBody removes menus before the body and other stories'
// headlines after it. Short lines inside or between the article's prose
// are the article's own (datelines, result lines, tables, lists,
// subheadings) unless a rule or a header named them.
func (c *Cleaner) dropOutsideBody(lines []line, first, last int) {
	if first < 0 {
		c.dropMenus(lines)
		return
	}
	c.dropMenus(lines[:first])
	// The body ends at its last prose line that is no bio and no
	// caption in a related list.
	end := first
	for i := first; i <= last; i++ {
		if lines[i].kind == kProse {
			end = i
		}
	}
	c.dropHeadlines(lines, first, end)
}

// textTitle returns the first headline-like line of three words or more
// before the body, else the first headline-like line.
func textTitle(lines []line, first int) string {
	title := ""
	for i, l := range lines {
		if first >= 0 && i > first {
			break
		}
		if l.kind == kShort && l.words <= 30 && (l.words >= 3 || title == "") {
			title = l.text
			if l.words >= 3 {
				break
			}
		}
	}
	return title
}

// keepWhole keeps every line of a text that would clean down to nothing:
// it is all the article there is ("By Jane Doe, March 2019").
func keepWhole(lines []line) {
	if len(lines) == 0 {
		return
	}
	for _, l := range lines {
		if !l.kind.removed() {
			return
		}
	}
	for i := range lines {
		lines[i].kind = kShort
	}
}

// assembleText joins the kept lines into the text and appends the removed
// ones to d.Removed, consecutive lines of one reason as one entry.
func assembleText(d *document.Document, lines []line) string {
	var b strings.Builder
	prevBlock, prevKind := -1, kShort
	var pieces []string // lines of the last removed entry, joined once
	seal := func() {
		if n := len(d.Removed); n > 0 && len(pieces) > 1 {
			d.Removed[n-1].Text = strings.Join(pieces, "\n")
		}
		pieces = pieces[:0]
	}
	for _, l := range lines {
		if l.kind.removed() {
			reason := l.reason
			if reason == "" {
				reason = ReasonByline
			}
			if n := len(d.Removed); n > 0 && d.Removed[n-1].Reason == reason {
				pieces = append(pieces, l.text)
			} else {
				seal()
				d.Removed = append(d.Removed, document.Removed{Text: l.text, Reason: reason})
				pieces = append(pieces, l.text)
			}
			continue
		}
		if b.Len() > 0 {
			// Lines of one block stay together unless they are sentences:
			// text pasted with single line breaks between paragraphs.
			if l.block != prevBlock || l.kind == kProse || prevKind == kProse {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(l.text)
		prevBlock, prevKind = l.block, l.kind
	}
	seal()
	return b.String()
}

func dedupe(s []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range s {
		if k := strings.ToLower(v); !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	}
	return out
}

// splitLines cuts text into blocks at blank lines and blocks into lines;
// a block whose lines break mid-sentence is one line.
func (c *Cleaner) splitLines(raw string) []line {
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	raw = strings.ReplaceAll(raw, "\r", "\n")
	var out []line
	block := 0
	var cur []string
	end := func() {
		if len(cur) == 0 {
			return
		}
		if wrapped(cur) {
			out = append(out, line{text: strings.Join(cur, " "), block: block})
		} else {
			for _, l := range cur {
				out = append(out, line{text: l, block: block})
			}
		}
		cur = cur[:0]
		block++
	}
	for _, l := range strings.Split(raw, "\n") {
		t := collapse(l)
		if t == "" {
			end()
			continue
		}
		cur = append(cur, t)
	}
	end()
	return out
}

// wrapped reports whether most line breaks of a block fall inside sentences.
func wrapped(ls []string) bool {
	if len(ls) < 2 {
		return false
	}
	mid := 0
	for i := 0; i+1 < len(ls); i++ {
		last, _ := utf8.DecodeLastRuneInString(ls[i])
		next, _ := utf8.DecodeRuneInString(ls[i+1])
		if !terminal(last) && (unicode.IsLower(next) || last == ',' || last == '-' || last == ';') {
			mid++
		}
	}
	return mid*2 >= len(ls)-1
}

// terminal reports whether r can end a sentence.
func terminal(r rune) bool {
	switch r {
	case '.', '!', '?', '"', '”', '’', '\'', ')', '…', ':':
		return true
	}
	return false
}

// classifyLine sets a line's kind from rules, length, punctuation and stop words.
func (c *Cleaner) classifyLine(l *line) {
	l.words = words(l.text)
	if f := c.lineRule(l.text); f != nil && !f.content && f.reason != "" {
		if f.reason == ReasonByline && strings.HasPrefix(strings.ToLower(l.text), "by ") {
			l.kind, l.reason = kByline, ReasonByline
			return
		}
		l.kind, l.reason = kFurn, f.reason
		return
	}
	if f := c.headerRule(l.text); f != nil && f.reason != "" {
		l.kind, l.reason = kHeader, f.reason
		return
	}
	if c.isProse(l.text, l.words) {
		l.kind = kProse
		return
	}
	l.kind = kShort
}

// isProse reports a sentence: enough words, a sentence end, and function
// words, as the furniture pack's prose thresholds say.
func (c *Cleaner) isProse(s string, n int) bool {
	if n >= c.prose.LongWords {
		return true
	}
	if n < c.prose.MinWords || !endsSentence(s) {
		return false
	}
	if n >= c.prose.SentenceWords {
		return true // a long sentence in any language
	}
	stop := 0
	for _, w := range strings.Fields(s) {
		if c.stop[strings.ToLower(strings.Trim(w, `.,;:!?"“”‘’'()`))] {
			stop++
		}
	}
	return stop*100 >= n*c.prose.StopShare
}

// bulleted reports whether most lines start with a list marker ("-", "•", "1.").
func bulleted(ls []line) bool {
	n := 0
	for _, l := range ls {
		t := l.text
		switch {
		case strings.HasPrefix(t, "- "), strings.HasPrefix(t, "• "), strings.HasPrefix(t, "* "),
			strings.HasPrefix(t, "· "), strings.HasPrefix(t, "– "):
			n++
		default:
			k := 0
			for k < len(t) && k < 3 && t[k] >= '0' && t[k] <= '9' {
				k++
			}
			if k > 0 && k < len(t) && (t[k] == '.' || t[k] == ')') {
				n++
			}
		}
	}
	return n*2 > len(ls)
}

// endsSentence reports a final ".", "!", "?" or "…", maybe inside closing
// quotes or brackets ('said "yes."'), but not a quoted title ('THE STARS”).
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)]»")
	last, _ := utf8.DecodeLastRuneInString(s)
	switch last {
	case '.', '!', '?', '…':
		return true
	}
	return false
}

// sentences counts sentence ends followed by a space or the end.
func sentences(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && (i+1 == len(s) || s[i+1] == ' ') {
			n++
		}
	}
	return n
}

// flatText reads the text of a page the tree parser refused, with a tokenizer:
// block tags become blank lines, scripts and styles go.
func flatText(raw string) string {
	z := html.NewTokenizer(strings.NewReader(raw))
	var b strings.Builder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			}
			if blockTags.has(a) || a == atom.Br {
				b.WriteString("\n\n")
			}
		}
	}
}
