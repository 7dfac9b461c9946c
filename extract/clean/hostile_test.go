package clean

import (
	"strings"
	"testing"
	"time"

	"github.com/claimex/claimex/document"
)

// hugeTable is an article with a table of rows×10 cells.
func hugeTable(rows int) string {
	var b strings.Builder
	b.WriteString("<html><body><article><p>The agency said it had counted every ballot by Friday.</p><table>")
	for i := range rows {
		b.WriteString("<tr>")
		for j := range 10 {
			b.WriteString("<td>" + strings.Repeat("x", (i+j)%7+1) + " 12%</td>")
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</table></article></body></html>")
	return b.String()
}

// Thousands of removed cells in a row are one entry, built in linear time.
func TestHugeTable(t *testing.T) {
	c := newCleaner(t)
	start := time.Now()
	d := run(t, c, document.FormatHTML, hugeTable(5000))
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("took %s", took)
	}
	if !strings.Contains(d.Text, "counted every ballot") {
		t.Errorf("text lost the sentence: %.80q", d.Text)
	}
	cells := strings.Count(d.Text, "12%")
	for _, r := range d.Removed {
		cells += strings.Count(r.Text, "12%")
	}
	if cells != 50000 {
		t.Errorf("%d cells kept or removed, want 50000", cells)
	}
}

// Thousands of furniture lines in pasted text are one entry too.
func TestManyFurnitureLines(t *testing.T) {
	c := newCleaner(t)
	raw := "Council approves budget\n\nThe council approved its budget on Tuesday after a long debate about the cost of repairing roads in the city.\n\n" +
		strings.Repeat("Share on Facebook\n", 20000)
	start := time.Now()
	d := run(t, c, document.FormatText, raw)
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("took %s", took)
	}
	if len(d.Removed) != 1 || strings.Count(d.Removed[0].Text, "Share on Facebook") != 20000 {
		t.Errorf("removed %d entries", len(d.Removed))
	}
}

// BenchmarkHugeTable cleans the 5,000-row table page.
func BenchmarkHugeTable(b *testing.B) {
	c := newCleaner(b)
	page := hugeTable(5000)
	for b.Loop() {
		d := &document.Document{Format: document.FormatHTML, Raw: page}
		if err := c.Run(d); err != nil {
			b.Fatal(err)
		}
	}
}
