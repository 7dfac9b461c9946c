// Package lexlearn learns entity lexicons from a CoNLL-style training set:
// names with the type they mostly carry, capitalized words that are never
// part of a name (table headers such as "Attendance"), and the words that
// open or close club names. The output is rule packs, so the matcher stays
// rule-based and the learned data is reviewable and rerunnable.
package lexlearn

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"unicode"
	"unicode/utf8"
)

// Doc is one training document: text, tokens and gold entities, offsets in
// code points.
type Doc struct {
	ID       string    `json:"id"`
	Text     string    `json:"text"`
	Tokens   [][3]any  `json:"tokens"`
	Entities []Mention `json:"entities"`
	runes    []rune
	toks     []token
}

// Mention is one gold entity span.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
}

type token struct {
	text       string
	start, end int
}

// ReadDocs reads JSON Lines documents.
func ReadDocs(r io.Reader) ([]*Doc, error) {
	var docs []*Doc
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		d := new(Doc)
		if err := json.Unmarshal(sc.Bytes(), d); err != nil {
			return nil, fmt.Errorf("lexlearn: line %d: %w", n, err)
		}
		if err := d.prepare(); err != nil {
			return nil, fmt.Errorf("lexlearn: line %d (%s): %w", n, d.ID, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexlearn: %w", err)
	}
	return docs, nil
}

func (d *Doc) prepare() error {
	d.runes = []rune(d.Text)
	for _, t := range d.Tokens {
		text, ok := t[0].(string)
		s, ok1 := t[1].(float64)
		e, ok2 := t[2].(float64)
		if !ok || !ok1 || !ok2 || int(s) < 0 || int(e) > len(d.runes) || s > e {
			return fmt.Errorf("bad token %v", t)
		}
		d.toks = append(d.toks, token{text: text, start: int(s), end: int(e)})
	}
	for _, m := range d.Entities {
		if m.Start < 0 || m.End > len(d.runes) || m.Start >= m.End {
			return fmt.Errorf("bad entity span %d-%d", m.Start, m.End)
		}
	}
	return nil
}

func (d *Doc) span(s, e int) string { return string(d.runes[s:e]) }

// Half says which half of a split by document id a document falls in: 0 or 1.
func Half(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % 2)
}

// Split returns the documents of half h (0 or 1) and the others.
func Split(docs []*Doc, h int) (in, out []*Doc) {
	for _, d := range docs {
		if Half(d.ID) == h {
			in = append(in, d)
		} else {
			out = append(out, d)
		}
	}
	return in, out
}

func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// LineID returns the id of a JSON Lines document, or "" for a line that is
// not one.
func LineID(line []byte) string {
	var v struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(line, &v) != nil {
		return ""
	}
	return v.ID
}
