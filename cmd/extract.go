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
