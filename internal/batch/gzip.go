package batch

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

// isGzipName reports a file name ending in .gz.
func isGzipName(name string) bool {
	return strings.HasSuffix(strings.ToLower(name), ".gz")
}

// isGzip reports data that starts with the gzip magic number.
func isGzip(data []byte) bool {
	return len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b
}

// gunzipLimited decompresses every gzip member of r, failing once the
// output passes limit, so a small file cannot expand without bound.
func gunzipLimited(r io.Reader, limit int64) ([]byte, error) {
	zr, err := gzipReader(r)
	if err != nil {
		return nil, err
	}
	data, err := readAll(zr, 0, limit)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return data, nil
}

// gzipReader opens a gzip stream, naming the format in its error.
func gzipReader(r io.Reader) (io.Reader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return zr, nil
}

// maybeGunzip decompresses data read from standard input when it is gzip.
func maybeGunzip(data []byte, limit int64) ([]byte, error) {
	if !isGzip(data) {
		return data, nil
	}
	return gunzipLimited(bytes.NewReader(data), limit)
}
