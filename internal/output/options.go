package output

import (
	"bufio"
	"bytes"
	"io"
)

// Options refine what an [Encoder] writes.
type Options struct {
	// Embed writes [EmbeddedRecord]s (json, jsonl and yaml).
	Embed bool
	// Rows picks the CSV table: [RowsClaims] (the default), [RowsEntities] or [RowsValues].
	Rows string
}

// streamEncoder is an encoder for a format with its own layout (CSV, JSON-LD).
type streamEncoder interface {
	Encode(rec any) error
	Close() error
}

// NewEncoderOptions returns an Encoder writing format to w, refined by opts.
func NewEncoderOptions(w io.Writer, format Format, opts Options) *Encoder {
	e := &Encoder{w: bufio.NewWriterSize(w, 64<<10), format: format, opts: opts}
	switch format {
	case CSV:
		e.stream = newTableEncoder(e.w, opts.Rows)
	case JSONLD:
		e.stream = jsonldEncoder{e.w}
	}
	return e
}

// prepare applies the options to a record before it is encoded.
func (o Options) prepare(rec any) any {
	if r, ok := asRecord(rec); ok && o.Embed {
		return Embed(r)
	}
	return rec
}

// IsStream reports a format with a layout of its own across records (CSV
// with its header, JSON-LD): its records are written by an [Encoder], not
// encoded one by one with [MarshalOptions] for [Encoder.Write].
func IsStream(format Format) bool { return format == CSV || format == JSONLD }

// MarshalOptions encodes one record in format, refined by opts. For a
// stream format it is that record alone as a whole file (a CSV header
// included), as an output folder holds it.
func MarshalOptions(rec any, format Format, opts Options) ([]byte, error) {
	if !IsStream(format) {
		return Marshal(opts.prepare(rec), format)
	}
	var buf bytes.Buffer
	enc := NewEncoderOptions(&buf, format, opts)
	if err := enc.Encode(rec); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
