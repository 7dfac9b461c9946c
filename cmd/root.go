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

	"github.com/claimex/claimex/extract"
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

// bugError marks an internal error: claimex, not the way it was called or
// its input, is at fault.
type bugError struct{ err error }

func (e bugError) Error() string { return "internal error: " + e.err.Error() + " (please report it)" }
func (e bugError) Unwrap() error { return e.err }

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
	paceGC()
	defer startProfile(os.Stderr)()
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
func RunContext(ctx context.Context, args []string, s streams) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(s.err, "claimex: internal error: %v (please report it)\n%s", r, debug.Stack())
			code = ExitBug
		}
	}()
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
	if errors.As(err, &intr) {
		fmt.Fprintf(s.err, "claimex: %v\n", err)
		return intr.exitCode()
	}
	if err != nil && !errors.Is(err, errFailed) {
		// One line per problem (a rule pack may have several), each prefixed.
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintf(s.err, "claimex: %s\n", line)
		}
	}
	return exitCode(err)
}

// exitCode maps the error a command returned to the exit status.
func exitCode(err error) int {
	var ue usageError
	var be bugError
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errFailed):
		return ExitFailed
	// cobra reports an unknown subcommand with an untyped error.
	case errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command"):
		return ExitUsage
	case errors.As(err, &be) || errors.Is(err, extract.ErrInternal):
		return ExitBug
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
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
		// Flag groups (-o or --out-dir) are checked here so that a
		// violation is a usage error.
		PersistentPreRunE: func(c *cobra.Command, args []string) error {
			if err := c.ValidateRequiredFlags(); err != nil {
				return usageError{err}
			}
			if err := c.ValidateFlagGroups(); err != nil {
				return usageError{fmt.Errorf("%w (see '%s --help')", err, c.CommandPath())}
			}
			return nil
		},
	}
	root.SetVersionTemplate(versionLine())
	root.SetIn(s.in)
	root.SetOut(s.out)
	root.SetErr(s.err)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%w (see '%s --help')", err, c.CommandPath())}
	})
	root.AddCommand(newExtractCmd(s), newCleanCmd(s), newReportCmd(s), newSchemaCmd(s), newRulesCmd(s), newVersionCmd(s), newCheckCmd(s))
	root.AddCommand(newCompareCmd(s))
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
