package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"

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
	include      []string
	workers      int
	quiet        bool
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
	o.pipeline.register(f)
	f.StringVar(&o.format, "format", "json", "output format: json, jsonl, yaml, csv or jsonld")
	f.BoolVar(&o.embed, "embed", false, "json, jsonl, yaml: each claim also carries its entities and values as objects")
	f.StringVar(&o.csvRows, "csv-rows", "claims", "csv: the table written, one row per claim, entity or value")
	f.StringVarP(&o.output, "output", "o", "", "write to `file` (atomically) instead of standard output")
	f.StringVar(&o.outDir, "out-dir", "", "write one file per input into `dir`, mirroring the input tree")
	f.BoolVar(&o.skipExisting, "skip-existing", false, "with --out-dir, skip inputs whose output file exists")
	f.StringSliceVar(&o.include, "include", batch.DefaultInclude, "file name patterns picked in folders")
	f.IntVar(&o.workers, "workers", runtime.NumCPU(), "articles processed at once")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "print no progress, per-input errors or summary on standard error")
	return c
}

// errSkipped marks an input whose output already exists.
var errSkipped = errors.New("output exists")

func runExtract(ctx context.Context, s streams, o *extractOptions, args []string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	format, err := output.ParseFormat(o.format)
	if err != nil {
		return usagef("--format: %w", err)
	}
	encOpts, err := o.encoderOptions(format)
	if err != nil {
		return err
	}
	if o.output != "" && o.outDir != "" {
		return usagef("-o and --out-dir cannot be used together")
	}
	if o.skipExisting && o.outDir == "" {
		return usagef("--skip-existing needs --out-dir")
	}
	opts, jsonl, err := o.pipeline.options()
	if err != nil {
		return err
	}
	x, err := extract.New(opts)
	if err != nil {
		return err
	}
	var w io.Writer = s.out
	var file *output.AtomicFile
	if o.output != "" {
		if file, err = output.CreateAtomic(o.output); err != nil {
			return usagef("-o: %w", err)
		}
		defer file.Abort() // no-op after Commit
		w = file
	}
	dir := output.Dir{Root: o.outDir, Format: format, Options: encOpts}
	enc := output.NewEncoderOptions(w, format, encOpts)
	var progress *output.Progress
	if s.errIsTerminal && !o.quiet {
		progress = output.NewProgress(s.err)
	}
	items := batch.Items(args, batch.Options{Include: o.include, JSONL: jsonl, Stdin: s.in, MaxBytes: opts.MaxBytes, URLs: o.pipeline.urls()})
	var failed, done, skipped int
	var writeErr error
	start := time.Now()
	batch.Run(items, o.workers, func(it batch.Item) (extract.Record, error) {
		if o.skipExisting {
			if p, err := dir.Path(it.Rel, it.Line, it.Input.ID); err == nil && output.Exists(p) {
				return extract.Record{}, errSkipped
			}
		}
		return process(ctx, x, it, opts)
	}, func(r batch.Result[extract.Record]) bool {
		done++
		if errors.Is(r.Err, errSkipped) {
			skipped++
			return true
		}
		var rec any = r.Value
		if r.Err != nil {
			failed++
			rec = extract.ErrorRecord{Schema: extract.SchemaVersion, Source: r.Item.Source, ID: r.Item.Input.ID, Error: r.Err.Error()}
			if !o.quiet {
				if progress != nil {
					progress.Clear()
				}
				fmt.Fprintf(s.err, "claimex: %s: %v\n", r.Item.Source, r.Err)
			}
		}
		if o.outDir != "" {
			writeErr = writeToDir(dir, r.Item, rec)
		} else {
			writeErr = enc.Encode(rec)
		}
		if progress != nil {
			progress.Done, progress.Failed, progress.Skipped = done, failed, skipped
			progress.Tick()
		}
		return writeErr == nil
	})
	if progress != nil {
		progress.Clear()
	}
	if writeErr == nil && o.outDir == "" {
		writeErr = enc.Close()
	}
	if writeErr != nil {
		return fmt.Errorf("writing output: %w", writeErr)
	}
	if file != nil {
		if err := file.Commit(); err != nil {
			return fmt.Errorf("writing %s: %w", o.output, err)
		}
	}
	if !o.quiet && done > 1 {
		fmt.Fprintf(s.err, "claimex: %s, %d ok, %d failed", plural(done, "input"), done-failed-skipped, failed)
		if skipped > 0 {
			fmt.Fprintf(s.err, ", %d skipped", skipped)
		}
		fmt.Fprintf(s.err, " in %s\n", time.Since(start).Round(time.Millisecond))
	}
	if failed > 0 {
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

// writeToDir writes one record under --out-dir.
func writeToDir(dir output.Dir, it batch.Item, rec any) error {
	p, err := dir.Path(it.Rel, it.Line, it.Input.ID)
	if err != nil {
		return fmt.Errorf("%s: %w", it.Source, err)
	}
	return dir.Write(p, rec)
}

// process reads one item and runs the pipeline on it.
func process(ctx context.Context, x *extract.Extractor, it batch.Item, opts extract.Options) (extract.Record, error) {
	d, err := processDoc(ctx, x, it, opts)
	if err != nil {
		return extract.Record{}, err
	}
	return extract.NewRecord(d), nil
}

// processDoc reads one item and runs the pipeline on it, returning the document.
func processDoc(ctx context.Context, x *extract.Extractor, it batch.Item, opts extract.Options) (*extract.Document, error) {
	data, in, finalURL, err := readItem(ctx, it, opts)
	if err != nil {
		return nil, err
	}
	d, err := x.Extract(ctx, data, in)
	if err == nil && finalURL != "" {
		d.Meta.URL = finalURL // where the page was found outranks what it says of itself
	}
	return d, err
}

// formatByName lets a file's extension settle the format when sniffing is on.
func formatByName(path string) extract.InputFormat {
	switch strings.ToLower(path[strings.LastIndexByte(path, '.')+1:]) {
	case "html", "htm", "xhtml":
		return extract.HTML
	}
	return ""
}
