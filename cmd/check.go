package cmd

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/claimex/claimex/expect"
	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/internal/batch"
	"github.com/claimex/claimex/internal/output"
)

type checkOptions struct {
	pipeline pipelineFlags
	format   string
	junit    string
	workers  int
	verbose  bool
}

func newCheckCmd(s streams) *cobra.Command {
	o := &checkOptions{}
	c := &cobra.Command{
		Use:   "check [flags] <path>...",
		Short: "Check articles against expectation files",
		Long: `Check finds every NAME.expected.yaml among <path> (files, or folders walked
recursively), runs the pipeline on its article (NAME.txt or NAME.html beside
it, or the file its file: key names) with the flags its args: gives, and
checks what came out against each expectation.

It prints one line per failed expectation, file:line:col, the section and
what the closest match got wrong, then "N passed, M failed". The exit
status is 0 when every expectation passed, 1 when some failed and 2 when an
expectation file is unusable (its errors are printed, nothing is run).

The format of expectation files is described in expect/FORMAT.md.`,
		Example: `  claimex check testdata/articles/
  claimex check --rules my-rules.yaml --junit check.xml corpus/
  claimex check --format json corpus/one.expected.yaml`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error { return runCheck(c.Context(), s, o, args) },
	}
	f := c.Flags()
	o.pipeline.register(f)
	f.StringVar(&o.format, "format", "text", "report format: text or json")
	f.StringVar(&o.junit, "junit", "", "also write a JUnit XML report to `file`")
	f.IntVar(&o.workers, "workers", runtime.NumCPU(), "articles processed at once")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "list passed expectations too (text format)")
	return c
}

// checkJob is one expectation file with the extractor its args select.
type checkJob struct {
	file *expect.File
	opts extract.Options // the command's, with the file's reference date and format
}

// checkReport is the --format json output.
type checkReport struct {
	Files  []expect.FileReport `json:"files"`
	Passed int                 `json:"passed"`
	Failed int                 `json:"failed"`
}

func runCheck(ctx context.Context, s streams, o *checkOptions, args []string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if o.format != "text" && o.format != "json" {
		return usagef("--format %q: want text or json", o.format)
	}
	base, jsonl, err := o.pipeline.options() // bad flags and rule packs first
	if err != nil {
		return err
	}
	if jsonl {
		return usagef("check reads the articles expectation files name: --input-format jsonl is for extract")
	}
	paths, err := expect.Find(args)
	if err != nil {
		return usageError{err}
	}
	paths, comparePaths := splitCompare(paths)
	jobs, bad := loadChecks(s, o, base, paths)
	compareJobs, compareBad := loadCompareChecks(s, o.pipeline, base, comparePaths)
	bad += compareBad
	if bad > 0 {
		return usagef("%s unusable, nothing checked", plural(bad, "expectation file"))
	}
	x, err := extract.New(base)
	if err != nil {
		return err
	}

	byFile := make(map[string]*checkJob, len(jobs))
	var items []batch.Item
	for _, j := range jobs {
		for it := range batch.Items([]string{j.file.Article}, batch.Options{Include: batch.DefaultInclude, MaxBytes: j.opts.MaxBytes}) {
			it.Source = j.file.Path // unique, unlike the article
			it.Input.Reference = j.opts.Published
			if j.opts.Format != extract.Auto {
				it.Input.Format = j.opts.Format
			}
			byFile[it.Source] = j
			items = append(items, it)
		}
	}
	all := checkReport{Files: []expect.FileReport{}}
	batch.Run(func(yield func(batch.Item) bool) {
		for _, it := range items {
			if !yield(it) {
				return
			}
		}
	}, o.workers, func(it batch.Item) ([]expect.Result, error) {
		if it.Err != nil {
			return nil, it.Err
		}
		j := byFile[it.Source]
		d, err := processDoc(ctx, x, it, j.opts)
		if err != nil {
			return nil, err
		}
		rec := extract.NewRecord(d)
		return expect.Check(j.file, &rec), nil
	}, func(r batch.Result[[]expect.Result]) bool {
		rep := expect.NewFileReport(byFile[r.Item.Source].file, r.Value, r.Err)
		all.Files = append(all.Files, rep)
		all.Passed += rep.Passed
		all.Failed += rep.Failed
		return true
	})
	if err := runCompareChecks(ctx, x, base, compareJobs, o.workers, &all); err != nil {
		return err
	}

	if o.junit != "" {
		if err := writeJUnit(o.junit, all.Files); err != nil {
			return err
		}
	}
	if o.format == "json" {
		enc := json.NewEncoder(s.out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(all); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	} else {
		printCheck(s.out, all, o.verbose)
	}
	if all.Failed > 0 {
		return errFailed
	}
	return nil
}

// loadChecks loads every expectation file and the reference date and input
// format its args select over base, printing the problems of unusable
// files; bad counts those.
func loadChecks(s streams, o *checkOptions, base extract.Options, paths []string) (jobs []*checkJob, bad int) {
	for _, p := range paths {
		f, err := expect.Load(p)
		if err != nil {
			fmt.Fprintln(s.err, err)
			bad++
			continue
		}
		pf, err := fileFlags(o.pipeline, f)
		if err != nil {
			fmt.Fprintln(s.err, err)
			bad++
			continue
		}
		opts := base
		var jsonl bool
		opts.Published, opts.Format, jsonl, err = pf.inputFlags()
		if err == nil && jsonl {
			err = errors.New("--input-format jsonl does not apply: an expectation file names one article")
		}
		if err != nil {
			fmt.Fprintln(s.err, &expect.Error{File: f.Path, Line: f.ArgsPos.Line, Col: f.ArgsPos.Col, Msg: "args: " + err.Error()})
			bad++
			continue
		}
		jobs = append(jobs, &checkJob{file: f, opts: opts})
	}
	return jobs, bad
}

// fileFlags applies an expectation file's args over the command's pipeline
// flags. Only --published and --input-format may be given there.
func fileFlags(base pipelineFlags, f *expect.File) (pipelineFlags, error) {
	fail := func(format string, a ...any) error {
		return &expect.Error{File: f.Path, Line: f.ArgsPos.Line, Col: f.ArgsPos.Col, Msg: "args: " + fmt.Sprintf(format, a...)}
	}
	return argsFlags(base, f.Args, fail)
}

// argsFlags applies the args of an expectation file over base; fail makes
// the error at the args' position.
func argsFlags(base pipelineFlags, args []string, fail func(format string, a ...any) error) (pipelineFlags, error) {
	var given pipelineFlags
	fs := pflag.NewFlagSet("args", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	given.register(fs)
	if err := fs.Parse(args); err != nil {
		return base, fail("%v", err)
	}
	if fs.NArg() > 0 {
		return base, fail("unexpected argument %q (name the article with file:)", fs.Arg(0))
	}
	var err error
	fs.Visit(func(fl *pflag.Flag) {
		switch fl.Name {
		case "published":
			base.published = given.published
		case "input-format":
			base.inputFormat = given.inputFormat
		default:
			if err == nil {
				err = fail("--%s cannot be set in an expectation file (give it to claimex check)", fl.Name)
			}
		}
	})
	return base, err
}

// printCheck writes the text report: a line per failure (and per pass when
// verbose), then the summary.
func printCheck(w io.Writer, all checkReport, verbose bool) {
	for _, f := range all.Files {
		if f.Error != "" {
			fmt.Fprintf(w, "%s: article %s: %s (%s not checked)\n", f.File, f.Article, f.Error, plural(len(f.Results), "expectation"))
			continue
		}
		for _, r := range f.Results {
			switch {
			case !r.Pass:
				fmt.Fprintf(w, "%s:%d:%d: %s: %s: %s\n", f.File, r.Line, r.Col, r.Section, oneLine(r.Name), oneLine(r.Reason))
			case verbose:
				fmt.Fprintf(w, "%s:%d:%d: %s: %s: ok\n", f.File, r.Line, r.Col, r.Section, oneLine(r.Name))
			}
		}
	}
	fmt.Fprintf(w, "%d passed, %d failed\n", all.Passed, all.Failed)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// writeJUnit writes the JUnit report atomically.
func writeJUnit(path string, reports []expect.FileReport) error {
	file, err := output.CreateAtomic(path)
	if err != nil {
		return usagef("--junit: %w", err)
	}
	defer file.Abort() // no-op after Commit
	if err := expect.WriteJUnit(file, reports); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := file.Commit(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
