package extract_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimex/claimex/extract"
)

// TestHostileInputs runs the pipeline over testdata/hostile, plus a few
// inputs too large to keep in the repository, and checks each outcome.
func TestHostileInputs(t *testing.T) {
	schema := compileSchema(t)
	x, err := extract.New(extract.Options{Published: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	read := func(name string) []byte {
		data, err := os.ReadFile(filepath.Join("../testdata/hostile", name))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	deep := strings.Repeat("<div>", 100_000) + "<p>Deep inside, the minister said the plan would cost $3m.</p>" + strings.Repeat("</div>", 100_000)
	var table strings.Builder
	table.WriteString("<html><body><article><p>The agency said it had counted every ballot by Friday.</p><table>")
	for i := range 5000 {
		table.WriteString("<tr>")
		for j := range 10 {
			table.WriteString("<td>" + strings.Repeat("x", (i+j)%7+1) + " 12%</td>")
		}
		table.WriteString("</tr>")
	}
	table.WriteString("</table></article></body></html>")
	longLine := strings.Repeat("The council said it would spend £2m on roads, and the mayor said it would not. ", 13_000)

	tests := []struct {
		name    string
		data    []byte
		wantErr error
		keeps   []string // substrings the cleaned text must keep
		drops   []string // substrings it must not keep
		warn    string   // a warning code the record must carry
	}{
		{name: "empty.txt", wantErr: extract.ErrEmpty},
		{name: "binary.png.txt", wantErr: extract.ErrBinary},
		{name: "invalid-utf8.txt", keeps: []string{"The café owner said prices would rise by £5"}, warn: "legacy-encoding"},
		{name: "damaged-utf8.txt", data: []byte("The caf\xc3\xa9 owner said prices would rise by \xa35."), wantErr: extract.ErrEncoding},
		{name: "iso-2022-kr.html", keeps: []string{"officials said", "Café owners"}, warn: "charset-guessed"},
		{name: "hz-gb-2312.html", keeps: []string{"officials said", "Café owners"}, warn: "charset-guessed"},
		{name: "replacement.html", keeps: []string{"officials said", "Café owners"}, warn: "charset-guessed"},
		{name: "nul-bytes.txt", keeps: []string{"budget would rise", "Officials declined"}},
		{name: "utf16-bom.txt", keeps: []string{"raise rates by 0.25 percentage points"}},
		{name: "misdeclared-charset.html", keeps: []string{"José Pérez", "“We have no choice,”"}},
		{name: "unclosed-quotes.txt", keeps: []string{"The plan will fail"}},
		{name: "only-furniture.html", drops: []string{"Markets tumble", "cookies", "Subscribe", "All rights reserved"}},
		{name: "non-english.txt", keeps: []string{"Die Bundesregierung will nach Angaben des Finanzministeriums"}},
		{name: "100,000-deep nesting", data: []byte(deep), keeps: []string{"Deep inside, the minister said"}},
		{name: "huge table", data: []byte(table.String()), keeps: []string{"counted every ballot"}},
		{name: "1 MB single line", data: []byte(longLine), keeps: []string{"The council said it would spend £2m"}},
		{name: "infinite-amount.txt", keeps: []string{"no budget can hold", "true cost was $3m"}},
		{name: "nested attributions (500 KB)", data: []byte(strings.Repeat("Hu said that Li said that ", 20_000) + "yes."), wantErr: extract.ErrOverBudget},
		// Each "and" joins a clause with its own frame, which ends the content
		// before it, so the claims stay within the budget.
		{name: "1 MB sentence with no full stop", data: []byte(strings.Repeat("The minister said the plan would cost $3m and Hu told Reuters that ", 15_000)), keeps: []string{"the plan would cost $3m and Hu told"}},
		{name: "8 KB of digit groups", data: []byte("It costs $" + strings.Repeat("100,", 2_000) + "100."), keeps: []string{"It costs $100,100"}},
		{name: "76 KB of repeated names", data: []byte(strings.Repeat("Ken Hu Zhou Li ", 5_000) + "said it."), keeps: []string{"Ken Hu Zhou Li"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data
			if data == nil {
				data = read(tt.name)
			}
			start := time.Now()
			d, err := x.Extract(context.Background(), data, extract.Input{Source: tt.name})
			if took := time.Since(start); took > 10*time.Second {
				t.Errorf("took %s", took)
			}
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			rec := extract.NewRecord(d)
			checkSpans(t, tt.name, rec)
			raw, err := json.Marshal(rec)
			if err != nil {
				t.Fatal(err)
			}
			validate(t, schema, tt.name, raw)
			for _, k := range tt.keeps {
				if !strings.Contains(rec.Text, k) {
					t.Errorf("text lost %q", k)
				}
			}
			if tt.warn != "" && !hasWarning(rec, tt.warn) {
				t.Errorf("warnings %v lack %q", rec.Warnings, tt.warn)
			}
			for _, k := range tt.drops {
				if strings.Contains(rec.Text, k) {
					t.Errorf("text kept furniture %q", k)
				}
			}
		})
	}
}

func hasWarning(rec extract.Record, code string) bool {
	for _, w := range rec.Warnings {
		if w.Code == code {
			return true
		}
	}
	return false
}
