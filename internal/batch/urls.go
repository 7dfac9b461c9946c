package batch

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"os"
	"path"
	"strings"

	"github.com/claimex/claimex/extract"
)

// IsURL reports whether arg names an http or https URL rather than a file.
func IsURL(arg string) bool {
	lower := strings.ToLower(arg)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// urlItem is an article to fetch; rel mirrors its host and path for an output folder.
func urlItem(u string) Item {
	return Item{Source: u, URL: u, Rel: urlRel(u), Input: extract.Input{Source: u}}
}

// urlRel turns a URL into a relative path of safe names: host/path, "index" for "/".
func urlRel(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "url"
	}
	parts := []string{safeName(u.Host)}
	for _, seg := range strings.Split(u.Path, "/") {
		if s := safeName(seg); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 1 {
		parts = append(parts, "index")
	}
	if u.RawQuery != "" {
		parts[len(parts)-1] += "_" + safeName(u.RawQuery)
	}
	return path.Join(parts...)
}

// safeName keeps letters, digits, '.', '_' and '-', never a name of dots alone.
func safeName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '_', r == '-':
			return r
		}
		return '_'
	}, s)
	if strings.Trim(s, ".") == "" {
		return ""
	}
	return s
}

// urlListFile yields one item per URL listed in the file at p.
func urlListFile(p, rel string, yield func(Item) bool) bool {
	f, err := os.Open(p)
	if err != nil {
		return yield(Item{Source: p, Rel: rel, Err: describe(err)})
	}
	defer f.Close()
	return urlLines(p, rel, f, yield)
}

// urlLines yields one item per URL of r, one a line; blank lines and lines
// starting with '#' are skipped, anything else that is not a URL is an error item.
func urlLines(source, rel string, r io.Reader, yield func(Item) bool) bool {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		it := urlItem(line)
		it.Rel, it.Line = rel, n
		if !IsURL(line) {
			it = Item{Source: source, Rel: rel, Line: n, Err: fmt.Errorf("line %d: not an http(s) URL: %q", n, line)}
		}
		if !yield(it) {
			return false
		}
	}
	if err := sc.Err(); err != nil {
		return yield(Item{Source: source, Rel: rel, Line: n + 1, Err: fmt.Errorf("line %d: %w", n+1, err)})
	}
	return true
}
