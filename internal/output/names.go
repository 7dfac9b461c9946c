package output

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
)

// maxNameBytes bounds one output file name, leaving room under the usual
// 255-byte limit for the temporary name built on it (".NAME.tmp-PID-RAND").
const maxNameBytes = 200

// IDName turns a JSON Lines id into a file name, reversibly (see
// [ParseIDName]): a string is percent-encoded, keeping only letters,
// digits, "-", "_" and "." (not leading), and its first byte escaped when
// the string reads as a JSON number; a number is written as given; any
// other id is "@json-" and its encoded JSON. A line without an id (nil) is
// "@line-N", which no id can produce.
func IDName(id any, line int) string {
	switch v := id.(type) {
	case nil:
		return fmt.Sprintf("@line-%d", line)
	case string:
		if v == "" {
			return "@empty"
		}
		return escape(v, isJSONNumber(v))
	case json.Number:
		return escape(v.String(), false)
	}
	data, _ := json.Marshal(id)
	return "@json-" + escape(string(data), false)
}

// ParseIDName returns the id an [IDName] name stands for; ok is false for
// the names of lines without an id.
func ParseIDName(name string) (id any, ok bool) {
	switch {
	case strings.HasPrefix(name, "@line-"):
		return nil, false
	case name == "@empty":
		return "", true
	case strings.HasPrefix(name, "@json-"):
		var v any
		if err := json.Unmarshal([]byte(unescape(name[len("@json-"):])), &v); err != nil {
			return nil, false
		}
		return v, true
	}
	s := unescape(name)
	if name != "" && name[0] != '%' && isJSONNumber(s) {
		return json.Number(s), true
	}
	return s, true
}

func isJSONNumber(s string) bool {
	var n json.Number
	return s != "" && json.Unmarshal([]byte(s), &n) == nil && n.String() == s
}

func safeByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.'
}

// escape percent-encodes every byte of s but the safe ones; a leading "."
// (a hidden file, "..") and, when first is set, the first byte are encoded too.
func escape(s string, first bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if safeByte(c) && !(i == 0 && (first || c == '.')) {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			if v, err := hex.DecodeString(s[i+1 : i+3]); err == nil {
				b.WriteByte(v[0])
				i += 2
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// fitName shortens a file name over maxNameBytes, keeping its start and end
// (the extension) around a hash of the whole name, so long names stay
// distinct.
func fitName(name, ext string) string {
	if len(name)+len(ext) <= maxNameBytes {
		return name + ext
	}
	sum := sha256.Sum256([]byte(name))
	tail := "~" + hex.EncodeToString(sum[:8])
	keep := maxNameBytes - len(ext) - len(tail)
	for keep > 0 && (name[keep]&0xC0 == 0x80 || strings.LastIndexByte(name[max(0, keep-2):keep], '%') >= 0) {
		keep-- // not inside a UTF-8 sequence or a %XX escape
	}
	return name[:keep] + tail + ext
}
