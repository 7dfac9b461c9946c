package values

import (
	"strings"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/internal/fold"
)

// segmented reports whether d holds the segmenter's tokens of its text with
// their compound marks, from which the values' tokens are read.
func segmented(d *document.Document) bool {
	return len(d.Tokens) > 0 && len(d.Compound) == document.SizeFor(len(d.Tokens))
}

// fromSegments returns the tokens tokenize finds in text, read from the
// segmenter's tokens segs of it: a token compound does not mark (a run of
// ASCII letters, a run of ASCII digits, a single ASCII character) is one
// token as it stands; a compound one ("2bn", "1,000", "don't") is split as
// tokenize splits it. The segmenter's tokens cover every character but
// white space, and no run of letters or digits crosses from one to the
// next, so only the compound tokens and the white space between tokens are
// read again. A word token's lower-cased form is the segmenter's, forms[spell[i]],
// when spell is not nil.
func fromSegments(text string, segs []document.Token, compound document.TokenSet, spell []int32, forms []string) []tok {
	n := len(segs)
	for i := range compound.Each {
		n += tokenBound(segs[i].Text) - 1
	}
	ts := make([]tok, 0, n)
	folded := fold.New()
	prev := 0
	for i := range segs {
		sg := &segs[i]
		space, nl := gapBefore(text, prev, sg.Start)
		prev = sg.End
		if compound.Has(i) {
			ts = appendRuns(ts, text, sg.Start, sg.End, space, nl, folded)
			continue
		}
		kind := asciiKinds[sg.Text[0]]
		ts = append(ts, tok{s: int32(sg.Start), e: int32(sg.End), raw: sg.Text, kind: kind, space: space, nl: nl})
		t := &ts[len(ts)-1]
		t.low = &t.raw
		switch {
		case kind != kWord || fold.IsLowerASCII(t.raw):
		case spell != nil:
			t.low = &forms[spell[i]]
		default:
			t.low = folded.Lower(t.raw, &t.raw)
		}
	}
	return ts
}

// gapBefore reports, for a token at start whose previous token ended at
// prev (0 for the first), whether white space or the start of the text comes
// before it, and whether a blank line (two line feeds) does.
func gapBefore(text string, prev, start int) (space, nl bool) {
	switch start - prev {
	case 0:
		return prev == 0, false
	case 1:
		return true, false
	}
	return true, strings.Count(text[prev:start], "\n") >= 2
}

// asciiKinds gives the token kind of a token of one ASCII character, or
// of a run of ASCII letters or digits, by its first byte, read from the
// byte classes tokenBound splits by.
var asciiKinds = func() (t [256]byte) {
	for c := range t {
		t[c] = kPunct
		if c < len(asciiClasses) {
			switch asciiClasses[c] {
			case bDigit:
				t[c] = kDigit
			case bLetter:
				t[c] = kWord
			}
		}
	}
	return t
}()
