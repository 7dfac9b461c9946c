package extract

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

func TestLoad(t *testing.T) {
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range "Hello “world”." {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	tests := []struct {
		name    string
		data    []byte
		format  InputFormat
		wantErr error
		want    string // substring of Raw
		html    bool
		warn    string // the warning code load must give, if any
	}{
		{name: "empty", data: nil, wantErr: ErrEmpty},
		{name: "blank", data: []byte(" \n\t\n"), wantErr: ErrEmpty},
		{name: "binary", data: append([]byte("PK\x03\x04"), bytes.Repeat([]byte{0, 1, 2, 3}, 100)...), wantErr: ErrBinary},
		{name: "latin-1 text", data: []byte("caf\xe9 au lait, \x93quoted\x94"), want: "café au lait, “quoted”", warn: document.WarnLegacyText},
		{name: "damaged utf-8 text", data: []byte("caf\xc3\xa9 au lait and caf\xe9"), wantErr: ErrEncoding},
		{name: "undefined windows-1252 byte", data: []byte("caf\x81 au lait"), wantErr: ErrEncoding},
		{name: "stray NUL", data: []byte("Hello\x00 world, this is a sentence of text."), want: "Hello world"},
		{name: "utf-8 BOM", data: []byte("\xEF\xBB\xBFPlain text."), want: "Plain text."},
		{name: "utf-16 BOM", data: utf16, want: "Hello “world”."},
		{name: "sniffed html", data: []byte("<!DOCTYPE html><html><p>Hi</p></html>"), html: true, want: "<p>Hi</p>"},
		{name: "forced text", data: []byte("<p>Hi</p>"), format: Text, want: "<p>Hi</p>"},
		{name: "declared latin-1", data: []byte(`<html><head><meta charset="iso-8859-1"></head><p>caf` + "\xe9" + `</p></html>`), html: true, want: "café"},
		{name: "mis-declared utf-8", data: []byte(`<html><head><meta charset="utf-8"></head><p>na` + "\xefve \x93quote\x94" + `</p></html>`), html: true, want: "naïve “quote”", warn: document.WarnCharset},
		{name: "declared iso-2022-kr", data: []byte(`<html><head><meta charset="iso-2022-kr"></head><p>The caf` + "\xe9" + ` opened.</p></html>`), html: true, want: "The café opened.", warn: document.WarnCharset},
		{name: "declared hz-gb-2312", data: []byte(`<html><head><meta charset="hz-gb-2312"></head><p>The caf` + "\xe9" + ` opened.</p></html>`), html: true, want: "The café opened.", warn: document.WarnCharset},
		{name: "declared replacement", data: []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=replacement"></head><p>The caf` + "\xe9" + ` opened.</p></html>`), html: true, want: "The café opened.", warn: document.WarnCharset},
		{name: "no charset declared", data: []byte(`<html><p>The caf` + "\xe9" + ` opened.</p></html>`), html: true, want: "The café opened.", warn: document.WarnCharset},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			format := tt.format
			if format == "" {
				format = Auto
			}
			d, err := load(tt.data, format, "", false)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(d.Raw, tt.want) {
				t.Errorf("Raw = %q, want it to contain %q", d.Raw, tt.want)
			}
			if got := d.Format == document.FormatHTML; got != tt.html {
				t.Errorf("html = %v, want %v", got, tt.html)
			}
			var codes []string
			for _, w := range d.Warnings {
				codes = append(codes, w.Code)
			}
			if got := strings.Join(codes, ","); got != tt.warn {
				t.Errorf("warnings = %q, want %q", got, tt.warn)
			}
		})
	}
}

func TestReadLimited(t *testing.T) {
	if _, err := readLimited(strings.NewReader("12345"), 4); !errors.Is(err, ErrTooLarge) {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
	if got, err := readLimited(strings.NewReader("1234"), 4); err != nil || string(got) != "1234" {
		t.Errorf("got %q, %v", got, err)
	}
}

// FuzzLoad: any bytes either load as valid UTF-8 without NULs or fail with an error.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{"", "text", "<html><meta charset=shift_jis>\x82\xa0</html>", "\xff\xfeA\x00", "\xfe\xff\x00A", "caf\xe9", "<p>\x00</p>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []InputFormat{Auto, Text, HTML} {
			d, err := load(data, format, "", false)
			if err != nil {
				continue
			}
			if !utf8.ValidString(d.Raw) || strings.ContainsRune(d.Raw, 0) {
				t.Fatalf("load(%q, %s): Raw not clean UTF-8: %q", data, format, d.Raw)
			}
		}
	})
}

// TestStagePanicIsAnError: a bug in a stage yields an error for that
// document instead of ending the process.
func TestStagePanicIsAnError(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	x.entities = nil // a nil stage panics when it runs
	_, err = x.Extract(context.Background(), []byte("Acme said on Monday that profits rose."), Input{})
	if !errors.Is(err, ErrInternal) {
		t.Fatalf("err = %v, want ErrInternal", err)
	}
	x.opts.Timeout = time.Second // the same on the timed path, which runs in a goroutine
	if _, err = x.Extract(context.Background(), []byte("Acme said on Monday that profits rose."), Input{}); !errors.Is(err, ErrInternal) {
		t.Fatalf("with a timeout: err = %v, want ErrInternal", err)
	}
}

// TestLoadHeaderCharset decodes by the charset an HTTP header declares, for
// text and for HTML whose own declaration disagrees.
func TestLoadHeaderCharset(t *testing.T) {
	for _, tt := range []struct {
		format      InputFormat
		data, ctype string
		want        string
	}{
		{Text, "caf\xe9 cr\xe8me", "text/plain; charset=windows-1252", "café crème"},
		{HTML, "<html><head><meta charset=\"utf-8\"></head><body><p>caf\xe9</p></body></html>", "text/html; charset=iso-8859-1", "café"},
	} {
		d, err := load([]byte(tt.data), tt.format, tt.ctype, false)
		if err != nil {
			t.Fatalf("%s: %v", tt.ctype, err)
		}
		if !strings.Contains(d.Raw, tt.want) {
			t.Errorf("%s: Raw %q, want it to hold %q", tt.ctype, d.Raw, tt.want)
		}
	}
}
