package cmd

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/claimex/claimex/rules"
)

func newRulesCmd(s streams) *cobra.Command {
	c := &cobra.Command{
		Use:   "rules",
		Short: "List and check rule packs",
	}
	var files []string
	list := &cobra.Command{
		Use:   "list [--rules <file>]...",
		Short: "List the merged rules with where each comes from",
		Args:  exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			set, err := loadRules(files)
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(s.out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tORIGIN")
			for _, e := range set.Entries() {
				fmt.Fprintf(tw, "%s\t%s\n", e.ID, e.Origin)
			}
			return tw.Flush()
		},
	}
	list.Flags().StringArrayVar(&files, "rules", nil, "rule pack `file` merged over the built-in packs (repeatable)")
	_ = list.MarkFlagFilename("rules", "yaml", "yml")
	check := &cobra.Command{
		Use:   "check <file>...",
		Short: "Validate rule packs against the schema and the built-in rules",
		Long: `Check decodes each pack strictly and merges it over the built-in packs,
printing every problem as file:line:col: message. The exit status is 2 when
any pack has a problem.`,
		Args:              minArgs(1),
		ValidArgsFunction: completeYAML,
		RunE: func(c *cobra.Command, args []string) error {
			base, err := rules.LoadDefault()
			if err != nil {
				return bugError{err} // the embedded packs are broken
			}
			bad := 0
			for _, f := range args {
				if err := base.Clone().MergeFile(f); err != nil {
					bad++
					fmt.Fprintln(s.err, err)
					continue
				}
				fmt.Fprintf(s.out, "%s: ok\n", f)
			}
			if bad > 0 {
				return usagef("%s with problems", plural(bad, "rule pack"))
			}
			return nil
		},
	}
	c.AddCommand(list, check)
	return c
}

// completeYAML offers rule pack files as arguments.
func completeYAML(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return []cobra.Completion{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
}
