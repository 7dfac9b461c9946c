// Command claimex-beam runs the claimex pipeline on Apache Beam: every file
// matched by --input (WARC, JSON Lines or article files, plain or .gz) is
// extracted with the same library as `claimex extract`, and each input file
// gives one JSON Lines part file under --output.
//
//	claimex-beam --input 'crawl/*.warc.gz' --output out/ --runner prism
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs" // gs:// inputs and output
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/claimex/claimex/cmd/claimex-beam/pipeline"
)

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func main() {
	var inputs, rulePacks listFlag
	var cfg pipeline.Config
	flag.Var(&inputs, "input", "glob `pattern` of input files (repeatable)")
	flag.StringVar(&cfg.Output, "output", "", "`folder` for the part files; must hold none yet")
	flag.BoolVar(&cfg.JSONL, "jsonl", false, "read inputs as JSON Lines, one article a line")
	flag.StringVar(&cfg.Published, "published", "", "reference `date` (YYYY-MM-DD) when an article gives none")
	flag.Var(&rulePacks, "rules", "rule pack `file` merged over the built-in packs (repeatable)")
	flag.Int64Var(&cfg.MaxBytes, "max-bytes", 0, "largest input accepted, in bytes (default 20 MB)")
	flag.DurationVar(&cfg.Timeout, "timeout", 0, "time limit for one document (default none)")
	flag.Parse()
	beam.Init()
	if err := run(context.Background(), cfg, inputs, rulePacks); err != nil {
		fmt.Fprintln(os.Stderr, "claimex-beam:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, cfg pipeline.Config, inputs, rulePacks []string) error {
	if len(inputs) == 0 || cfg.Output == "" {
		return fmt.Errorf("want --input and --output (see -help)")
	}
	for _, f := range rulePacks {
		data, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("rules: %w", err)
		}
		cfg.Rules = append(cfg.Rules, pipeline.Pack{Name: f, Data: data})
	}
	if _, err := cfg.Options(); err != nil { // fail before any worker starts
		return err
	}
	if err := pipeline.CheckOutput(ctx, cfg.Output); err != nil {
		return err
	}
	p, s := beam.NewPipelineWithRoot()
	pipeline.Build(s, cfg, inputs)
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return err
	}
	if res != nil {
		for _, c := range res.Metrics().AllMetrics().Counters() {
			if c.Key.Namespace == "claimex" {
				fmt.Fprintf(os.Stderr, "claimex-beam: %s %d\n", c.Key.Name, c.Result())
			}
		}
	}
	return nil
}
