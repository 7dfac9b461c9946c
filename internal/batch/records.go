package batch

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract"
)

// RecordInclude are the file patterns picked in folders when reading records.
var RecordInclude = []string{"*.json", "*.jsonl"}

// Record is one document record read back from extract's output, or the
// problem that took its place.
type Record struct {
	Source string // the record's source, else the file and position it was read from
	ID     any
	Record *extract.Record
	Err    error
}

// DecodeRecords reads the records extract wrote to one file: a JSON record,
// a JSON array of them, or JSON Lines. An error record yields its error; a
// record of another schema, or bytes that are not JSON, yield an error
// naming the file and the record's position.
func DecodeRecords(file string, data []byte) []Record {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return []Record{{Source: file, Err: errors.New("empty records file")}}
	}
	var raws []json.RawMessage
	if trimmed[0] == '[' {
		if err := json.Unmarshal(trimmed, &raws); err != nil {
			return []Record{{Source: file, Err: fmt.Errorf("invalid JSON: %w", err)}}
		}
	} else {
		dec := json.NewDecoder(bytes.NewReader(trimmed))
		for {
			var raw json.RawMessage
			err := dec.Decode(&raw)
			if err == io.EOF {
				break
			}
			if err != nil {
				bad := Record{Source: fmt.Sprintf("%s: record %d", file, len(raws)+1), Err: fmt.Errorf("invalid JSON: %w", err)}
				if len(raws) == 0 {
					return []Record{bad}
				}
				return append(decodeAll(file, raws), bad)
			}
			raws = append(raws, raw)
		}
	}
	return decodeAll(file, raws)
}

func decodeAll(file string, raws []json.RawMessage) []Record {
	if len(raws) == 0 {
		return []Record{{Source: file, Err: errors.New("no records in file")}}
	}
	out := make([]Record, 0, len(raws))
	for i, raw := range raws {
		out = append(out, decodeRecord(fmt.Sprintf("%s: record %d", file, i+1), raw))
	}
	return out
}

// decodeRecord reads one record; where names it in errors.
func decodeRecord(where string, raw json.RawMessage) Record {
	var head struct {
		Schema string  `json:"schema"`
		Source *string `json:"source"`
		ID     any     `json:"id"`
		Error  *string `json:"error"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return Record{Source: where, Err: fmt.Errorf("invalid record: %w", err)}
	}
	r := Record{Source: where, ID: head.ID}
	if head.Source != nil {
		r.Source = *head.Source
	}
	switch {
	case head.Schema != extract.SchemaVersion:
		r.Source, r.Err = where, fmt.Errorf("not a claimex record (schema %q, want %q)", head.Schema, extract.SchemaVersion)
	case head.Error != nil:
		r.Err = errors.New(*head.Error)
	default:
		var rec extract.Record
		if err := json.Unmarshal(raw, &rec); err != nil {
			r.Source, r.Err = where, fmt.Errorf("invalid record: %w", err)
			break
		}
		for i := range rec.Values {
			if err := typeValue(&rec.Values[i]); err != nil {
				r.Source, r.Err = where, fmt.Errorf("value %s: %w", rec.Values[i].ID, err)
				break
			}
		}
		if r.Err == nil {
			r.Record = &rec
		}
	}
	return r
}

// typeValue decodes a value's normalized form into the type the pipeline
// gives it, so a record read back is the record that was written.
func typeValue(v *extract.Value) error {
	data, err := json.Marshal(v.Value)
	if err != nil {
		return err
	}
	var typed any
	switch v.Type {
	case document.Money:
		typed, err = decodeAs[document.MoneyValue](data)
	case document.Quantity:
		typed, err = decodeAs[document.QuantityValue](data)
	case document.Period:
		typed, err = decodeAs[document.PeriodValue](data)
	case document.Recurring:
		typed, err = decodeAs[document.RecurringValue](data)
	case document.Percent:
		typed, err = decodeAs[float64](data)
	case document.Date, document.Duration:
		typed, err = decodeAs[string](data)
	default:
		return nil
	}
	if err != nil {
		return fmt.Errorf("a %s value of the wrong shape: %w", v.Type, err)
	}
	v.Value = typed
	return nil
}

func decodeAs[T any](data []byte) (T, error) {
	var v T
	err := json.Unmarshal(data, &v)
	return v, err
}
