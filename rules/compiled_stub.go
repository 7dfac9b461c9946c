//go:build rulesgen

package rules

// Without the generated tables, as when the generator itself is built,
// LoadDefault decodes the YAML.
var (
	compiledSource  string
	compiledEntries []Entry
)
