package cmd

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/claimex/claimex/compare"
	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/internal/batch"
	"github.com/claimex/claimex/internal/output"
)

type compareOptions struct {
	pipeline pipelineFlags
	format   string
	output   string
	include  []string
	workers  int
	quiet    bool
}

func newCompareCmd(s streams) *cobra.Command {
	o := &compareOptions{}
	c := &cobra.Command{
		Use:   "compare [flags] <path>...",
		Short: "Find the claims several reports share, and where their facts conflict",
		Long: `Compare reads several reports of one event (the inputs extract takes, or
with --input-format records the JSON or JSON Lines records extract wrote),
links their entities, groups the claims that make the same statement and
gives each group a status: corroborated (two or more sources agree),
conflicting (sources give one slot, such as an amount, a date or the
claimant, incompatible values) or single (one source).

The output is one report (see docs/compare.md); on a terminal it is a
table unless --format is given. An input that cannot be read is listed
with its error, and the exit status is then 1.`,
		Example: `  claimex compare --published 2018-12-19 report-a.txt report-b.html
  claimex extract --format jsonl ./event/ > event.jsonl
  claimex compare --input-format records --format json event.jsonl`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error { return runCompare(c.Context(), s, o, args) },
	}
	f := c.Flags()
	o.pipeline.register(f)
	f.Lookup("input-format").Usage = "input format: auto, text, html, jsonl, or records (extract's JSON or JSONL output)"
	f.StringVar(&o.format, "format", "", "output format: json, jsonl, yaml or table (default: table on a terminal, else json)")
	f.StringVarP(&o.output, "output", "o", "", "write to `file` (atomically) instead of standard output")
	f.StringSliceVar(&o.include, "include", nil, "file name patterns picked in folders (default: extract's, or *.json,*.jsonl for records)")
	f.IntVar(&o.workers, "workers", runtime.NumCPU(), "articles processed at once")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "print no per-input errors on standard error")
	return c
}

func runCompare(ctx context.Context, s streams, o *compareOptions, args []string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	format := o.format
	if format == "" {
		format = "json"
		if f, ok := s.out.(*os.File); ok && o.output == "" && isTerminal(f) {
			format = "table"
		}
	}
	if format != "table" {
		if _, err := output.ParseFormat(format); err != nil {
			return usagef("--format: %w (or table)", err)
		}
	}
	records := o.pipeline.inputFormat == "records"
	if records {
		o.pipeline.inputFormat = "auto"
	}
	opts, jsonl, err := o.pipeline.options()
	if err != nil {
		return err
	}
	cmp, err := compare.New(opts.Rules)
	if err != nil {
		return err
	}
	var inputs []compare.Input
	if records {
		inputs = readRecords(s, o, opts.MaxBytes, args)
	} else if inputs, err = extractInputs(ctx, s, o, opts, jsonl, args); err != nil {
		return err
	}
	failed := 0
	for _, in := range inputs {
		if in.Err != nil {
			failed++
			if !o.quiet {
				fmt.Fprintf(s.err, "claimex: %s: %v\n", in.Source, in.Err)
			}
		}
	}
	if err := writeReport(s.out, o.output, format, cmp.Compare(inputs)); err != nil {
		return err
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}

// extractInputs runs the pipeline on every input, in input order.
func extractInputs(ctx context.Context, s streams, o *compareOptions, opts extract.Options, jsonl bool, args []string) ([]compare.Input, error) {
	x, err := extract.New(opts)
	if err != nil {
		return nil, err
	}
	include := o.include
	if include == nil {
		include = batch.DefaultInclude
	}
	var inputs []compare.Input
	items := batch.Items(args, batch.Options{Include: include, JSONL: jsonl, Stdin: s.in, MaxBytes: opts.MaxBytes})
	batch.Run(items, o.workers, func(it batch.Item) (extract.Record, error) {
		return process(ctx, x, it, opts)
	}, func(r batch.Result[extract.Record]) bool {
		in := compare.Input{Source: r.Item.Source, ID: r.Item.Input.ID, Err: r.Err}
		if r.Err == nil {
			rec := r.Value
			in.Record = &rec
		}
		inputs = append(inputs, in)
		return true
	})
	return inputs, nil
}

// readRecords reads the records extract wrote, from files, folders or stdin.
func readRecords(s streams, o *compareOptions, maxBytes int64, args []string) []compare.Input {
	include := o.include
	if include == nil {
		include = batch.RecordInclude
	}
	var inputs []compare.Input
	for it := range batch.Items(args, batch.Options{Include: include, Stdin: s.in, MaxBytes: maxBytes}) {
		data, err := it.Data, it.Err
		if err == nil && data == nil {
			data, err = batch.ReadFile(it.Path, maxBytes)
		}
		if err != nil {
			inputs = append(inputs, compare.Input{Source: it.Source, Err: err})
			continue
		}
		for _, r := range batch.DecodeRecords(it.Source, data) {
			inputs = append(inputs, compare.Input{Record: r.Record, Source: r.Source, ID: r.ID, Err: r.Err})
		}
	}
	return inputs
}

// writeReport writes the report to stdout or, atomically, to path.
func writeReport(stdout io.Writer, path, format string, rep *compare.Report) error {
	w := stdout
	var file *output.AtomicFile
	if path != "" {
		var err error
		if file, err = output.CreateAtomic(path); err != nil {
			return usagef("-o: %w", err)
		}
		defer file.Abort() // no-op after Commit
		w = file
	}
	var err error
	if format == "table" {
		err = compare.WriteTable(w, rep)
	} else {
		enc := output.NewEncoder(w, output.Format(format))
		if err = enc.Encode(rep); err == nil {
			err = enc.Close()
		}
	}
	if err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if file != nil {
		if err := file.Commit(); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
	}
	return nil
}
