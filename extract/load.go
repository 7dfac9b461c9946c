package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/claimex/claimex/document"
)

// Errors of the load stage; the CLI names the input before them.
var (
	ErrEmpty    = errors.New("empty input")
	ErrBinary   = errors.New("binary data, not text or HTML")
	ErrEncoding = errors.New("invalid UTF-8")
	ErrTooLarge = errors.New("input too large")
)

// readLimited reads r up to limit bytes and fails past it.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: over %d bytes (Options.MaxBytes)", ErrTooLarge, limit)
	}
	return data, nil
}

// load decodes raw bytes to UTF-8 and decides whether they are HTML.
// A charset in contentType (an HTTP header) decodes bytes that are not UTF-8.
// With owned, the document's text may be data itself, which must not
// change afterwards.
func load(data []byte, format InputFormat, contentType string, owned bool) (*document.Document, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	data, err := decodeBOM(data)
	if err != nil {
		return nil, err
	}
	if isBinary(data) {
		return nil, ErrBinary
	}
	isHTML := format == HTML || (format != Text && sniffHTML(data))
	d := &document.Document{Format: document.FormatText}
	// Checked once, and again only for bytes a decoder rewrote: a pass over
	// the whole input each time.
	valid := utf8.Valid(data)
	if isHTML {
		d.Format = document.FormatHTML
		if !valid {
			var warning string
			data, warning, err = decodeHTMLCharset(data, contentType)
			if err != nil {
				return nil, err
			}
			if warning != "" {
				d.Warn(document.WarnCharset, warning)
			}
			valid = utf8.Valid(data)
		}
	} else if !valid && contentType != "" {
		if data, err = decodeDeclared(data, contentType); err != nil {
			return nil, err
		}
		valid = utf8.Valid(data)
	}
	if !valid {
		legacy, ok := decodeLegacyText(data)
		if !ok {
			return nil, fmt.Errorf("%w at byte %d", ErrEncoding, invalidAt(data))
		}
		data = legacy
		d.Warn(document.WarnLegacyText, "the text is not UTF-8; it was decoded as windows-1252 (Latin-1)")
	}
	d.Raw = strings.ReplaceAll(rawString(data, owned), "\x00", "")
	return d, nil
}

// rawString is data as a string: data itself when owned, else a copy.
func rawString(data []byte, owned bool) string {
	if !owned || len(data) == 0 {
		return string(data)
	}
	return unsafe.String(unsafe.SliceData(data), len(data))
}

// decodeBOM converts UTF-16 input with a byte-order mark to UTF-8 and drops a UTF-8 BOM.
func decodeBOM(data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return data[3:], nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		out, _, err := transform.Bytes(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder(), data)
		if err != nil {
			return nil, fmt.Errorf("decoding UTF-16: %w", err)
		}
		return out, nil
	}
	return data, nil
}

// decodeHTMLCharset decodes a page whose bytes are not UTF-8, by the charset
// it declares (a charset in contentType, an HTTP header, takes precedence)
// or the one detection finds. The warning is "" when a declared charset
// decodes it.
func decodeHTMLCharset(data []byte, contentType string) (out []byte, warning string, err error) {
	headerCharset := strings.Contains(strings.ToLower(contentType), "charset=")
	if !headerCharset {
		contentType = "text/html"
	}
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	switch {
	case name == "utf-8":
		// Declared (or guessed) UTF-8 but invalid: fall back to windows-1252,
		// the commonest mislabel on the web.
		enc, name = charmap.Windows1252, "windows-1252"
		warning = "the page is not valid UTF-8 as declared or guessed; it was decoded as windows-1252"
	case enc == encoding.Replacement || name == "replacement":
		// iso-2022-kr, hz-gb-2312 and the like map to the replacement
		// encoding, which turns the whole page into one U+FFFD: detect instead.
		enc, name = charmap.Windows1252, "windows-1252"
		warning = "the declared charset cannot be decoded; the page was decoded as windows-1252"
	case !headerCharset && !declaresCharset(data):
		warning = "the page declares no charset; it was decoded as " + name
	}
	out, _, err = transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return nil, "", fmt.Errorf("decoding %s: %w", name, err)
	}
	return out, warning, nil
}

// declaresCharset reports a charset declaration in the page's first 1024
// bytes, where browsers look for one.
func declaresCharset(data []byte) bool {
	head := data[:min(len(data), 1024)]
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}

// decodeLegacyText decodes text that is windows-1252 (or Latin-1) rather
// than UTF-8. It refuses text that holds valid multi-byte UTF-8 sequences
// (damaged UTF-8, not a legacy file) or bytes windows-1252 leaves undefined.
func decodeLegacyText(data []byte) ([]byte, bool) {
	high := 0
	for i := 0; i < len(data); {
		b := data[i]
		if b < 0x80 {
			i++
			continue
		}
		if r, n := utf8.DecodeRune(data[i:]); r != utf8.RuneError && n > 1 {
			return nil, false
		}
		switch b {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			return nil, false
		}
		high++
		i++
	}
	if high*3 > len(data) {
		return nil, false
	}
	out, _, err := transform.Bytes(charmap.Windows1252.NewDecoder(), data)
	return out, err == nil
}

// decodeDeclared decodes text by the charset its Content-Type declares; text
// with no usable declaration is returned as it is.
func decodeDeclared(data []byte, contentType string) ([]byte, error) {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["charset"] == "" {
		return data, nil
	}
	enc, name := charset.Lookup(params["charset"])
	if enc == nil {
		return data, nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return nil, fmt.Errorf("decoding %s: %w", name, err)
	}
	return out, nil
}

// isBinary reports data whose first 8 KiB is over a tenth control bytes, NULs
// counting double. Random bytes have about 12%; text with a stray NUL passes.
func isBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctrl := 0
	for _, b := range head {
		if b == 0 {
			ctrl += 2
		} else if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	return ctrl*10 > len(head)
}

func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// sniffHTML reports whether data starts like a web page or fragment.
func sniffHTML(data []byte) bool {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.ToLower(bytes.TrimSpace(head))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<!--", "<article", "<div", "<p>", "<p ", "<title", "<?xml"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("</p>"))
}
