package extract_test

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"runtime"
	"testing"

	"github.com/claimex/claimex/extract"
)

func TestZZProf(t *testing.T) {
	p := os.Getenv("PROF_FILE")
	if p == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(p)
	x, _ := extract.New(extract.Options{})
	d, err := x.Extract(context.Background(), data, extract.Input{})
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	t.Log("after extract heap MB", ms.HeapAlloc>>20)
	rec := extract.NewRecord(d)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	t.Log("after record heap MB", ms.HeapAlloc>>20)
	json.NewEncoder(io.Discard).Encode(rec)
	t.Log(err, len(d.Claims), len(d.Tokens), len(d.Values), len(d.Entities))
}
