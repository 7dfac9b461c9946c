package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"runtime"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/internal/batch"
	"github.com/claimex/claimex/internal/output"
)

// Counters, as Beam metrics in the namespace "claimex".
var (
	pagesCounter   = beam.NewCounter("claimex", "pages")
	errorsCounter  = beam.NewCounter("claimex", "errors")
	skippedCounter = beam.NewCounter("claimex", "skipped")
)

// extractFileFn extracts every article of one input file into its part file.
type extractFileFn struct {
	Config Config

	opts extract.Options
	x    *extract.Extractor
}

// Setup builds one extractor per worker instance; it is safe for the
// concurrent bundles a worker runs.
func (fn *extractFileFn) Setup() error {
	opts, err := fn.Config.Options()
	if err != nil {
		return err
	}
	x, err := extract.New(opts)
	if err != nil {
		return err
	}
	fn.opts, fn.x = opts, x
	return nil
}

// ProcessElement reads one file and writes its records. The part file is
// written under a temporary name and renamed when complete, so a retried
// bundle replaces it whole.
func (fn *extractFileFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Shard)) error {
	in := file.Metadata.Path
	shard := Shard{Input: in, Output: strings.TrimSuffix(fn.Config.Output, "/") + "/" + ShardName(in)}
	fsys, err := filesystem.New(ctx, shard.Output)
	if err != nil {
		return err
	}
	defer fsys.Close()
	tmp := shard.Output + ".tmp"
	w, err := fsys.OpenWrite(ctx, tmp)
	if err != nil {
		return fmt.Errorf("creating %s: %w", tmp, err)
	}
	if err := fn.writeRecords(ctx, file, w, &shard); err != nil {
		w.Close()
		return err
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", tmp, err)
	}
	if err := filesystem.Rename(ctx, fsys, tmp, shard.Output); err != nil {
		return fmt.Errorf("renaming %s: %w", tmp, err)
	}
	emit(shard)
	return nil
}

// writeRecords writes one record per item of the file: a document record,
// or the error record the command line writes for that item.
func (fn *extractFileFn) writeRecords(ctx context.Context, file fileio.ReadableFile, w io.Writer, shard *Shard) error {
	opts := batch.Options{JSONL: fn.Config.JSONL, MaxBytes: fn.opts.MaxBytes}
	enc := output.NewEncoder(w, output.JSONL)
	var items iter.Seq[batch.Item]
	if rc, err := file.Open(ctx); err != nil {
		items = oneItem(batch.Item{Source: shard.Input, Err: err})
	} else {
		defer rc.Close()
		items = batch.ItemsOf(shard.Input, rc, opts)
	}
	// The file's records are extracted on every core, as the command line
	// does, and written in input order.
	var writeErr error
	batch.Run(items, runtime.NumCPU(), func(it batch.Item) (extract.Record, error) {
		return batch.ExtractRecord(ctx, fn.x, it, fn.opts)
	}, func(r batch.Result[extract.Record]) bool {
		var rec any = r.Value
		switch {
		case errors.Is(r.Err, batch.ErrNotArticle):
			skippedCounter.Inc(ctx, 1)
			shard.Skips++
			return true
		case r.Err != nil:
			errorsCounter.Inc(ctx, 1)
			shard.Errors++
			rec = batch.ErrorRecord(r.Item, r.Err)
		default:
			pagesCounter.Inc(ctx, 1)
		}
		shard.Records++
		if err := enc.Encode(rec); err != nil {
			writeErr = fmt.Errorf("writing %s: %w", shard.Output, err)
		}
		return writeErr == nil
	})
	if writeErr != nil {
		return writeErr
	}
	return enc.Close()
}

// oneItem is the sequence of a single item.
func oneItem(it batch.Item) iter.Seq[batch.Item] {
	return func(yield func(batch.Item) bool) { yield(it) }
}
