package cmd

import (
	"context"
	"errors"
	"fmt"

	"github.com/claimex/claimex/compare"
	"github.com/claimex/claimex/expect"
	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/internal/batch"
)

// compareCheckJob is one compare expectation file with the options each of
// its documents is extracted with.
type compareCheckJob struct {
	file *expect.CompareFile
	opts []extract.Options
}

// splitCompare separates compare expectation files from article ones.
func splitCompare(paths []string) (articles, compares []string) {
	for _, p := range paths {
		if expect.IsCompare(p) {
			compares = append(compares, p)
		} else {
			articles = append(articles, p)
		}
	}
	return articles, compares
}

// loadCompareChecks loads compare files and each document's options,
// printing the problems of unusable files; bad counts those.
func loadCompareChecks(s streams, flags pipelineFlags, base extract.Options, paths []string) (jobs []*compareCheckJob, bad int) {
	for _, p := range paths {
		f, err := expect.LoadCompare(p)
		if err != nil {
			fmt.Fprintln(s.err, err)
			bad++
			continue
		}
		j := &compareCheckJob{file: f}
		for _, d := range f.Documents {
			opts, err := docOptions(flags, base, f.Path, d)
			if err != nil {
				fmt.Fprintln(s.err, err)
				bad++
				j = nil
				break
			}
			j.opts = append(j.opts, opts)
		}
		if j != nil {
			jobs = append(jobs, j)
		}
	}
	return jobs, bad
}

// docOptions applies a document's args over the command's flags.
func docOptions(flags pipelineFlags, base extract.Options, path string, d expect.CompareDoc) (extract.Options, error) {
	fail := func(format string, a ...any) error {
		return &expect.Error{File: path, Line: d.Line, Col: d.Col, Msg: "args: " + fmt.Sprintf(format, a...)}
	}
	pf, err := argsFlags(flags, d.Args, fail)
	if err != nil {
		return base, err
	}
	opts := base
	var jsonl bool
	opts.Published, opts.Format, jsonl, err = pf.inputFlags()
	if err == nil && jsonl {
		err = errors.New("--input-format jsonl does not apply: a document is one article")
	}
	if err != nil {
		return base, fail("%v", err)
	}
	return opts, nil
}

// runCompareChecks extracts the documents of every compare file, compares
// them and checks the report, adding one file report each to all.
func runCompareChecks(ctx context.Context, x *extract.Extractor, base extract.Options, jobs []*compareCheckJob, workers int, all *checkReport) error {
	if len(jobs) == 0 {
		return nil
	}
	cmp, err := compare.New(base.Rules)
	if err != nil {
		return err
	}
	for _, j := range jobs {
		recs, err := extractDocs(ctx, x, j, workers)
		var results []expect.Result
		if err == nil {
			inputs := make([]compare.Input, len(recs))
			for i, r := range recs {
				inputs[i] = compare.Input{Record: r}
			}
			results = expect.CheckCompare(j.file, cmp.Compare(inputs), recs)
		}
		rep := expect.NewCompareReport(j.file, results, err)
		all.Files = append(all.Files, rep)
		all.Passed += rep.Passed
		all.Failed += rep.Failed
	}
	return nil
}

// extractDocs runs the pipeline on a compare file's documents, in order.
func extractDocs(ctx context.Context, x *extract.Extractor, j *compareCheckJob, workers int) ([]*extract.Record, error) {
	var items []batch.Item
	for i, d := range j.file.Documents {
		for it := range batch.Items([]string{d.Article}, batch.Options{Include: batch.DefaultInclude, MaxBytes: j.opts[i].MaxBytes}) {
			it.Input.Reference = j.opts[i].Published
			if j.opts[i].Format != extract.Auto {
				it.Input.Format = j.opts[i].Format
			}
			it.Line = i // the document's index, carried to the result
			items = append(items, it)
		}
	}
	recs := make([]*extract.Record, len(j.file.Documents))
	var firstErr error
	batch.Run(func(yield func(batch.Item) bool) {
		for _, it := range items {
			if !yield(it) {
				return
			}
		}
	}, workers, func(it batch.Item) (extract.Record, error) {
		return batch.ExtractRecord(ctx, x, it, j.opts[it.Line])
	}, func(r batch.Result[extract.Record]) bool {
		if r.Err != nil {
			firstErr = fmt.Errorf("%s: %w", r.Item.Source, r.Err)
			return false
		}
		rec := r.Value
		recs[r.Item.Line] = &rec
		return true
	})
	return recs, firstErr
}
