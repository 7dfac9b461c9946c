package cmd

import (
	"github.com/spf13/cobra"

	"github.com/claimex/claimex/compare"
	"github.com/claimex/claimex/extract"
)

func newSchemaCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema [compare]",
		Short: "Print the JSON Schema of the output records (or, with compare, of compare reports)",
		Args: func(c *cobra.Command, args []string) error {
			if len(args) > 1 || (len(args) == 1 && args[0] != "compare") {
				return usagef("schema takes no argument, or compare (see '%s --help')", c.CommandPath())
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			schema := extract.JSONSchema
			if len(args) == 1 {
				schema = compare.JSONSchema
			}
			_, err := s.out.Write(schema)
			return err
		},
	}
}
