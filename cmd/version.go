package cmd

import (
	"fmt"
	"io"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/claimex/claimex/extract"
)

func newVersionCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the claimex version and output schema",
		Args:  exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			_, err := io.WriteString(s.out, versionLine())
			return err
		},
	}
}

// versionLine is what version and --version print.
func versionLine() string {
	return fmt.Sprintf("claimex %s (schema %s)\n", version(), extract.SchemaVersion)
}

// version is the -ldflags version, else the module version, else "devel".
func version() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}
