package cmd

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
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
	outside  bool
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
	o.pipeline.register(f, "auto", "text", "html")
	f.StringVar(&o.format, "format", "text", "report format: text or json")
	f.StringVar(&o.junit, "junit", "", "also write a JUnit XML report to `file`")
	f.IntVar(&o.workers, "workers", runtime.NumCPU(), "articles processed at once")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "list passed expectations too (text format)")
	f.BoolVar(&o.outside, "allow-outside", false, "let file: keys name articles outside the expectation file's folder")
	completeValues(c, "format", "text", "json")
	o.pipeline.complete(c)
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
	Known  int                 `json:"known"`
}

func runCheck(ctx context.Context, s streams, o *checkOptions, args []string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if o.format != "text" && o.format != "json" {
		return usagef("--format %q: want text or json", o.format)
	}
	base, _, err := o.pipeline.options() // bad flags and rule packs first
	if err != nil {
		return err
	}
	jobs, compareJobs, known, err := loadAllChecks(s, o, base, args)
	if err != nil {
		return err
	}
	x, err := extract.New(base)
	if err != nil {
		return bugError{err} // the rules loaded, so this is ours
	}

	byFile, items := checkItems(jobs)
	all := checkReport{Files: []expect.FileReport{}}
	runChecks(ctx, x, o.workers, byFile, items, known, &all)
	if err := runCompareChecks(ctx, x, base, compareJobs, o.workers, &all); err != nil {
		return err
	}

	if cause := context.Cause(ctx); cause != nil {
		return fmt.Errorf("%w after %s of %d (no report)", cause, plural(len(all.Files), "expectation file"), len(items))
	}
	if err := writeCheckReport(s, o, all); err != nil {
		return err
	}
	if all.Failed > 0 {
		return errFailed
	}
	return nil
}

// loadAllChecks finds the expectation files among args and loads them, the
// compare ones apart, with the known-failures lists beside them. When any
// is unusable their problems are printed and nothing is checked.
func loadAllChecks(s streams, o *checkOptions, base extract.Options, args []string) ([]*checkJob, []*compareCheckJob, *expect.Known, error) {
	paths, err := expect.Find(args)
	if err != nil {
		return nil, nil, nil, usageError{err}
	}
	paths, comparePaths := splitCompare(paths)
	jobs, bad := loadChecks(s, o, base, paths)
	compareJobs, compareBad := loadCompareChecks(s, o.pipeline, base, comparePaths)
	bad += compareBad
	if bad > 0 {
		return nil, nil, nil, usagef("%s unusable, nothing checked", plural(bad, "expectation file"))
	}
	known, err := loadKnown(jobs)
	if err != nil {
		fmt.Fprintln(s.err, err)
		return nil, nil, nil, usagef("%s unusable, nothing checked", expect.KnownFile)
	}
	return jobs, compareJobs, known, nil
}

// checkItems lists the articles of jobs as batch items, each named by its
// expectation file (unique, unlike the article), with the job of each.
func checkItems(jobs []*checkJob) (map[string]*checkJob, []batch.Item) {
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
	return byFile, items
}

// runChecks runs the pipeline on items and checks each record against its
// expectation file, adding a report per file to all.
func runChecks(ctx context.Context, x *extract.Extractor, workers int, byFile map[string]*checkJob, items []batch.Item, known *expect.Known, all *checkReport) {
	work := context.WithoutCancel(ctx) // a signal lets the articles in flight finish
	batch.Run(untilDone(ctx, func(yield func(batch.Item) bool) {
		for _, it := range items {
			if !yield(it) {
				return
			}
		}
	}), workers, func(it batch.Item) ([]expect.Result, error) {
		if it.Err != nil {
			return nil, it.Err
		}
		j := byFile[it.Source]
		d, err := batch.Document(work, x, it, j.opts)
		if err != nil {
			return nil, err
		}
		rec := extract.NewRecord(d)
		return expect.Check(j.file, &rec), nil
	}, func(r batch.Result[[]expect.Result]) bool {
		rep := expect.NewFileReport(byFile[r.Item.Source].file, r.Value, r.Err)
		known.Apply(&rep)
		all.Known += rep.Known
		all.Files = append(all.Files, rep)
		all.Passed += rep.Passed
		all.Failed += rep.Failed
		return true
	})
}

// writeCheckReport writes the JUnit report asked for, and the report in
// --format on standard output.
func writeCheckReport(s streams, o *checkOptions, all checkReport) error {
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
	return nil
}

// loadChecks loads every expectation file and the reference date and input
// format its args select over base, printing the problems of unusable
// files; bad counts those.
func loadChecks(s streams, o *checkOptions, base extract.Options, paths []string) (jobs []*checkJob, bad int) {
	for _, p := range paths {
		f, err := expect.LoadWith(p, expect.LoadOptions{AllowOutside: o.outside})
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
		opts.Published, opts.Format, _, err = pf.inputFlags()
		if err != nil {
			fmt.Fprintln(s.err, &expect.Error{File: f.Path, Line: f.ArgsPos.Line, Col: f.ArgsPos.Col, Msg: "args: " + err.Error()})
			bad++
			continue
		}
		jobs = append(jobs, &checkJob{file: f, opts: opts})
	}
	return jobs, bad
}

// loadKnown reads the known-failures lists of the folders holding the
// expectation files and rejects entries that name no expectation there.
func loadKnown(jobs []*checkJob) (*expect.Known, error) {
	dirs := make([]string, len(jobs))
	files := make([]*expect.File, len(jobs))
	for i, j := range jobs {
		dirs[i], files[i] = filepath.Dir(j.file.Path), j.file
	}
	known, err := expect.LoadKnown(dirs)
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		known.Claim(f)
	}
	if err := known.Stale(files); err != nil {
		return nil, err
	}
	return known, nil
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
			case r.Known:
				fmt.Fprintf(w, "%s:%d:%d: %s: %s: known failure: %s\n", f.File, r.Line, r.Col, r.Section, oneLine(r.Name), oneLine(r.Reason))
			case !r.Pass:
				fmt.Fprintf(w, "%s:%d:%d: %s: %s: %s\n", f.File, r.Line, r.Col, r.Section, oneLine(r.Name), oneLine(r.Reason))
			case verbose:
				fmt.Fprintf(w, "%s:%d:%d: %s: %s: ok\n", f.File, r.Line, r.Col, r.Section, oneLine(r.Name))
			}
		}
	}
	fmt.Fprintf(w, "%d passed, %d failed", all.Passed, all.Failed)
	if all.Known > 0 {
		fmt.Fprintf(w, ", %d known (listed in %s)", all.Known, expect.KnownFile)
	}
	fmt.Fprintln(w)
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
