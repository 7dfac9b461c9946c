package entities

import (
	"unicode"
	"unicode/utf8"
)

// commonAcronyms returns the acronyms the document defines for ordinary noun
// phrases: "cash reserve ratio (CRR)", "hard red winter (HRW)". Such an
// acronym, wherever it stands in the document, names a thing and not an
// entity.
func (w *work) commonAcronyms() map[string]bool {
	var out map[string]bool
	for i := 1; i+1 < len(w.toks); i++ {
		t := &w.toks[i]
		if !t.allCaps || w.toks[i-1].sp.text != "(" || w.toks[i+1].sp.text != ")" {
			continue
		}
		n := utf8.RuneCountInString(t.sp.text)
		if n < 2 || i-1-n < 0 {
			continue
		}
		if w.spelledInLowerCase(i-1-n, i-1, t.sp.text) {
			if out == nil {
				out = map[string]bool{}
			}
			out[t.sp.text] = true
		}
	}
	return out
}

// spelledInLowerCase reports whether the tokens [a,b) are lower-case words
// of one sentence whose initials spell acr.
func (w *work) spelledInLowerCase(a, b int, acr string) bool {
	k := a
	for _, r := range acr {
		t := w.toks[k]
		first, _ := utf8.DecodeRuneInString(t.sp.text)
		if t.sent != w.toks[b].sent || !unicode.IsLower(first) || unicode.ToUpper(first) != r {
			return false
		}
		k++
	}
	return true
}

// dropCommonAcronyms removes the mentions that are acronyms of ordinary noun
// phrases, unless a gazetteer or suffix vouches for them.
func (w *work) dropCommonAcronyms() {
	acr := w.commonAcronyms()
	if len(acr) == 0 {
		return
	}
	out := w.ms[:0]
	for _, m := range w.ms {
		if m.b-m.a == 1 && acr[w.toks[m.a].sp.text] && m.strength < strong {
			continue
		}
		out = append(out, m)
	}
	w.ms = out
}
