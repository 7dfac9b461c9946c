package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/claimex/claimex/compare"
	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/internal/batch"
	"github.com/claimex/claimex/internal/output"
	"github.com/claimex/claimex/report"
)

type reportOptions struct {
	pipeline pipelineFlags
	output   string
	title    string
	include  []string
	workers  int
	quiet    bool
	compare  bool
}

func newReportCmd(s streams) *cobra.Command {
	o := &reportOptions{}
	c := &cobra.Command{
		Use:   "report [flags] <path | url>...",
		Short: "Write an HTML page showing each article's claims, entities and values",
		Long: `Report runs the pipeline on each <path> (a file, a folder, - for standard
input) or http(s) <url> and writes one self-contained HTML page: each
article's cleaned text with claims highlighted by kind and their claimants
in the margin, entities underlined by type, values marked with their
normalized form, warnings, and the removed furniture. The page works
offline and loads nothing from the network.

With --compare the page also lists what claimex compare finds across the
articles: each corroborated or conflicting statement with its members,
linked to their highlights, and the conflicting slots' values per source;
single-source statements are folded away.

An input that fails appears in the page with its error; the exit status is
then 1.`,
		Example: `  claimex report -o report.html article.html
  claimex report -o site.html https://example.com/news/story
  claimex report --input-format urls -o today.html urls.txt
  claimex report --compare --published 2018-12-19 -o event.html report-a.txt report-b.html`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error { return runReport(c.Context(), s, o, args) },
	}
	f := c.Flags()
	o.pipeline.register(f)
	f.StringVarP(&o.output, "output", "o", "", "write to `file` (atomically) instead of standard output")
	f.StringVar(&o.title, "title", "", "the page's title (default \"claimex report\")")
	f.StringSliceVar(&o.include, "include", batch.DefaultInclude, "file name patterns picked in folders")
	f.IntVar(&o.workers, "workers", runtime.NumCPU(), "articles processed at once")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "print no per-input errors on standard error")
	f.BoolVar(&o.compare, "compare", false, "add a section comparing the articles' claims, as claimex compare does")
	return c
}

func runReport(ctx context.Context, s streams, o *reportOptions, args []string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	opts, jsonl, err := o.pipeline.options()
	if err != nil {
		return err
	}
	x, err := extract.New(opts)
	if err != nil {
		return err
	}
	var cmp *compare.Comparer
	if o.compare {
		if cmp, err = compare.New(opts.Rules); err != nil {
			return err
		}
	}
	items := batch.Items(args, batch.Options{Include: o.include, JSONL: jsonl, Stdin: s.in, MaxBytes: opts.MaxBytes, URLs: o.pipeline.urls()})
	var articles []report.Article
	failed := 0
	batch.Run(items, o.workers, func(it batch.Item) (extract.Record, error) {
		return process(ctx, x, it, opts)
	}, func(r batch.Result[extract.Record]) bool {
		if r.Err != nil {
			failed++
			articles = append(articles, report.Article{Source: r.Item.Source, Error: r.Err.Error()})
			if !o.quiet {
				fmt.Fprintf(s.err, "claimex: %s: %v\n", r.Item.Source, r.Err)
			}
			return true
		}
		rec := r.Value
		articles = append(articles, report.Article{Source: r.Item.Source, Record: &rec})
		return true
	})
	if err := writeHTMLReport(s.out, o, articles, compareArticles(cmp, articles)); err != nil {
		return err
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}

// compareArticles compares the articles in page order, so that document i
// of the result is articles[i]; nil without a comparer.
func compareArticles(cmp *compare.Comparer, articles []report.Article) *compare.Report {
	if cmp == nil {
		return nil
	}
	inputs := make([]compare.Input, len(articles))
	for i, a := range articles {
		inputs[i] = compare.Input{Record: a.Record, Source: a.Source}
		if a.Record == nil {
			inputs[i].Err = errors.New(a.Error)
		}
	}
	return cmp.Compare(inputs)
}

// writeHTMLReport writes the page to -o atomically, or to out.
func writeHTMLReport(out io.Writer, o *reportOptions, articles []report.Article, rep *compare.Report) error {
	opts := report.Options{Title: o.title, Generator: "claimex " + version(), Compare: rep}
	if o.output == "" {
		return report.Write(out, articles, opts)
	}
	file, err := output.CreateAtomic(o.output)
	if err != nil {
		return usagef("-o: %w", err)
	}
	defer file.Abort() // no-op after Commit
	if err := report.Write(file, articles, opts); err != nil {
		return err
	}
	if err := file.Commit(); err != nil {
		return fmt.Errorf("writing %s: %w", o.output, err)
	}
	return nil
}
