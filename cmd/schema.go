package cmd

import (
	"github.com/spf13/cobra"

	"github.com/claimex/claimex/extract"
)

func newSchemaCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the output records",
		Args:  exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			_, err := s.out.Write(extract.JSONSchema)
			return err
		},
	}
}
