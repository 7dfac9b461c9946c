package fetch

import (
	"fmt"
	"strings"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// decode converts data from the charset the Content-Type header names to
// UTF-8. The header outranks a <meta charset> in the page (HTML's encoding
// sniffing algorithm puts the transport layer first). An unknown or missing
// label leaves the bytes for the loader to sniff, as does UTF-8 itself.
func decode(data []byte, label string) ([]byte, error) {
	label = strings.TrimSpace(label)
	if label == "" {
		return data, nil
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == "utf-8" {
		return data, nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return nil, fmt.Errorf("decoding %s body: %w", name, err)
	}
	return out, nil
}
