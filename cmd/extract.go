package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/internal/batch"
	"github.com/claimex/claimex/internal/output"
)

type extractOptions struct {
	pipeline     pipelineFlags
	format       string
	output       string
	outDir       string
	skipExisting bool
	retryFailed  bool
	include      []string
	workers      int
	quiet        bool
	strict       bool
	url          string
	embed        bool
	csvRows      string
}

func newExtractCmd(s streams) *cobra.Command {
	o := &extractOptions{}
	c := &cobra.Command{
		Use:   "extract [flags] <path>...",
		Short: "Extract entities, values and claims from articles",
		Long: `Extract reads each <path> (a file, a folder walked recursively, or - for
standard input) and writes one document record per article.

An input that cannot be read yields an error record in its place; the run
goes on, and the exit status is 1 when any input failed.`,
		Example: `  claimex extract article.html
  cat article.txt | claimex extract --published 2018-12-19 -
  claimex extract --format jsonl ./articles/ > claims.jsonl
  claimex extract --out-dir out/ --skip-existing ./articles/`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error { return runExtract(c.Context(), s, o, args) },
	}
	f := c.Flags()
	o.pipeline.register(f, "auto", "text", "html", "jsonl")
	f.StringVar(&o.format, "format", "json", "output format: json (an object for one file or -, else an array), jsonl, yaml, csv or jsonld")
	f.BoolVar(&o.embed, "embed", false, "json, jsonl, yaml: each claim also carries its entities and values as objects")
	f.StringVar(&o.csvRows, "csv-rows", "claims", "csv: the table written, one row per claim, entity or value")
	f.StringVarP(&o.output, "output", "o", "", "write to `file` (atomically) instead of standard output")
	f.StringVar(&o.outDir, "out-dir", "", "write one file per input into `dir`, mirroring the input tree")
	f.BoolVar(&o.skipExisting, "skip-existing", false, "with --out-dir, skip inputs whose output file holds a record")
	f.BoolVar(&o.retryFailed, "retry-failed", true, "with --skip-existing, run again inputs whose output is an error record")
	f.StringSliceVar(&o.include, "include", batch.DefaultInclude, "file name patterns picked in folders")
	f.IntVar(&o.workers, "workers", runtime.NumCPU(), "articles processed at once")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "print no progress, per-input errors or summary on standard error")
	c.MarkFlagsMutuallyExclusive("output", "out-dir")
	completeValues(c, "format", "json", "jsonl", "yaml")
	o.pipeline.complete(c)
	_ = c.MarkFlagDirname("out-dir")
	f.BoolVar(&o.strict, "strict", false, "exit 1 when any record carries a warning, and print the warnings on standard error")
	f.StringVar(&o.url, "url", "", "the page's `URL`, for a single input that does not give its own")
	return c
}

// errSkipped marks an input whose output already exists.
var errSkipped = errors.New("output exists")

// encoded is one input's record, encoded in its worker, with the warnings
// to print beside it.
type encoded struct {
	data     []byte
	rec      *extract.Record // instead of data, for a stream format (CSV, JSON-LD)
	warnings []document.Warning
}

// extractRun is one run of extract: its settings, its outputs and what it
// has counted so far. Workers only read it; write counts the results in
// input order.
type extractRun struct {
	s       streams
	o       *extractOptions
	format  output.Format
	encOpts output.Options
	opts    extract.Options
	jsonl   bool // --input-format jsonl
	x       *extract.Extractor

	dir      *output.Dir
	claimed  map[string]string // output file → the input that wrote it
	enc      *output.Encoder
	progress *output.Progress

	// The results counted so far.
	failed, done, skipped, notArticles, warned int

	writeErr error // the failed write that ended the run
}

