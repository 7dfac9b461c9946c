package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/claimex/claimex/extract"
)

// Node kinds of the laid-out text.
const (
	kindText   = "text"
	kindClaim  = "claim"
	kindEntity = "entity"
	kindValue  = "value"
)

// Node is a run of article text or a mark around child nodes. A mark that
// crosses another's boundary is split into pieces; First is set on the
// first piece of each claim, which carries its margin note and focus.
type Node struct {
	Kind     string
	Text     string
	First    bool
	Claim    *claimView
	Entity   *extract.Entity
	Value    *valueView
	Children []*Node
}

// span is one mark to lay out, in code points into the text.
type span struct {
	start, end int
	layer      int // claims outermost, then entities, then values
	node       func(first bool) *Node
	started    bool
}

// layout splits text into paragraphs (at blank lines) and nests the marks
// in each, splitting a mark wherever it crosses another's boundary or a paragraph's.
func layout(text string, spans []*span) [][]*Node {
	runes := []rune(text)
	for _, s := range spans {
		s.start, s.end = clamp(s.start, len(runes)), clamp(s.end, len(runes))
	}
	spans = slices.DeleteFunc(spans, func(s *span) bool { return s.start >= s.end })
	slices.SortStableFunc(spans, func(a, b *span) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end), cmp.Compare(a.layer, b.layer))
	})
	var out [][]*Node
	for _, p := range paragraphs(runes) {
		var in []*span
		for _, s := range spans {
			if s.start < p[1] && s.end > p[0] {
				in = append(in, s)
			}
		}
		out = append(out, nest(runes, p[0], p[1], in))
	}
	return out
}

// nest lays out runes[from:to] with the spans that overlap it, sorted by start.
func nest(runes []rune, from, to int, spans []*span) []*Node {
	root := &Node{}
	type open struct {
		s *span
		n *Node
	}
	stack := []open{{n: root}}
	push := func(s *span) {
		n := s.node(!s.started)
		s.started = true
		top := stack[len(stack)-1].n
		top.Children = append(top.Children, n)
		stack = append(stack, open{s, n})
	}
	bounds := []int{from, to}
	for _, s := range spans {
		bounds = append(bounds, max(s.start, from), min(s.end, to))
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	pos, next := from, 0
	for _, b := range bounds {
		if b > pos {
			top := stack[len(stack)-1].n
			top.Children = append(top.Children, &Node{Kind: kindText, Text: string(runes[pos:b])})
			pos = b
		}
		// Close what ends here, reopening the marks it cut through.
		lowest := -1
		for i := len(stack) - 1; i > 0; i-- {
			if min(stack[i].s.end, to) <= b {
				lowest = i
			}
		}
		if lowest > 0 {
			var reopen []*span
			for _, o := range stack[lowest:] {
				if min(o.s.end, to) > b {
					reopen = append(reopen, o.s)
				}
			}
			stack = stack[:lowest]
			for _, s := range reopen {
				push(s)
			}
		}
		for next < len(spans) && max(spans[next].start, from) <= b {
			if min(spans[next].end, to) > b {
				push(spans[next])
			}
			next++
		}
	}
	return root.Children
}

// paragraphs returns the [start, end) rune ranges between blank lines.
func paragraphs(runes []rune) [][2]int {
	var out [][2]int
	text := string(runes)
	pos := 0
	for _, part := range strings.Split(text, "\n\n") {
		n := len([]rune(part))
		if strings.TrimSpace(part) != "" {
			start, end := pos, pos+n
			// Trim the newlines left over from runs of more than two.
			for start < end && runes[start] == '\n' {
				start++
			}
			for end > start && runes[end-1] == '\n' {
				end--
			}
			out = append(out, [2]int{start, end})
		}
		pos += n + 2
	}
	return out
}

func clamp(i, n int) int { return max(0, min(i, n)) }
