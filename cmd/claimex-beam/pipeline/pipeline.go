// Package pipeline is claimex on Apache Beam: input files are matched with
// fileio, each is read and extracted by the same library calls as
// `claimex extract`, and the records of each input file are written as one
// JSON Lines part file, so the output is sharded like the input.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/rules"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Shard), error](&extractFileFn{})
	register.Emitter1[Shard]()
}

// Pack is a user rule pack, carried by content so that every worker merges
// the same rules whatever files it can see.
type Pack struct {
	Name string
	Data []byte
}

// Config is the extraction setup every worker rebuilds.
type Config struct {
	// Output is the folder part files go to: a local path, or any location a
	// registered Beam file system serves (gs://, s3://).
	Output string
	// JSONL reads every input as JSON Lines, one article a line.
	JSONL bool
	// Published is the reference date (YYYY-MM-DD) for relative dates when
	// an article gives none; "" for none.
	Published string
	// Rules are merged over the built-in packs, in order.
	Rules []Pack
	// MaxBytes limits one input, Timeout one document (0: the defaults).
	MaxBytes int64
	Timeout  time.Duration
}

// Options builds the extractor options the config describes.
func (c Config) Options() (extract.Options, error) {
	opts := extract.Options{MaxBytes: c.MaxBytes, Timeout: c.Timeout, Format: extract.Auto}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = extract.DefaultMaxBytes
	}
	if c.Published != "" {
		t, err := time.Parse("2006-01-02", c.Published)
		if err != nil {
			return opts, fmt.Errorf("published %q: want a date as YYYY-MM-DD", c.Published)
		}
		opts.Published = t
	}
	set, err := rules.LoadDefault()
	if err != nil {
		return opts, err
	}
	for _, p := range c.Rules {
		if err := set.Merge(p.Name, p.Data); err != nil {
			return opts, err
		}
	}
	opts.Rules = set
	return opts, nil
}

// Shard describes one part file: the input it came from and its counts.
type Shard struct {
	Input, Output          string
	Records, Errors, Skips int
}

// Build adds the pipeline to s: every file matched by the glob patterns is
// extracted into its own part file under cfg.Output. It returns the
// collection of written shards.
func Build(s beam.Scope, cfg Config, patterns []string) beam.PCollection {
	s = s.Scope("claimex")
	var matched []beam.PCollection
	for _, p := range patterns {
		matched = append(matched, fileio.MatchFiles(s, p, fileio.MatchEmptyDisallow()))
	}
	files := beam.Flatten(s, matched...)
	// Uncompressed: WARC files are read member by member, and other .gz
	// files are decompressed with the same size cap as on the command line.
	readable := fileio.ReadMatches(s, beam.Reshuffle(s, files), fileio.ReadUncompressed())
	return beam.ParDo(s, &extractFileFn{Config: cfg}, readable)
}

// ShardName is the part file an input writes: its name without extensions,
// and a hash of its whole path, so two inputs never share a part file.
func ShardName(input string) string {
	sum := sha256.Sum256([]byte(input))
	stem := path.Base(strings.ReplaceAll(input, "\\", "/"))
	if i := strings.IndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	return fmt.Sprintf("%s-%s.jsonl", stem, hex.EncodeToString(sum[:4]))
}
