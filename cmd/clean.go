package cmd

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/internal/batch"
)

type cleanOptions struct {
	pipeline pipelineFlags
	explain  bool
}

func newCleanCmd(s streams) *cobra.Command {
	o := &cleanOptions{}
	c := &cobra.Command{
		Use:   "clean [flags] [<path> | -]",
		Short: "Print an article's text with the page furniture stripped",
		Long: `Clean prints the cleaned article text of <path> (standard input when
omitted or -). With --explain it then lists each removed block with the
reason it was dropped.`,
		Example: `  claimex clean article.html
  claimex clean --explain page.txt`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usagef("clean takes at most one path (see 'claimex clean --help')")
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			path := "-"
			if len(args) == 1 {
				path = args[0]
			}
			return runClean(c.Context(), s, o, path)
		},
	}
	o.pipeline.register(c.Flags())
	c.Flags().BoolVar(&o.explain, "explain", false, "list the removed blocks and why they were removed")
	return c
}

func runClean(ctx context.Context, s streams, o *cleanOptions, path string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	opts, jsonl, err := o.pipeline.options()
	if err != nil {
		return err
	}
	if jsonl {
		return usagef("clean reads one article: --input-format jsonl is for extract")
	}
	x, err := extract.New(opts)
	if err != nil {
		return err
	}
	var failed error
	for it := range batch.Items([]string{path}, batch.Options{Include: batch.DefaultInclude, Stdin: s.in, MaxBytes: opts.MaxBytes, URLs: o.pipeline.urls()}) {
		if it.Err != nil {
			return fmt.Errorf("%s: %w", it.Source, it.Err)
		}
		d, err := processDoc(ctx, x, it, opts)
		if err != nil {
			fmt.Fprintf(s.err, "claimex: %s: %v\n", it.Source, err)
			failed = errFailed
			continue
		}
		fmt.Fprintln(s.out, d.Text)
		if o.explain {
			fmt.Fprintf(s.out, "\n# removed from %s: %s\n", it.Source, plural(len(d.Removed), "block"))
			for _, rm := range d.Removed {
				fmt.Fprintf(s.out, "[%s] %s\n", rm.Reason, strings.Join(strings.Fields(rm.Text), " "))
			}
		}
	}
	return failed
}
