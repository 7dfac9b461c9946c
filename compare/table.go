package compare

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteTable writes a report as a table for reading: the groups that two or
// more sources carry, each with its members and slots, then the count of
// single claims.
func WriteTable(w io.Writer, r *Report) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "%d documents, %d linked entities, %d groups\n\n", len(r.Documents), len(r.Entities), len(r.Groups))
	fmt.Fprintln(tw, "GROUP\tSTATUS\tSOURCES\tKIND\tCLAIMANT\tSTATEMENT")
	singles := 0
	for _, g := range r.Groups {
		if g.Status == Single {
			singles++
			continue
		}
		who := "-"
		if g.Claimant != nil {
			who = g.Claimant.Name
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\n", g.ID, g.Status, g.Sources, g.Kind, who, clip(g.Statement, 70))
		for _, m := range g.Members {
			fmt.Fprintf(tw, "\t\t\t\t\t  [%d] %s %s: %s\n", m.Document, m.Source, m.Claim, clip(m.Text, 60))
		}
		for _, s := range g.Slots {
			verdict := "compatible"
			if !s.Compatible {
				verdict = "CONFLICT"
			}
			var vals []string
			for _, v := range s.Values {
				vals = append(vals, fmt.Sprintf("%s [%d]", v.Text, v.Document))
			}
			fmt.Fprintf(tw, "\t\t\t\t\t  %s %s: %s\n", s.Type, verdict, clip(strings.Join(vals, "; "), 70))
		}
	}
	fmt.Fprintf(tw, "\n%d single claims (one source each); --format json lists them all\n", singles)
	return tw.Flush()
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-3]) + "..."
	}
	return s
}
