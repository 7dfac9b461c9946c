// Package crawl reads web crawls: WARC files (WARC/1.0 and 1.1, plain or
// with one gzip member per record) and the HTTP responses they hold.
//
// WARC framing and gzip members are read by github.com/nlnwa/gowarc/v3; the
// HTTP message inside a response record is read by net/http, which decodes
// chunked transfer coding.
package crawl

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"iter"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// Page is one response record of a crawl, or a record that could not be read.
type Page struct {
	// Offset is the record's byte offset in the file (compressed bytes for .warc.gz).
	Offset int64
	// ID is the WARC-Record-ID, URL the WARC-Target-URI, Date the WARC-Date.
	ID, URL string
	Date    time.Time
	// ContentType is the HTTP Content-Type of the payload.
	ContentType string
	// Body is the HTTP payload, with transfer and content codings removed.
	Body []byte
	// Truncated is the WARC-Truncated reason ("length", "time", ...), or "".
	Truncated string
	// Skip says why the record holds no article ("not a response",
	// "payload is image/png"); such a page is counted, not processed.
	Skip string
	// Err is set when the record is damaged; Offset says where it starts.
	Err error
}

// Options limit what a crawl reader accepts.
type Options struct {
	// MaxBytes caps one payload; a larger one is an error for that record.
	MaxBytes int64
}

// Pages reads the records of one WARC stream in order. A damaged record
// yields one Page with Err naming its offset. When r can seek, reading then
// resumes at the next record found after the damage; otherwise the stream
// ends with that error.
func Pages(r io.Reader, opts Options) iter.Seq[Page] {
	return func(yield func(Page) bool) {
		// The WARC reader closes what it reads when it is closed; hide
		// Close, so a reader made to resume after damage finds r open.
		seekable := false
		if rs, ok := r.(io.ReadSeeker); ok {
			r, seekable = struct{ io.ReadSeeker }{rs}, true
		} else {
			r = struct{ io.Reader }{r}
		}
		var from int64
		damaged := false // inside a damaged stretch: its first error was reported
		for {
			next, ok := readFrom(r, from, opts, &damaged, yield)
			if !ok || !seekable || next < 0 {
				return
			}
			from = next
		}
	}
}

// readFrom reads records from offset from until the end, a stop by yield
// (ok false) or damage; on damage it returns the offset to resume from.
func readFrom(r io.Reader, from int64, opts Options, damaged *bool, yield func(Page) bool) (next int64, ok bool) {
	// The default policies warn rather than fail on syntax and spec
	// findings, so a record with a harmless flaw is still read.
	wr, err := gowarc.NewWarcFileReaderFromStream(r, from, gowarc.WithSkipParseBlock())
	if err != nil {
		return -1, yield(Page{Offset: from, Err: fmt.Errorf("record at byte %d: %w", from, err)})
	}
	defer wr.Close()
	for {
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			return -1, true
		}
		if err != nil {
			if !*damaged {
				*damaged = true
				if !yield(Page{Offset: rec.Offset, Err: fmt.Errorf("record at byte %d: %w", rec.Offset, describe(err))}) {
					return -1, false
				}
			}
			return max(rec.Offset, from) + 1, true
		}
		*damaged = false
		p := page(rec, opts)
		rec.Close()
		if !yield(p) {
			return -1, false
		}
	}
}

// page turns one WARC record into a Page.
func page(rec gowarc.Record, opts Options) Page {
	wr := rec.WarcRecord
	h := wr.WarcHeader()
	p := Page{Offset: rec.Offset, ID: wr.RecordId(), URL: h.Get(gowarc.WarcTargetURI), Truncated: h.Get(gowarc.WarcTruncated)}
	p.Date, _ = wr.Date()
	if wr.Type() != gowarc.Response {
		p.Skip = "not a response record (" + wr.Type().String() + ")"
		return p
	}
	raw, err := wr.Block().RawBytes()
	if err != nil {
		p.Err = fmt.Errorf("record at byte %d: reading block: %w", rec.Offset, err)
		return p
	}
	resp, err := readResponse(bufio.NewReader(raw), opts.MaxBytes)
	if err != nil {
		p.Err = fmt.Errorf("record at byte %d (%s): %w", rec.Offset, p.ID, err)
		return p
	}
	p.ContentType, p.Body, p.Skip = resp.contentType, resp.body, resp.skip
	return p
}

// describe names the damage of a record the WARC reader gave up on.
func describe(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("truncated record: %w", err)
	}
	return err
}
