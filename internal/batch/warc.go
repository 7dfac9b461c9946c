package batch

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/internal/crawl"
)

// ErrNotArticle marks a crawl record that holds no article (an image, a
// redirect, a request record). Such items are counted, not written.
var ErrNotArticle = errors.New("not an article")

// IsWARC reports whether a file name names a WARC file, plain or gzipped.
func IsWARC(name string) bool {
	name = strings.ToLower(name)
	return strings.HasSuffix(name, ".warc") || strings.HasSuffix(name, ".warc.gz")
}

// warcItems yields one item per record of the WARC file at path.
func warcItems(path, rel string, opts Options, yield func(Item) bool) bool {
	f, err := openRegular(path)
	if err != nil {
		return yield(Item{Source: path, Rel: rel, Err: err})
	}
	defer f.Close()
	return warcStream(path, rel, f, opts, yield)
}

// warcStream yields one item per record of the WARC stream r; a stream with
// no record at all is one error item.
func warcStream(source, rel string, r io.Reader, opts Options, yield func(Item) bool) bool {
	n := 0
	for p := range crawl.Pages(r, crawl.Options{MaxBytes: opts.MaxBytes}) {
		n++
		if !yield(warcItem(source, rel, n, p)) {
			return false
		}
	}
	if n == 0 {
		return yield(Item{Source: source, Rel: rel, Err: errors.New("no WARC records")})
	}
	return true
}

// warcItem turns one crawl page into an item; n numbers the records of the
// file from 1, standing in for a line number in output names.
func warcItem(source, rel string, n int, p crawl.Page) Item {
	it := Item{Source: source, Rel: rel, Line: n, Input: extract.Input{Source: source}}
	if p.ID != "" {
		it.Input.ID = p.ID
	}
	switch {
	case p.Err != nil:
		it.Err = p.Err
		if errors.Is(p.Err, crawl.ErrTooLarge) {
			it.Err = fmt.Errorf("record at byte %d: %w: %w", p.Offset, extract.ErrTooLarge, p.Err)
		}
	case p.Skip != "":
		it.Err = fmt.Errorf("%w: record at byte %d: %s", ErrNotArticle, p.Offset, p.Skip)
	default:
		it.Data = p.Body
		it.Input.FetchedFrom = p.URL
		it.Input.ContentType = p.ContentType
		it.Input.Truncated = p.Truncated
		if !p.Date.IsZero() {
			y, m, d := p.Date.UTC().Date()
			it.Input.Reference = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		}
		it.Input.Format = formatOf(p.ContentType)
	}
	return it
}

// formatOf reads the input format from an HTTP Content-Type.
func formatOf(contentType string) extract.InputFormat {
	switch crawl.MediaType(contentType) {
	case "text/html", "application/xhtml+xml":
		return extract.HTML
	case "text/plain":
		return extract.Text
	}
	return ""
}
