package cmd

import (
	"os"

	"golang.org/x/term"
)

// isTerminal reports whether f is a terminal, where progress output belongs.
func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }
