//go:build rulesgen

package entities

// Without the generated lexicon, as when the generator itself is built, New
// builds the lexicon from the rules.
const compiledLexiconSource = ""

func compiledLexicon() *lexicon { return nil }
