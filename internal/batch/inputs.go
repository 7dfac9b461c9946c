// Package batch turns command-line paths into a stream of articles and
// processes them on a pool of workers, emitting results in input order.
package batch

import (
	"bufio"
	"bytes"
	"context"
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
	// Rel is the input's path relative to the common root of all the
	// arguments (see [CommonRoot]; "stdin" for standard input), used to
	// mirror inputs in an output folder.
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
// Compressed copies (.gz) and crawls (.warc, .warc.gz) are read as well.
var DefaultInclude = []string{"*.html", "*.htm", "*.txt", "*.html.gz", "*.htm.gz", "*.txt.gz", "*.warc", "*.warc.gz"}

// Items yields the articles named by paths, in order: a file is one article
// (or one per line for JSON Lines), a folder is walked recursively for
// files matching Include, "-" is standard input.
func Items(paths []string, opts Options) iter.Seq[Item] {
	root := CommonRoot(paths)
	return func(yield func(Item) bool) {
		for _, p := range paths {
			if !itemsOf(p, root, opts, yield) {
				return
			}
		}
	}
}

// CommonRoot returns the deepest folder holding every path ("-" aside): a
// folder argument counts as itself, a file as its folder. Item.Rel is
// relative to it, so that two inputs never share a mirrored path.
func CommonRoot(paths []string) string {
	root := ""
	for _, p := range paths {
		if p == "-" {
			continue
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		if st, err := os.Stat(abs); err != nil || !st.IsDir() {
			abs = filepath.Dir(abs)
		}
		if root == "" {
			root = abs
			continue
		}
		for !within(root, abs) {
			root = filepath.Dir(root)
		}
	}
	return root
}

func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// relTo returns path relative to root, or its base name when that fails.
func relTo(root, path string) string {
	if abs, err := filepath.Abs(path); err == nil && root != "" {
		if rel, err := filepath.Rel(root, abs); err == nil && rel != "." && within(root, abs) {
			return rel
		}
	}
	return filepath.Base(path)
}

func itemsOf(p, root string, opts Options, yield func(Item) bool) bool {
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
		data, err := readAll(opts.Stdin, 0, opts.MaxBytes)
		if err == nil {
			data, err = maybeGunzip(data, opts.MaxBytes)
		}
		return yield(Item{Source: "-", Rel: "stdin", Data: data, Input: extract.Input{Source: "-"}, Err: err})
	}
	st, err := os.Stat(p)
	if err != nil {
		return yield(Item{Source: p, Rel: relTo(root, p), Err: describe(err)})
	}
	if !st.IsDir() {
		return fileItem(p, relTo(root, p), opts, yield)
	}
	found := 0
	var walkErr error
	stopped := false
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if !yield(Item{Source: path, Rel: relTo(root, path), Err: describe(err)}) {
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
		if !fileItem(path, relTo(root, path), opts, yield) {
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
		return yield(Item{Source: p, Rel: relTo(root, p), Err: describe(walkErr)})
	}
	if found == 0 {
		return yield(Item{Source: p, Rel: relTo(root, p), Err: fmt.Errorf("no articles in folder (looked for %s)", strings.Join(opts.Include, ", "))})
	}
	return true
}

func fileItem(path, rel string, opts Options, yield func(Item) bool) bool {
	if opts.URLs {
		return urlListFile(path, rel, yield)
	}
	if IsWARC(path) {
		return warcItems(path, rel, opts, yield)
	}
	if !opts.JSONL {
		return yield(Item{Source: path, Path: path, Rel: rel, Input: extract.Input{Source: path}})
	}
	f, err := openRegular(path)
	if err != nil {
		return yield(Item{Source: path, Rel: rel, Err: err})
	}
	defer f.Close()
	var r io.Reader = f
	if isGzipName(path) {
		if r, err = gzipReader(f); err != nil {
			return yield(Item{Source: path, Rel: rel, Err: err})
		}
	}
	return jsonLines(path, rel, r, opts.MaxBytes, yield)
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

// readAll reads r to its end, failing past limit bytes. size is what r is
// expected to hold (a file's size), or 0 when unknown. With a size the
// buffer is allocated once, with room to see the end, instead of growing
// from 512 bytes and copying the input about once more on the way; without
// one it grows as it reads.
func readAll(r io.Reader, size, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(int(min(size, limit)) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, fmt.Errorf("%w: over %d bytes (raise --max-bytes)", extract.ErrTooLarge, limit)
	}
	return buf.Bytes(), nil
}

// ReadFile reads one article file, refusing files over limit before reading
// them. Only regular files are read: a named pipe, device or socket is an
// error, found without blocking on it (the file is opened non-blocking).
func ReadFile(path string, limit int64) ([]byte, error) {
	return ReadFileContext(context.Background(), path, limit)
}

// ReadFileContext is [ReadFile] giving up once ctx is done (between chunks
// of 1 MiB, so a slow file system cannot hold a document past its deadline).
func ReadFileContext(ctx context.Context, path string, limit int64) ([]byte, error) {
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, describe(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, describe(err)
	}
	if err := regular(st); err != nil {
		return nil, err
	}
	if isGzipName(path) {
		return gunzipLimited(f, limit)
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("%w: %d bytes, over the limit of %d (raise --max-bytes)", extract.ErrTooLarge, st.Size(), limit)
	}
	return readAll(ctxReader{ctx, f}, st.Size(), limit)
}

// ctxReader fails reads once ctx is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p[:min(len(p), 1<<20)])
}

// openRegular opens path for reading, without blocking on a named pipe, and
// fails (closing it) for anything but a regular file. Errors name the cause;
// the caller names the path.
func openRegular(path string) (*os.File, error) {
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, describe(err)
	}
	st, err := f.Stat()
	if err == nil {
		err = regular(st)
	}
	if err != nil {
		f.Close()
		return nil, describe(err)
	}
	return f, nil
}

// regular fails for anything but a regular file, naming what it is.
func regular(st fs.FileInfo) error {
	m := st.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return errors.New("is a folder")
	case m&fs.ModeNamedPipe != 0:
		return errors.New("not a regular file: a named pipe (FIFO), not read")
	case m&fs.ModeSocket != 0:
		return errors.New("not a regular file: a socket, not read")
	case m&fs.ModeDevice != 0:
		return errors.New("not a regular file: a device, not read")
	}
	return fmt.Errorf("not a regular file (%s), not read", m.Type())
}

// jsonLine is one article of JSON Lines input.
type jsonLine struct {
	ID        any    `json:"id"` // a json.Number or a string, kept as written
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
	dec.UseNumber() // ids above 2^53 stay as written
	if err := dec.Decode(&in); err != nil {
		// A type error still fills the fields before it: keep the id.
		return Item{Source: source, Input: extract.Input{Source: source, ID: in.ID}, Err: fmt.Errorf("line %d: invalid JSON: %w", n, err)}
	}
	if rest := bytes.TrimSpace(line[dec.InputOffset():]); len(rest) > 0 {
		return Item{Source: source, Input: extract.Input{Source: source, ID: in.ID},
			Err: fmt.Errorf("line %d: more than one JSON value on the line (one article a line)", n)}
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
