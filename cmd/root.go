// Package cmd holds the claimex command line: cobra commands that read
// flags, call package extract, and print.
package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

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

// Main runs claimex with the process's arguments and streams and returns the
// exit status. SIGINT and SIGTERM stop a run after the records in flight
// (see [interrupted]); a second signal kills the process.
func Main() int {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		if sig, ok := <-sigs; ok {
			signal.Stop(sigs)
			cancel(interrupted{sig.(syscall.Signal)})
		}
	}()
	return RunContext(ctx, os.Args[1:], streams{in: os.Stdin, out: os.Stdout, err: os.Stderr, errIsTerminal: isTerminal(os.Stderr)})
}

// defaultMemoryLimit is the soft limit the garbage collector keeps the heap
// under unless GOMEMLIMIT says otherwise. A 20 MB article holds about
// 500 MB live at its peak; with the default GOGC the heap grew to twice that
// between collections.
const defaultMemoryLimit = 512 << 20

// interrupted is the cause of a run stopped by a signal.
type interrupted struct{ sig syscall.Signal }

func (e interrupted) Error() string { return fmt.Sprintf("interrupted by %s", e.sig) }

// exitCode is the shell's status for a process ended by the signal: 130, 143.
func (e interrupted) exitCode() int { return 128 + int(e.sig) }

// Run runs claimex with args and returns the exit status.
func Run(args []string, s streams) int { return RunContext(context.Background(), args, s) }

// RunContext runs claimex with args until ctx is done and returns the exit
// status. A failed write to standard output fails every command.
func RunContext(ctx context.Context, args []string, s streams) int {
	out := &errWriter{w: s.out}
	s.out = out
	root := newRoot(s)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if out.err != nil && (err == nil || errors.Is(err, errFailed)) {
		err = fmt.Errorf("writing output: %w", out.err)
	}
	var intr interrupted
	if errors.As(context.Cause(ctx), &intr) && !errors.As(err, &intr) {
		err = intr // whatever the command made of it, the run was stopped
	}
	switch {
	case errors.As(err, &intr):
		fmt.Fprintf(s.err, "claimex: %v\n", err)
		return intr.exitCode()
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
	root.AddCommand(newExtractCmd(s), newCleanCmd(s), newSchemaCmd(s), newRulesCmd(s), newVersionCmd(s), newCheckCmd(s))
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

// errWriter remembers the first failed write, so that a command whose output
// was lost (a full disk, a closed pipe) does not exit 0.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	if err != nil {
		e.err = err
	}
	return n, err
}
