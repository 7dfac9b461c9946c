package crawl

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// ErrTooLarge is wrapped by the error for a payload over Options.MaxBytes.
var ErrTooLarge = errors.New("payload too large")

// response is the part of an HTTP response a page needs.
type response struct {
	contentType string
	body        []byte
	skip        string
}

// readResponse reads an HTTP response message. net/http removes chunked
// transfer coding; gzip and deflate content codings are removed here. A
// response that is not a page (an image, a redirect) comes back with skip set.
func readResponse(br *bufio.Reader, limit int64) (response, error) {
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return response{}, fmt.Errorf("reading HTTP response: %w", err)
	}
	defer resp.Body.Close()
	out := response{contentType: resp.Header.Get("Content-Type")}
	if resp.StatusCode != http.StatusOK {
		out.skip = fmt.Sprintf("HTTP status %d", resp.StatusCode)
		return out, nil
	}
	if !IsArticleType(out.contentType) {
		out.skip = "payload is " + MediaType(out.contentType)
		return out, nil
	}
	body, err := decodeContent(resp.Body, resp.Header.Get("Content-Encoding"))
	if err != nil {
		return out, err
	}
	if limit <= 0 {
		limit = 1 << 62
	}
	out.body, err = io.ReadAll(io.LimitReader(body, limit+1))
	if err != nil {
		return out, fmt.Errorf("reading payload: %w", err)
	}
	if int64(len(out.body)) > limit {
		return out, fmt.Errorf("%w: over %d bytes", ErrTooLarge, limit)
	}
	return out, nil
}

// decodeContent removes a gzip or deflate content coding.
func decodeContent(r io.Reader, coding string) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(coding)) {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("gzip content coding: %w", err)
		}
		return zr, nil
	case "deflate":
		return flate.NewReader(r), nil
	}
	return nil, fmt.Errorf("unsupported content coding %q", coding)
}

// IsArticleType reports whether a Content-Type names a page claimex reads:
// HTML, XHTML or plain text. A missing type is taken for a page, since
// sniffing decides later.
func IsArticleType(contentType string) bool {
	switch MediaType(contentType) {
	case "", "text/html", "application/xhtml+xml", "text/plain":
		return true
	}
	return false
}

// Charset returns the charset parameter of a Content-Type, or "".
func Charset(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// MediaType returns the lower-case media type of a Content-Type, without parameters.
func MediaType(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
	}
	return mt
}
