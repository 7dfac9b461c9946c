package cmd

import (
	"context"
	"fmt"
	"io"
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
		Use:   "clean [flags] [<path>... | -]",
		Short: "Print an article's text with the page furniture stripped",
		Long: `Clean prints the cleaned article text of each <path> (a file, or a folder
walked recursively; standard input when omitted or -). With --explain it then
lists each removed block with the reason it was dropped.

One file or standard input prints its text alone. Several articles (several
paths, or a folder) are separated: each starts with a form feed and a header
line "# <source>", so the output splits on form feeds.`,
		Example: `  claimex clean article.html
  claimex clean --explain page.txt
  claimex clean ./articles/ | csplit -z - '/^\f/' '{*}'`,
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"-"}
			}
			return runClean(c.Context(), s, o, args)
		},
	}
	o.pipeline.register(c.Flags(), "auto", "text", "html")
	o.pipeline.complete(c)
	c.Flags().BoolVar(&o.explain, "explain", false, "list the removed blocks and why they were removed")
	return c
}

func runClean(ctx context.Context, s streams, o *cleanOptions, paths []string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	opts, _, err := o.pipeline.options()
	if err != nil {
		return err
	}
	x, err := extract.New(opts)
	if err != nil {
		return bugError{err} // the rules loaded, so this is ours
	}
	headers := !singleInput(paths, false)
	var failed error
	for it := range batch.Items(paths, batch.Options{Include: batch.DefaultInclude, Stdin: s.in, MaxBytes: opts.MaxBytes, URLs: o.pipeline.urls()}) {
		err := it.Err
		if err == nil {
			err = cleanOne(ctx, s.out, x, it, opts, o.explain, headers)
		}
		if err != nil {
			fmt.Fprintf(s.err, "claimex: %s: %v\n", it.Source, err)
			failed = errFailed
		}
	}
	return failed
}

// cleanOne prints one article's cleaned text, after a form feed and a
// header line when headers is set.
func cleanOne(ctx context.Context, w io.Writer, x *extract.Extractor, it batch.Item, opts extract.Options, explain, headers bool) error {
	d, err := processDoc(context.WithoutCancel(ctx), x, it, opts) // a signal lets it finish
	if err != nil {
		return err
	}
	var b strings.Builder
	if headers {
		fmt.Fprintf(&b, "\f# %s\n", it.Source)
	}
	b.WriteString(d.Text)
	b.WriteByte('\n')
	if explain {
		fmt.Fprintf(&b, "\n# removed from %s: %s\n", it.Source, plural(len(d.Removed), "block"))
		for _, rm := range d.Removed {
			reason := rm.Reason
			if rm.Kept {
				reason += ", kept"
			}
			fmt.Fprintf(&b, "[%s] %s\n", reason, strings.Join(strings.Fields(rm.Text), " "))
		}
		if len(d.Warnings) > 0 {
			fmt.Fprintf(&b, "\n# warnings for %s: %d\n", it.Source, len(d.Warnings))
			for _, w := range d.Warnings {
				fmt.Fprintf(&b, "[%s] %s\n", w.Code, w.Message)
			}
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}
