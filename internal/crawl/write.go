package crawl

import (
	"compress/gzip"
	"fmt"
	"io"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// Response is one HTTP response to archive with a [Writer].
type Response struct {
	ID, URL     string
	Date        time.Time
	ContentType string
	// Header holds further HTTP header lines ("Content-Encoding: gzip").
	Header []string
	// Body is the HTTP body as sent, codings included.
	Body []byte
	// Truncated sets WARC-Truncated when not "".
	Truncated string
}

// Writer writes WARC/1.1 response records, each as its own gzip member when
// Gzip is set, as crawlers write .warc.gz files. It serves tests and
// fixtures that need a crawl built from known pages.
type Writer struct {
	W    io.Writer
	Gzip bool
}

// WriteResponse appends one response record.
func (w Writer) WriteResponse(r Response) error {
	b := gowarc.NewRecordBuilder(gowarc.Response, gowarc.WithAddMissingDigest(true))
	head := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\n", r.ContentType)
	for _, h := range r.Header {
		head += h + "\r\n"
	}
	if _, err := b.WriteString(head + fmt.Sprintf("Content-Length: %d\r\n\r\n", len(r.Body))); err != nil {
		return err
	}
	if _, err := b.Write(r.Body); err != nil {
		return err
	}
	b.AddWarcHeader(gowarc.WarcRecordID, r.ID)
	b.AddWarcHeader(gowarc.WarcTargetURI, r.URL)
	b.AddWarcHeaderTime(gowarc.WarcDate, r.Date)
	b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	if r.Truncated != "" {
		b.AddWarcHeader(gowarc.WarcTruncated, r.Truncated)
	}
	rec, _, err := b.Build()
	if err != nil {
		return fmt.Errorf("building record %s: %w", r.ID, err)
	}
	defer rec.Close()
	return w.marshal(rec)
}

func (w Writer) marshal(rec gowarc.WarcRecord) error {
	if !w.Gzip {
		_, _, err := gowarc.NewMarshaler().Marshal(w.W, rec, 0)
		return err
	}
	zw := gzip.NewWriter(w.W)
	if _, _, err := gowarc.NewMarshaler().Marshal(zw, rec, 0); err != nil {
		return err
	}
	return zw.Close()
}