func runExtract(ctx context.Context, s streams, o *extractOptions, args []string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	r, err := newExtractRun(s, o, args)
	if err != nil {
		return err
	}
	var w io.Writer = s.out
	var file *output.AtomicFile
	if o.output != "" && o.output != "-" {
		if file, err = output.CreateAtomic(o.output); err != nil {
			return usagef("-o: %w", err)
		}
		defer file.Abort() // no-op after Commit
		w = file
	}
	if err := r.openDir(args); err != nil {
		return err
	}
	r.enc = output.NewEncoderOptions(w, r.format, r.encOpts)
	if !singleInput(args, r.jsonl) {
		r.enc.ForceArray() // a folder of one file still gives an array
	}
	if s.errIsTerminal && !o.quiet {
		r.progress = output.NewProgress(s.err)
	}
	items := untilDone(ctx, batch.Items(args, batch.Options{Include: o.include, JSONL: r.jsonl, Stdin: s.in, MaxBytes: r.opts.MaxBytes, URLs: o.pipeline.urls()}))
	work := context.WithoutCancel(ctx) // a signal lets the records in flight finish
	start := time.Now()
	batch.Run(items, o.workers, func(it batch.Item) (encoded, error) { return r.encode(work, it) }, r.write)
	if r.progress != nil {
		r.progress.Clear()
	}
	if err := r.finish(ctx, file); err != nil {
		return err
	}
	if !o.quiet && r.done > 1 {
		r.printSummary(start)
	}
	if r.failed > 0 || r.warned > 0 {
		return errFailed
	}
	return nil
}

// newExtractRun checks the flags and args and builds the extractor.
func newExtractRun(s streams, o *extractOptions, args []string) (*extractRun, error) {
	r := &extractRun{s: s, o: o, claimed: map[string]string{}}
	var err error
	if r.format, err = output.ParseFormat(o.format); err != nil {
		return nil, usagef("--format: %w", err)
	}
	if r.encOpts, err = o.encoderOptions(r.format); err != nil {
		return nil, err
	}
	if o.skipExisting && o.outDir == "" {
		return nil, usagef("--skip-existing needs --out-dir")
	}
	if r.opts, r.jsonl, err = o.pipeline.options(); err != nil {
		return nil, err
	}
	if err := checkURLFlag(o.url, args, r.jsonl); err != nil {
		return nil, err
	}
	if r.x, err = extract.New(r.opts); err != nil {
		return nil, bugError{err} // the rules loaded, so this is ours
	}
	return r, nil
}

// openDir sets up --out-dir: every input's output file is checked before
// anything runs, and stale files are removed.
func (r *extractRun) openDir(args []string) error {
	r.dir = &output.Dir{Root: r.o.outDir, Format: r.format}
	if r.o.outDir == "" {
		return nil
	}
	if err := checkOutDir(r.dir, args, r.o.include, r.jsonl, r.opts.MaxBytes); err != nil {
		return err
	}
	r.dir.RemoveStale()
	return nil
}

// encode runs the pipeline on one item in a worker, unless --skip-existing
// finds its output already there.
func (r *extractRun) encode(ctx context.Context, it batch.Item) (encoded, error) {
	if r.o.skipExisting {
		if rel, err := r.dir.Rel(it.Rel, it.Line, it.Input.ID); err == nil && r.dir.Done(rel, !r.o.retryFailed) {
			return encoded{}, errSkipped
		}
	}
	if r.o.url != "" && it.Input.URL == "" {
		it.Input.URL = r.o.url
	}
	return encodeItem(ctx, r.x, it, r.opts, r.format, r.encOpts)
}

// write counts one result, prints its problems and writes its record; it
// reports whether the run goes on.
func (r *extractRun) write(res batch.Result[encoded]) bool {
	r.done++
	if errors.Is(res.Err, errSkipped) {
		r.skipped++
		return true
	}
	if errors.Is(res.Err, batch.ErrNotArticle) {
		r.notArticles++
		return true
	}
	if res.Err != nil {
		r.failed++
	}
	data, rec := r.recordOf(res)
	r.printProblems(res)
	if r.o.strict && res.Err == nil && len(res.Value.warnings) > 0 {
		r.warned++
	}
	r.writeErr = r.emit(res.Item, res.Err != nil, data, rec)
	if r.progress != nil {
		r.progress.Done, r.progress.Failed, r.progress.Skipped = r.done, r.failed, r.skipped
		r.progress.Tick()
	}
	return r.writeErr == nil
}

// recordOf returns the record of a result, encoded as data unless the
// format is a stream written to standard output or -o (then rec): an
// error record for a failed input.
func (r *extractRun) recordOf(res batch.Result[encoded]) (data []byte, rec any) {
	data = res.Value.data
	if res.Value.rec != nil {
		rec = res.Value.rec
	}
	if res.Err != nil {
		rec = batch.ErrorRecord(res.Item, res.Err)
		if !output.IsStream(r.format) {
			data, _ = output.Marshal(rec, r.format)
		}
	}
	if output.IsStream(r.format) && r.o.outDir != "" {
		data, _ = output.MarshalOptions(rec, r.format, r.encOpts)
	}
	return data, rec
}

