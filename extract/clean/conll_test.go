package clean

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

// conllDoc is one line of the shared CoNLL-2003 development file.
type conllDoc struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Entities []struct {
		Start int    `json:"start"` // code points
		End   int    `json:"end"`
		Type  string `json:"type"`
	} `json:"entities"`
}

// TestConllParagraphs measures how many paragraphs of plain news text (one
// CoNLL-2003 sentence a paragraph: datelines, result lines, headlines) the
// text path drops, and the gold entities they hold. Every one of those
// paragraphs belongs to its article, so the counts are losses.
func TestConllParagraphs(t *testing.T) {
	f, err := os.Open("../../../shared/eval/data/ner-dev.jsonl")
	if err != nil {
		t.Skip("no ../shared/eval/data/ner-dev.jsonl")
	}
	defer f.Close()
	c := newCleaner(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	paras, dropped, ents, lost, micro, lostMicro := 0, 0, 0, 0, 0, 0
	reasons := map[string]int{}
	var examples []string
	for sc.Scan() {
		var doc conllDoc
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		d := &document.Document{Format: document.FormatText, Raw: doc.Text}
		if err := c.Run(d); err != nil {
			t.Fatal(err)
		}
		kept := fold(d.Text)
		cp := 0 // code-point offset of the paragraph
		for _, p := range strings.Split(doc.Text, "\n\n") {
			start, end := cp, cp+utf8.RuneCountInString(p)
			cp = end + 2
			if strings.TrimSpace(p) == "" {
				continue
			}
			paras++
			n, m := 0, 0
			for _, e := range doc.Entities {
				if e.Start >= start && e.End <= end {
					n++
					if e.Type != "MISC" {
						m++
					}
				}
			}
			ents += n
			micro += m
			if strings.Contains(kept, fold(p)) {
				continue
			}
			dropped++
			lost += n
			lostMicro += m
			reasons[removedReason(d, p)]++
			if len(examples) < 40 && testing.Verbose() {
				examples = append(examples, fmt.Sprintf("%s %q (%s)", doc.ID, p, removedReason(d, p)))
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for _, e := range examples {
		t.Log(e)
	}
	t.Logf("paragraphs dropped: %d of %d, by reason %v", dropped, paras, reasons)
	t.Logf("gold entities in them: %d of %d (PER+LOC+ORG: %d of %d)", lost, ents, lostMicro, micro)
	// These are news sentences: datelines, result lines and tables included,
	// the text path must keep nearly all of them.
	if dropped*100 > paras {
		t.Errorf("dropped %d of %d news paragraphs, want at most 1%%", dropped, paras)
	}
}
