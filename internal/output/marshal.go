package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"
)

// growLimit is the size up to which a record is encoded into a growing
// buffer. A larger record is encoded twice: once to measure it, then into
// a buffer of its exact size, so that a 70 MB record never holds the
// 64 MB and 128 MB buffers of a doubling append at once.
const growLimit = 1 << 20

// Marshal encodes one record in format: indented JSON (for a record standing
// alone; [Encoder] indents it further inside an array), one compact JSON
// line, or a YAML document. A struct's list fields are encoded element by
// element, so encoding holds one copy of the output, not several. A value
// JSON cannot hold (an infinity) is an error on this record only.
func Marshal(rec any, format Format) ([]byte, error) {
	out, err := marshalJSON(rec, format == JSON)
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %w", format, err)
	}
	if format == YAML {
		if out, err = jsonToYAML(out); err != nil {
			return nil, fmt.Errorf("encoding yaml: %w", err)
		}
		return out, nil
	}
	return append(out, '\n'), nil
}

// marshalJSON encodes rec with room for the final newline, measuring it
// first when it passes [growLimit].
func marshalJSON(rec any, indent bool) ([]byte, error) {
	small := &recordBuffer{limit: growLimit}
	if err := writeRecord(small, rec, indent); err != nil {
		return nil, err
	}
	if small.size <= growLimit {
		return small.buf, nil
	}
	exact := &recordBuffer{buf: make([]byte, 0, small.size+1), limit: small.size}
	if err := writeRecord(exact, rec, indent); err != nil {
		return nil, err
	}
	return exact.buf, nil
}

// recordBuffer collects an encoded record up to limit bytes and past that
// only counts them.
type recordBuffer struct {
	buf   []byte
	size  int
	limit int
}

func (b *recordBuffer) write(p []byte) { appendCapped(b, p) }

func (b *recordBuffer) writeString(s string) { appendCapped(b, s) }

func appendCapped[S string | []byte](b *recordBuffer, p S) {
	b.size += len(p)
	if b.size > b.limit {
		b.buf = nil
		return
	}
	b.buf = append(b.buf, p...)
}

// jsonEncoder encodes single values without escaping HTML characters.
type jsonEncoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

func newJSONEncoder(prefix string, indent bool) *jsonEncoder {
	e := &jsonEncoder{}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	if indent {
		e.enc.SetIndent(prefix, "  ")
	}
	return e
}

func (e *jsonEncoder) write(dst *recordBuffer, v any) error {
	e.buf.Reset()
	if err := e.enc.Encode(v); err != nil {
		return err
	}
	dst.write(bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")))
	return nil
}

// writeRecord writes rec as JSON: a struct field by field, its non-empty
// slices element by element; anything else whole.
func writeRecord(dst *recordBuffer, rec any, indent bool) error {
	rv := reflect.ValueOf(rec)
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return newJSONEncoder("", indent).write(dst, rec)
	}
	nl := func(depth int) string {
		if !indent {
			return ""
		}
		return "\n" + strings.Repeat("  ", depth)
	}
	colon := ":"
	if indent {
		colon = ": "
	}
	field, elem := newJSONEncoder("  ", indent), newJSONEncoder("    ", indent)
	// A string has no layout to indent: encoding it compact spares a copy
	// of the article's text, the record's largest field.
	flat := newJSONEncoder("", false)
	dst.writeString("{")
	rt := rv.Type()
	first := true
	for i := range rt.NumField() {
		f := rt.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if !first {
			dst.writeString(",")
		}
		first = false
		key, _ := json.Marshal(name)
		dst.writeString(nl(1))
		dst.write(key)
		dst.writeString(colon)
		fv := rv.Field(i)
		if fv.Kind() != reflect.Slice || fv.Len() == 0 {
			enc := field
			if fv.Kind() == reflect.String {
				enc = flat
			}
			if err := enc.write(dst, fv.Interface()); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			continue
		}
		dst.writeString("[")
		for j := range fv.Len() {
			if j > 0 {
				dst.writeString(",")
			}
			dst.writeString(nl(2))
			if err := elem.write(dst, fv.Index(j).Interface()); err != nil {
				return fmt.Errorf("%s[%d]: %w", name, j, err)
			}
		}
		dst.writeString(nl(1))
		dst.writeString("]")
	}
	dst.writeString(nl(0))
	dst.writeString("}")
	return nil
}

// jsonToYAML re-encodes one JSON document as YAML, writing numbers as JSON
// wrote them: integers in full (2000000000, not 2e+09, which YAML 1.1
// readers load as a string), and exponents with a decimal point (1.0e+21).
func jsonToYAML(data []byte) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	plainStyle(&doc)
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// plainStyle drops the flow and quoting styles a JSON source gives every
// node, so the encoder picks block style and quotes only where needed.
func plainStyle(n *yaml.Node) {
	n.Style = 0
	if n.Kind == yaml.ScalarNode && n.Tag == "!!float" {
		if i := strings.IndexAny(n.Value, "eE"); i >= 0 && !strings.Contains(n.Value[:i], ".") {
			n.Value = n.Value[:i] + ".0" + n.Value[i:]
		}
	}
	for _, c := range n.Content {
		plainStyle(c)
	}
}
