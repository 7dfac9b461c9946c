package batch

import (
	"io"
	"iter"

	"github.com/claimex/claimex/extract"
)

// ItemsOf yields the articles of one opened file, as [Items] does for a file
// path: a WARC file gives one item per record, JSON Lines (opts.JSONL) one
// per line, and any other file one item. A name ending in .gz is
// decompressed. The items carry their data, so r may be closed after the
// sequence ends. Pipelines that open files themselves (a distributed
// runner's file system) read them through this.
func ItemsOf(name string, r io.Reader, opts Options) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		switch {
		case IsWARC(name):
			warcStream(name, name, r, opts, yield)
		case opts.JSONL:
			if isGzipName(name) {
				zr, err := gzipReader(r)
				if err != nil {
					yield(Item{Source: name, Rel: name, Err: err})
					return
				}
				r = zr
			}
			jsonLines(name, name, r, opts.MaxBytes, yield)
		default:
			data, err := readAll(r, 0, opts.MaxBytes)
			if err == nil && isGzipName(name) {
				data, err = maybeGunzip(data, opts.MaxBytes)
			}
			it := Item{Source: name, Rel: name, Data: data, Input: extract.Input{Source: name, Format: FormatByName(name)}, Err: err}
			yield(it)
		}
	}
}
