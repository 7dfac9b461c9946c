package cmd

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/internal/batch"
	"github.com/claimex/claimex/internal/output"
)

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
