package crawl

import (
	"crypto/sha1"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// CorpusDate is the crawl date of every record [WriteCorpus] writes.
var CorpusDate = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)

// WriteCorpus archives article files as one crawl: each file becomes a
// response record served from https://news.example/NAME, with a record id
// derived from its name, so the same files always give the same crawl. An
// image response follows the articles, as crawls hold them too.
func WriteCorpus(w io.Writer, paths []string, gzip bool) error {
	cw := Writer{W: w, Gzip: gzip}
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		name := filepath.Base(p)
		if err := cw.WriteResponse(Response{
			ID: recordID(name), URL: "https://news.example/" + strings.TrimSuffix(name, filepath.Ext(name)),
			Date: CorpusDate, ContentType: contentTypeOf(name), Body: body,
		}); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	return cw.WriteResponse(Response{
		ID: recordID("logo.png"), URL: "https://news.example/logo.png",
		Date: CorpusDate, ContentType: "image/png", Body: []byte("\x89PNG\r\n\x1a\n"),
	})
}

// recordID makes a urn:uuid record id from a name (a name-based UUID, version 5).
func recordID(name string) string {
	h := sha1.Sum([]byte(name))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

func contentTypeOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm":
		return "text/html; charset=utf-8"
	}
	return "text/plain; charset=utf-8"
}
