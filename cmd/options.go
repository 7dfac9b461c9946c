package cmd

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/rules"
)

// pipelineFlags are the flags that configure the pipeline, shared by extract, clean and check.
type pipelineFlags struct {
	published   string
	inputFormat string
	rules       []string
	maxBytes    int64
	timeout     time.Duration
	formats     []string // the --input-format values the command takes
}

// register adds the pipeline flags to fs; formats are the --input-format
// values the command takes.
func (p *pipelineFlags) register(fs *pflag.FlagSet, formats ...string) {
	p.formats = formats
	fs.StringVar(&p.published, "published", "", "reference `date` (YYYY-MM-DD) when an article gives none")
	fs.StringVar(&p.inputFormat, "input-format", "auto", "input format: "+orList(formats))
	fs.StringArrayVar(&p.rules, "rules", nil, "rule pack `file` merged over the built-in packs by rule id (repeatable)")
	fs.Int64Var(&p.maxBytes, "max-bytes", extract.DefaultMaxBytes, "largest input accepted, in bytes")
	fs.DurationVar(&p.timeout, "timeout", 30*time.Second, "time limit for one document (0 for none)")
}

// complete registers value completion for the pipeline flags of c.
func (p *pipelineFlags) complete(c *cobra.Command) {
	completeValues(c, "input-format", p.formats...)
	_ = c.MarkFlagFilename("rules", "yaml", "yml")
}

// completeValues offers values as the completions of an enumerated flag.
func completeValues(c *cobra.Command, flag string, values ...string) {
	_ = c.RegisterFlagCompletionFunc(flag, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
}

// orList writes values as "a, b or c".
func orList(values []string) string {
	if len(values) < 2 {
		return strings.Join(values, "")
	}
	return strings.Join(values[:len(values)-1], ", ") + " or " + values[len(values)-1]
}

// loadRules merges user packs over the embedded defaults.
func loadRules(files []string) (*rules.Set, error) {
	set, err := rules.LoadDefault()
	if err != nil {
		return nil, bugError{err} // the embedded packs are broken
	}
	for _, f := range files {
		if err := set.MergeFile(f); err != nil {
			return nil, usageError{err}
		}
	}
	return set, nil
}

// options validates the flags and builds extract.Options; jsonl reports --input-format jsonl.
func (p *pipelineFlags) options() (opts extract.Options, jsonl bool, err error) {
	flags := *p
	if flags.urls() {
		flags.inputFormat = "auto" // each page's format comes from its Content-Type or is sniffed
	}
	if opts.Published, opts.Format, jsonl, err = flags.inputFlags(); err != nil {
		return opts, false, err
	}
	if p.maxBytes <= 0 {
		return opts, false, usagef("--max-bytes must be positive, got %d", p.maxBytes)
	}
	opts.MaxBytes = p.maxBytes
	opts.Timeout = p.timeout
	if opts.Rules, err = loadRules(p.rules); err != nil {
		return opts, false, err
	}
	return opts, jsonl, nil
}

// inputFlags validates the flags that may differ from one input to the
// next: the reference date and the input format (jsonl reports "jsonl").
func (p *pipelineFlags) inputFlags() (published time.Time, format extract.InputFormat, jsonl bool, err error) {
	if p.published != "" {
		if published, err = time.Parse("2006-01-02", p.published); err != nil {
			return published, "", false, usagef("--published %q: want a date as YYYY-MM-DD", p.published)
		}
	}
	if p.inputFormat != "" && len(p.formats) > 0 && !slices.Contains(p.formats, p.inputFormat) {
		hint := ""
		if p.inputFormat == "jsonl" {
			hint = " (jsonl is for extract)"
		}
		return published, "", false, usagef("--input-format %q: want %s%s", p.inputFormat, orList(p.formats), hint)
	}
	switch p.inputFormat {
	case "auto", "":
		format = extract.Auto
	case "text":
		format = extract.Text
	case "html":
		format = extract.HTML
	case "jsonl":
		format, jsonl = extract.Auto, true
	default:
		return published, "", false, usagef("--input-format %q: want auto, text, html or jsonl", p.inputFormat)
	}
	return published, format, jsonl, nil
}

// urls reports --input-format urls: every file and stdin lists URLs to fetch.
func (p *pipelineFlags) urls() bool { return p.inputFormat == "urls" }

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
