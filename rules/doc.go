// Package rules loads the YAML rule packs that drive claimex: furniture
// patterns, currencies and magnitudes, date words, gazetteers, titles,
// attribution cues and hedges.
//
// The default packs are embedded in the binary ([Default]). A user pack
// merges over them by rule id: a rule with an existing id replaces it,
// `disabled: true` drops it, and a new id adds a rule. Every pack is decoded
// strictly, and errors carry the file, line and column.
package rules
