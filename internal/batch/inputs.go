// Package batch turns command-line paths into a stream of articles and
// processes them on a pool of workers, emitting results in input order.
package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimex/claimex/extract"
)

// Item is one article to process, or an input that failed before processing.
type Item struct {
	// Source names the input in its record: the path as given, "-" for stdin.
	Source string
	// Path is the file to read when Data is nil.
	Path string
	// Rel is the input's path relative to the argument that named it (the
	// file's name for a file argument, its path below the folder for a walked
	// one, "stdin" for standard input), used to mirror inputs in an output folder.
	Rel string
	// Line is the 1-based line of a JSON Lines article, 0 otherwise.
	Line int
	// Data is the article's bytes when already read (stdin, JSON Lines).
	Data []byte
	// URL is the page to fetch when Data is nil and URL is set.
	URL string
	// Input carries the id, format and metadata hints for the extractor.
	Input extract.Input
	// Err is set when the input could not be turned into an article.
	Err error
}

// Options say how paths become articles.
type Options struct {
	// Include lists file name patterns picked when walking a folder (path.Match syntax).
	Include []string
	// JSONL reads every file and stdin as JSON Lines, one article a line.
	JSONL bool
	// Stdin is read for the path "-".
	Stdin io.Reader
	// MaxBytes limits one input (a file, or one JSON Lines record).
	MaxBytes int64
	// URLs reads every file and stdin as a list of URLs, one a line.
	URLs bool
}

// DefaultInclude are the file patterns picked in folders.
var DefaultInclude = []string{"*.html", "*.htm", "*.txt"}

// Items yields the articles named by paths, in order: a file is one article
// (or one per line for JSON Lines), a folder is walked recursively for
// files matching Include, "-" is standard input.
func Items(paths []string, opts Options) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, p := range paths {
			if !itemsOf(p, opts, yield) {
				return
			}
		}
	}
}

func itemsOf(p string, opts Options, yield func(Item) bool) bool {
	if IsURL(p) {
		return yield(urlItem(p))
	}
	if p == "-" {
		if opts.URLs {
			return urlLines("-", "stdin", opts.Stdin, yield)
		}
		if opts.JSONL {
			return jsonLines("-", "stdin", opts.Stdin, opts.MaxBytes, yield)
		}
		data, err := readAll(opts.Stdin, opts.MaxBytes)
		return yield(Item{Source: "-", Rel: "stdin", Data: data, Input: extract.Input{Source: "-"}, Err: err})
	}
	st, err := os.Stat(p)
	if err != nil {
		return yield(Item{Source: p, Err: describe(err)})
	}
	if !st.IsDir() {
		return fileItem(p, filepath.Base(p), opts, yield)
	}
	found := 0
	var walkErr error
	stopped := false
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if !yield(Item{Source: path, Rel: relTo(p, path), Err: describe(err)}) {
				stopped = true
				return filepath.SkipAll
			}
			found++
			return nil
		}
		if d.IsDir() || !matches(opts.Include, d.Name()) {
			return nil
		}
		found++
		if !fileItem(path, relTo(p, path), opts, yield) {
			stopped = true
			return filepath.SkipAll
		}
		return nil
	})
	if stopped {
		return false
	}
	if err != nil {
		walkErr = err
	}
	if walkErr != nil {
		return yield(Item{Source: p, Err: describe(walkErr)})
	}
	if found == 0 {
		return yield(Item{Source: p, Err: fmt.Errorf("no articles in folder (looked for %s)", strings.Join(opts.Include, ", "))})
	}
	return true
}

func fileItem(path, rel string, opts Options, yield func(Item) bool) bool {
	if opts.URLs {
		return urlListFile(path, rel, yield)
	}
	if !opts.JSONL {
		return yield(Item{Source: path, Path: path, Rel: rel, Input: extract.Input{Source: path}})
	}
	f, err := os.Open(path)
	if err != nil {
		return yield(Item{Source: path, Rel: rel, Err: describe(err)})
	}
	defer f.Close()
	return jsonLines(path, rel, f, opts.MaxBytes, yield)
}

// relTo returns path relative to root, or its base name when that fails.
func relTo(root, path string) string {
	if rel, err := filepath.Rel(root, path); err == nil && rel != "." {
		return rel
	}
	return filepath.Base(path)
}

func matches(patterns []string, name string) bool {
	for _, pat := range patterns {
		if ok, _ := filepath.Match(pat, name); ok {
			return true
		}
	}
	return false
}

// describe shortens file system errors to their cause; the caller names the path.
func describe(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readAll(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: over %d bytes (raise --max-bytes)", extract.ErrTooLarge, limit)
	}
	return data, nil
}

// ReadFile reads one article file, refusing files over limit before reading them.
func ReadFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, describe(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, describe(err)
	}
	if st.IsDir() {
		return nil, errors.New("is a folder")
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("%w: %d bytes, over the limit of %d (raise --max-bytes)", extract.ErrTooLarge, st.Size(), limit)
	}
	return readAll(f, limit)
}

// jsonLine is one article of JSON Lines input.
type jsonLine struct {
	ID        any    `json:"id"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Title     string `json:"title"`
}

// jsonLines yields one item per non-blank line of r.
func jsonLines(source, rel string, r io.Reader, limit int64, yield func(Item) bool) bool {
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, limit)
		if len(bytes.TrimSpace(line)) > 0 || tooLong {
			it := lineItem(source, n, line, tooLong, limit)
			it.Rel, it.Line = rel, n
			if !yield(it) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return yield(Item{Source: source, Rel: rel, Line: n, Err: fmt.Errorf("line %d: %w", n, err)})
		}
	}
}

// readLine reads one line, discarding the rest of it past limit.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(line)+len(chunk)) > limit {
			tooLong = true
		} else {
			line = append(line, chunk...)
		}
		if err != bufio.ErrBufferFull {
			return line, tooLong, err
		}
	}
}

func lineItem(source string, n int, line []byte, tooLong bool, limit int64) Item {
	if tooLong {
		return Item{Source: source, Err: fmt.Errorf("line %d: %w: over %d bytes (raise --max-bytes)", n, extract.ErrTooLarge, limit)}
	}
	var in jsonLine
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&in); err != nil {
		return Item{Source: source, Err: fmt.Errorf("line %d: invalid JSON: %w", n, err)}
	}
	it := Item{Source: source, Input: extract.Input{Source: source, ID: in.ID, URL: in.URL, Title: in.Title, Published: in.Published}}
	switch {
	case in.HTML != "":
		it.Data, it.Input.Format = []byte(in.HTML), extract.HTML
	case in.Text != "":
		it.Data, it.Input.Format = []byte(in.Text), extract.Text
	default:
		it.Err = fmt.Errorf("line %d: no \"text\" or \"html\" field", n)
		it.Input.ID = in.ID
	}
	return it
}
