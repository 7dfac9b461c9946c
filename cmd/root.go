// Package cmd holds the claimex command line: cobra commands that read
// flags, call package extract, and print.
package cmd

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// Exit statuses.
const (
	ExitOK     = 0 // every input succeeded
	ExitFailed = 1 // some input failed, or a check found problems
	ExitUsage  = 2 // bad flags, arguments or rule packs: nothing was processed
	ExitBug    = 3 // an internal error
)

// usageError marks mistakes in how claimex was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// errFailed reports that some inputs failed; their errors were already printed.
var errFailed = errors.New("some inputs failed")

// streams are the standard streams a command uses, replaceable in tests.
type streams struct {
	in       io.Reader
	out, err io.Writer
	// errIsTerminal reports whether err is a terminal (for progress output).
	errIsTerminal bool
}

// Version is set at build time with -ldflags "-X github.com/claimex/claimex/cmd.Version=…".
var Version = ""

// Main runs claimex with the process's arguments and streams and returns the exit status.
func Main() int {
	return Run(os.Args[1:], streams{in: os.Stdin, out: os.Stdout, err: os.Stderr, errIsTerminal: isTerminal(os.Stderr)})
}

// Run runs claimex with args and returns the exit status.
func Run(args []string, s streams) int {
	root := newRoot(s)
	root.SetArgs(args)
	err := root.Execute()
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errFailed):
		return ExitFailed
	}
	fmt.Fprintf(s.err, "claimex: %v\n", err)
	var ue usageError
	// cobra reports an unknown subcommand with an untyped error.
	if errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command") {
		return ExitUsage
	}
	return ExitFailed
}

func newRoot(s streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "claimex",
		Short: "Turn news articles into structured, checkable claims",
		Long: `claimex reads news articles (HTML or plain text), strips page furniture,
reads metadata, finds entities, money, dates and other values, and extracts
quotes, reported speech, commitments and assertions with their claimants.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(s.in)
	root.SetOut(s.out)
	root.SetErr(s.err)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%w (see '%s --help')", err, c.CommandPath())}
	})
	root.AddCommand(newExtractCmd(s), newCleanCmd(s), newReportCmd(s), newSchemaCmd(s), newRulesCmd(s), newVersionCmd(s), newCheckCmd(s))
	return root
}

// exactArgs is cobra.ExactArgs returning a usage error.
func exactArgs(n int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s takes %d argument(s), got %d (see '%s --help')", c.Name(), n, len(args), c.CommandPath())
		}
		return nil
	}
}

func minArgs(n int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef("%s needs at least %d argument(s) (see '%s --help')", c.Name(), n, c.CommandPath())
		}
		return nil
	}
}