// printProblems prints a result's error, and its warnings with --strict,
// on standard error, unless --quiet.
func (r *extractRun) printProblems(res batch.Result[encoded]) {
	if r.o.quiet {
		return
	}
	if r.progress != nil {
		r.progress.Clear()
	}
	if r.o.strict {
		for _, w := range res.Value.warnings {
			fmt.Fprintf(r.s.err, "claimex: %s: warning %s: %s\n", res.Item.Source, w.Code, w.Message)
		}
	}
	if res.Err != nil {
		fmt.Fprintf(r.s.err, "claimex: %s: %v\n", res.Item.Source, res.Err)
	}
}

// emit writes one record under --out-dir or to the encoder. A record lost
// under --out-dir is reported, and counted as failed unless the input
// already failed; the error returned ends the run.
func (r *extractRun) emit(it batch.Item, failed bool, data []byte, rec any) error {
	if r.o.outDir != "" {
		lost, err := writeToDir(r.dir, r.claimed, it, data)
		if lost != nil {
			if !failed {
				r.failed++
			}
			fmt.Fprintf(r.s.err, "claimex: %v\n", lost)
		}
		return err
	}
	if output.IsStream(r.format) {
		return r.enc.Encode(rec)
	}
	return r.enc.Write(data)
}

// finish closes the output and commits the -o file, unless writing failed
// or a signal stopped the run.
func (r *extractRun) finish(ctx context.Context, file *output.AtomicFile) error {
	writeErr := r.writeErr
	if writeErr == nil && r.o.outDir == "" {
		writeErr = r.enc.Close()
	}
	if writeErr != nil {
		return fmt.Errorf("writing output: %w", writeErr)
	}
	if cause := context.Cause(ctx); cause != nil {
		return fmt.Errorf("%w after %s (%s not written)", cause, plural(r.done, "input"), describeOutput(r.o))
	}
	if file != nil {
		if err := file.Commit(); err != nil {
			return fmt.Errorf("writing %s: %w", r.o.output, err)
		}
	}
	return nil
}

// printSummary prints the counts of the run on standard error.
func (r *extractRun) printSummary(start time.Time) {
	w := r.s.err
	fmt.Fprintf(w, "claimex: %s, %d ok, %d failed", plural(r.done, "input"), r.done-r.failed-r.skipped-r.notArticles, r.failed)
	if r.skipped > 0 {
		fmt.Fprintf(w, ", %d skipped", r.skipped)
	}
	if r.notArticles > 0 {
		fmt.Fprintf(w, ", %s skipped", plural(r.notArticles, "non-article crawl record"))
	}
	if r.o.strict {
		fmt.Fprintf(w, ", %d warned", r.warned)
	}
	fmt.Fprintf(w, " in %s\n", time.Since(start).Round(time.Millisecond))
}

// encoderOptions checks --embed and --csv-rows against the format.
func (o *extractOptions) encoderOptions(format output.Format) (output.Options, error) {
	rows, err := output.ParseRows(o.csvRows)
	if err != nil {
		return output.Options{}, usagef("--csv-rows: %w", err)
	}
	if rows != output.RowsClaims && format != output.CSV {
		return output.Options{}, usagef("--csv-rows needs --format csv")
	}
	if o.embed && format != output.JSON && format != output.JSONL && format != output.YAML {
		return output.Options{}, usagef("--embed needs --format json, jsonl or yaml")
	}
	return output.Options{Embed: o.embed, Rows: rows}, nil
}

// singleInput reports whether args name exactly one article: one path that
// is "-" or not a folder, read as one article (not JSON Lines). Only then
// does --format json print an object rather than an array.
func singleInput(args []string, jsonl bool) bool {
	if len(args) != 1 || jsonl {
		return false
	}
	if args[0] == "-" {
		return true
	}
	st, err := os.Stat(args[0])
	return err != nil || !st.IsDir()
}

// checkURLFlag accepts --url only for one file or standard input, and only
// an absolute http or https URL.
func checkURLFlag(u string, args []string, jsonl bool) error {
	if u == "" {
		return nil
	}
	if len(args) != 1 || jsonl {
		return usagef("--url is for a single input (JSON Lines lines give their own \"url\")")
	}
	if args[0] != "-" {
		if st, err := os.Stat(args[0]); err == nil && st.IsDir() {
			return usagef("--url is for a single input, not the folder %s", args[0])
		}
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return usagef("--url %q: want an absolute http or https URL", u)
	}
	return nil
}

