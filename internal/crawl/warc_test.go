package crawl

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

var crawlDate = time.Date(2018, 12, 20, 9, 30, 0, 0, time.UTC)

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

// fixture writes a crawl of four responses: HTML, gzip-coded HTML in chunks,
// an image and plain text in windows-1252.
func fixture(t *testing.T, compress bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := Writer{W: &buf, Gzip: compress}
	chunked := fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(gzipped(t, "<html><p>Two</p></html>")), gzipped(t, "<html><p>Two</p></html>"))
	for _, r := range []Response{
		{ID: "<urn:uuid:1>", URL: "https://example.org/one", ContentType: "text/html; charset=utf-8", Body: []byte("<html><p>One</p></html>")},
		{ID: "<urn:uuid:2>", URL: "https://example.org/two", ContentType: "text/html", Header: []string{"Content-Encoding: gzip", "Transfer-Encoding: chunked"}, Body: []byte(chunked), Truncated: "length"},
		{ID: "<urn:uuid:3>", URL: "https://example.org/logo.png", ContentType: "image/png", Body: []byte("\x89PNG....")},
		{ID: "<urn:uuid:4>", URL: "https://example.org/four.txt", ContentType: "text/plain; charset=windows-1252", Body: []byte("caf\xe9")},
	} {
		r.Date = crawlDate
		if err := w.WriteResponse(r); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

func TestPagesReadsResponses(t *testing.T) {
	for _, compress := range []bool{false, true} {
		t.Run(fmt.Sprint("gzip=", compress), func(t *testing.T) {
			var got []Page
			for p := range Pages(bytes.NewReader(fixture(t, compress)), Options{MaxBytes: 1 << 20}) {
				got = append(got, p)
			}
			if len(got) != 4 {
				t.Fatalf("got %d pages, want 4: %+v", len(got), got)
			}
			for _, p := range got {
				if p.Err != nil {
					t.Fatalf("%s: %v", p.ID, p.Err)
				}
				if !p.Date.Equal(crawlDate) {
					t.Errorf("%s: date %v", p.ID, p.Date)
				}
			}
			if got[0].URL != "https://example.org/one" || string(got[0].Body) != "<html><p>One</p></html>" {
				t.Errorf("page 1: %+v", got[0])
			}
			if string(got[1].Body) != "<html><p>Two</p></html>" || got[1].Truncated != "length" {
				t.Errorf("page 2 (chunked, gzip): body %q truncated %q", got[1].Body, got[1].Truncated)
			}
			if got[2].Skip != "payload is image/png" || got[2].Body != nil {
				t.Errorf("image: skip %q", got[2].Skip)
			}
			if Charset(got[3].ContentType) != "windows-1252" || string(got[3].Body) != "caf\xe9" {
				t.Errorf("text page: %+v", got[3])
			}
		})
	}
}

func TestPagesDamaged(t *testing.T) {
	whole := fixture(t, true)
	cases := map[string][]byte{
		// The second member cut in half, the rest of the crawl kept.
		"truncated member": cutMember(t, whole, 1),
		// Garbage over the start of the second record.
		"corrupt header": corruptMember(t, whole, 1),
		// The file ends inside the last member.
		"truncated file": whole[:len(whole)-20],
		// An uncompressed crawl with bytes lost inside the second record.
		"plain, bytes lost": dropBeforeRecord(fixture(t, false), 2, 30),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			var ids []string
			errs := 0
			for p := range Pages(bytes.NewReader(data), Options{MaxBytes: 1 << 20}) {
				if p.Err != nil {
					errs++
					if !strings.Contains(p.Err.Error(), "record at byte ") {
						t.Errorf("error names no offset: %v", p.Err)
					}
					continue
				}
				ids = append(ids, p.ID)
			}
			if errs != 1 {
				t.Errorf("%d errors for one damaged stretch, want 1; pages %v", errs, ids)
			}
			if !slices.Contains(ids, "urn:uuid:1") {
				t.Errorf("the record before the damage was lost: %v", ids)
			}
			if name != "truncated file" && !slices.Contains(ids, "urn:uuid:4") {
				t.Errorf("the record after the damage was lost: %v", ids)
			}
		})
	}
}

func TestPagesPayloadLimit(t *testing.T) {
	for p := range Pages(bytes.NewReader(fixture(t, false)), Options{MaxBytes: 3}) {
		if p.Skip == "" && p.Err == nil {
			t.Errorf("%s: payload over the limit was read", p.ID)
		}
	}
}

// members splits a .warc.gz at its gzip member starts.
func members(t *testing.T, data []byte) [][2]int {
	t.Helper()
	var out [][2]int
	r := bytes.NewReader(data)
	for r.Len() > 0 {
		start := len(data) - r.Len()
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatal(err)
		}
		zr.Multistream(false)
		if _, err := zr.Read(make([]byte, 1<<20)); err != nil && err.Error() != "EOF" {
			for {
				if _, err := zr.Read(make([]byte, 1<<20)); err != nil {
					break
				}
			}
		}
		for {
			if _, err := zr.Read(make([]byte, 4096)); err != nil {
				break
			}
		}
		out = append(out, [2]int{start, len(data) - r.Len()})
	}
	return out
}

func cutMember(t *testing.T, data []byte, i int) []byte {
	m := members(t, data)[i]
	mid := (m[0] + m[1]) / 2
	return append(slices.Clone(data[:mid]), data[m[1]:]...)
}

func corruptMember(t *testing.T, data []byte, i int) []byte {
	m := members(t, data)[i]
	out := slices.Clone(data)
	for j := m[0] + 10; j < m[0]+40 && j < m[1]; j++ {
		out[j] ^= 0x5a
	}
	return out
}

// dropBeforeRecord removes n bytes from the end of the block before record i
// (0-based), so that record's predecessor claims more bytes than it has.
func dropBeforeRecord(data []byte, i, n int) []byte {
	at := 0
	for range i {
		at += bytes.Index(data[at+1:], []byte("WARC/1.1\r\n")) + 1
	}
	cut := at - 4 - n
	return append(slices.Clone(data[:cut]), data[cut+n:]...)
}
