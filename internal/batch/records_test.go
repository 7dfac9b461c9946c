package batch

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

func TestDecodeRecords(t *testing.T) {
	rec := `{"schema": "claimex/v1", "source": "a.txt", "id": 7, "values": [` +
		`{"id": "v1", "type": "period", "text": "early next year", "value": {"start": "2019-01-01", "end": "2019-04-30"}},` +
		`{"id": "v2", "type": "money", "text": "$2bn", "value": {"amount": 2000000000, "currency": "USD"}}]}`
	errRec := `{"schema": "claimex/v1", "source": "b.txt", "id": null, "error": "empty input"}`
	cases := []struct {
		name, data string
		want       []string // per record: the source, then "ok" or part of the error
	}{
		{"one record", rec, []string{"a.txt ok"}},
		{"an array", "[" + rec + "," + errRec + "]", []string{"a.txt ok", "b.txt empty input"}},
		{"json lines", rec + "\n" + errRec + "\n", []string{"a.txt ok", "b.txt empty input"}},
		{"another schema", `{"schema": "other/v2", "source": "c.txt"}`, []string{"f.jsonl: record 1 not a claimex record"}},
		{"broken json", rec + "\n{\"schema\": ", []string{"a.txt ok", "f.jsonl: record 2 invalid JSON"}},
		{"a value of the wrong shape", `{"schema": "claimex/v1", "source": "d.txt", "values": [{"id": "v1", "type": "money", "value": "lots"}]}`,
			[]string{"f.jsonl: record 1 value v1: a money value of the wrong shape"}},
		{"empty", "  \n", []string{"f.jsonl empty records file"}},
	}
	for _, tc := range cases {
		got := DecodeRecords("f.jsonl", []byte(tc.data))
		if len(got) != len(tc.want) {
			t.Errorf("%s: %d records, want %d", tc.name, len(got), len(tc.want))
			continue
		}
		for i, r := range got {
			desc := r.Source + " ok"
			if r.Err != nil {
				desc = r.Source + " " + r.Err.Error()
			}
			if !strings.HasPrefix(desc, tc.want[i]) {
				t.Errorf("%s: record %d is %q, want %q", tc.name, i+1, desc, tc.want[i])
			}
		}
	}
	r := DecodeRecords("f.json", []byte(rec))[0].Record
	if _, ok := r.Values[0].Value.(document.PeriodValue); !ok {
		t.Errorf("a period read back is %T, not a PeriodValue", r.Values[0].Value)
	}
	if m, ok := r.Values[1].Value.(document.MoneyValue); !ok || *m.Amount != 2e9 {
		t.Errorf("money read back is %#v", r.Values[1].Value)
	}
}

// FuzzDecodeRecords: any bytes yield at least one record or error, and no panic.
func FuzzDecodeRecords(f *testing.F) {
	f.Add(`{"schema": "claimex/v1", "source": "a", "values": [{"id": "v1", "type": "period", "value": {"start": "2019"}}]}`)
	f.Add("[1, 2]\n")
	f.Add(`{"schema": "claimex/v1", "error": "x"}` + "\n{")
	f.Fuzz(func(t *testing.T, data string) {
		if len(DecodeRecords("f", []byte(data))) == 0 {
			t.Fatal("no record and no error")
		}
	})
}

func TestDecodeRecordsNone(t *testing.T) {
	for _, data := range []string{"[]", "{"} {
		got := DecodeRecords("f.json", []byte(data))
		if len(got) != 1 || got[0].Err == nil {
			t.Errorf("%q: %+v, want one error", data, got)
		}
	}
}

// TestDecodeRecurring checks that a recurring value reads back as the
// pipeline writes it.
func TestDecodeRecurring(t *testing.T) {
	rec := `{"schema": "claimex/v1", "source": "a.txt", "values": [` +
		`{"id": "v1", "type": "recurring", "text": "every Monday", "value": {"period": "P1W", "interval": 1, "on": "XXXX-WXX-1"}}]}`
	r := DecodeRecords("f.json", []byte(rec))[0].Record
	v, ok := r.Values[0].Value.(document.RecurringValue)
	if !ok || v.Period != "P1W" || v.On == nil || *v.On != "XXXX-WXX-1" {
		t.Errorf("a recurring value read back is %#v", r.Values[0].Value)
	}
}