// describeOutput names what an interrupted run leaves unwritten.
func describeOutput(o *extractOptions) string {
	switch {
	case o.output != "" && o.output != "-":
		return o.output
	case o.outDir != "":
		return "the remaining inputs"
	}
	return "the remaining records"
}

// untilDone stops items once ctx is done (a signal): the inputs not yet
// started are left alone.
func untilDone(ctx context.Context, items iter.Seq[batch.Item]) iter.Seq[batch.Item] {
	return func(yield func(batch.Item) bool) {
		for it := range items {
			if ctx.Err() != nil || !yield(it) {
				return
			}
		}
	}
}

// writeToDir writes one encoded record under --out-dir. An output file
// already written in this run (an input the check before the run could not
// see, such as JSON Lines on standard input) is an error, never overwritten.
// The record of an input that has no place is lost, reported and counted
// as failed, and the run goes on; a failed write ends the run.
func writeToDir(dir *output.Dir, claimed map[string]string, it batch.Item, data []byte) (lost, err error) {
	rel, err := dir.Rel(it.Rel, it.Line, it.Input.ID)
	if err != nil {
		return fmt.Errorf("%s: %w", inputName(it), err), nil
	}
	if prev, ok := claimed[rel]; ok {
		return fmt.Errorf("%s: output %s already written for %s", inputName(it), filepath.Join(dir.Root, rel), prev), nil
	}
	claimed[rel] = inputName(it)
	if err := dir.Write(rel, data); err != nil {
		if fatalWrite(err) {
			return nil, err
		}
		return fmt.Errorf("%s: %w", inputName(it), err), nil
	}
	return nil, nil
}

// fatalWrite tells a failure of the output device (full, read-only, broken),
// which ends the run, from one of a single output path (a symbolic link
// leading out of the folder, a name the file system refuses).
func fatalWrite(err error) bool {
	for _, e := range []error{syscall.ENOSPC, syscall.EDQUOT, syscall.EIO, syscall.EROFS} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// inputName names an input in messages: its source, and its line for JSON Lines.
func inputName(it batch.Item) string {
	if it.Line > 0 {
		return fmt.Sprintf("%s line %d", it.Source, it.Line)
	}
	return it.Source
}

// checkOutDir maps every input to its output file before anything runs, and
// fails when two share one. JSON Lines on standard input cannot be read
// twice; its lines are checked as they are written instead.
func checkOutDir(dir *output.Dir, args, include []string, jsonl bool, maxBytes int64) error {
	seen := map[string]string{}
	stdin := 0
	for _, a := range args {
		if a == "-" {
			if stdin++; stdin > 1 {
				return usagef("- (standard input) given more than once")
			}
		}
	}
	opts := batch.Options{Include: include, JSONL: jsonl, Stdin: strings.NewReader(""), MaxBytes: maxBytes}
	for it := range batch.Items(args, opts) {
		if it.Source == "-" && jsonl {
			continue
		}
		rel, err := dir.Rel(it.Rel, it.Line, it.Input.ID)
		if err != nil {
			continue // that input's error record says so
		}
		if prev, ok := seen[rel]; ok {
			return usagef("--out-dir: %s and %s would both write %s", prev, inputName(it), filepath.Join(dir.Root, rel))
		}
		seen[rel] = inputName(it)
	}
	return nil
}

// encodeItem reads one item, runs the pipeline on it and encodes its record,
// all under the document's deadline: a record that cannot be finished in
// time is the item's error, like any other.
func encodeItem(ctx context.Context, x *extract.Extractor, it batch.Item, opts extract.Options, format output.Format, encOpts output.Options) (encoded, error) {
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	d, err := processDoc(ctx, x, it, opts)
	if err != nil {
		return encoded{}, err
	}
	rec, warnings := extract.NewRecord(d), d.Warnings
	textLen := len(d.Text)
	d = nil                         // the tokens are garbage from here on, while the record is encoded
	extract.CollectIfLarge(textLen) // before the record's buffer is allocated on top of them
	if output.IsStream(format) {
		return encoded{rec: &rec, warnings: warnings}, nil
	}
	data, err := output.MarshalOptions(rec, format, encOpts)
	if err != nil {
		return encoded{}, err
	}
	if ctx.Err() != nil {
		return encoded{}, fmt.Errorf("%w (over %s, writing the record)", extract.ErrTimeout, opts.Timeout)
	}
	return encoded{data: data, warnings: warnings}, nil
}
