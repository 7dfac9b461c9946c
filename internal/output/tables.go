package output

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimex/claimex/extract"
)

// CSV tables: --csv-rows picks one.
const (
	RowsClaims   = "claims"   // one row per claim (the default)
	RowsEntities = "entities" // one row per entity
	RowsValues   = "values"   // one row per value
)

var tableHeaders = map[string][]string{
	RowsClaims:   {"source", "id", "kind", "claimant", "claimant_entity_type", "cue", "via", "hedged", "text", "start", "end", "values", "rule"},
	RowsEntities: {"source", "id", "type", "name", "aliases", "titles", "mentions", "claims"},
	RowsValues:   {"source", "id", "type", "text", "start", "end", "value", "amount", "unit", "approximate", "claims"},
}

// ParseRows checks a --csv-rows value; "" means claims.
func ParseRows(s string) (string, error) {
	if s == "" {
		return RowsClaims, nil
	}
	if _, ok := tableHeaders[s]; ok {
		return s, nil
	}
	return "", fmt.Errorf("unknown table %q (want claims, entities or values)", s)
}

// tableEncoder writes records as RFC 4180 CSV (CRLF line ends, quotes where
// needed), one table for all records, always with its header row. Error
// records have no rows: their errors go to standard error and the exit status.
type tableEncoder struct {
	w      *csv.Writer
	rows   string
	header bool
}

func newTableEncoder(w io.Writer, rows string) *tableEncoder {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if rows == "" {
		rows = RowsClaims
	}
	return &tableEncoder{w: cw, rows: rows}
}

func (t *tableEncoder) Encode(rec any) error {
	if err := t.writeHeader(); err != nil {
		return err
	}
	r, ok := asRecord(rec)
	if !ok {
		return nil
	}
	var rows [][]string
	switch t.rows {
	case RowsEntities:
		rows = entityRows(r)
	case RowsValues:
		rows = valueRows(r)
	default:
		rows = claimRows(r)
	}
	if err := t.w.WriteAll(rows); err != nil {
		return fmt.Errorf("encoding csv: %w", err)
	}
	return nil
}

func (t *tableEncoder) Close() error {
	if err := t.writeHeader(); err != nil {
		return err
	}
	t.w.Flush()
	return t.w.Error()
}

func (t *tableEncoder) writeHeader() error {
	if t.header {
		return nil
	}
	t.header = true
	return t.w.Write(tableHeaders[t.rows])
}

// asRecord accepts a document record by value or pointer; error records are not.
func asRecord(rec any) (*extract.Record, bool) {
	switch r := rec.(type) {
	case extract.Record:
		return &r, true
	case *extract.Record:
		return r, r != nil
	}
	return nil, false
}

func claimRows(r *extract.Record) [][]string {
	types := map[string]string{}
	for _, e := range r.Entities {
		types[e.ID] = e.Type
	}
	values := map[string]extract.Value{}
	for _, v := range r.Values {
		values[v.ID] = v
	}
	rows := make([][]string, 0, len(r.Claims))
	for _, c := range r.Claims {
		var claimant, entityType string
		if c.Claimant != nil {
			claimant = c.Claimant.Name
			if c.Claimant.Entity != nil {
				entityType = types[*c.Claimant.Entity]
			}
		}
		var vals []string
		for _, id := range c.Values {
			if v, ok := values[id]; ok {
				vals = append(vals, v.Type+"="+ValueText(v))
			}
		}
		rows = append(rows, []string{r.Source, c.ID, c.Kind, claimant, entityType, deref(c.Cue), deref(c.Via),
			strconv.FormatBool(c.Hedged), c.Text, strconv.Itoa(c.Start), strconv.Itoa(c.End), strings.Join(vals, "; "), c.Rule})
	}
	return rows
}

func entityRows(r *extract.Record) [][]string {
	claims := carriers(r, func(c extract.Claim) []string {
		ids := c.Entities
		if c.Claimant != nil && c.Claimant.Entity != nil {
			ids = append([]string{*c.Claimant.Entity}, ids...)
		}
		return ids
	})
	rows := make([][]string, 0, len(r.Entities))
	for _, e := range r.Entities {
		rows = append(rows, []string{r.Source, e.ID, e.Type, e.Name, strings.Join(e.Aliases, "; "),
			strings.Join(e.Titles, "; "), strconv.Itoa(len(e.Mentions)), strings.Join(claims[e.ID], "; ")})
	}
	return rows
}

func valueRows(r *extract.Record) [][]string {
	claims := carriers(r, func(c extract.Claim) []string { return c.Values })
	rows := make([][]string, 0, len(r.Values))
	for _, v := range r.Values {
		amount, unit, _ := ValueAmount(v)
		rows = append(rows, []string{r.Source, v.ID, v.Type, v.Text, strconv.Itoa(v.Start), strconv.Itoa(v.End),
			ValueText(v), amount, unit, strconv.FormatBool(v.Approximate), strings.Join(claims[v.ID], "; ")})
	}
	return rows
}

// carriers maps each id that ids(claim) returns to the claims carrying it, in claim order, once each.
func carriers(r *extract.Record, ids func(extract.Claim) []string) map[string][]string {
	out := map[string][]string{}
	for _, c := range r.Claims {
		for _, id := range ids(c) {
			if l := out[id]; len(l) == 0 || l[len(l)-1] != c.ID {
				out[id] = append(l, c.ID)
			}
		}
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
