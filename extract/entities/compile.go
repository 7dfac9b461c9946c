package entities

import (
	"bytes"
	"fmt"
	"reflect"

	"github.com/claimex/claimex/internal/gosrc"
	"github.com/claimex/claimex/rules"
)

// CompileLexicon builds the lexicon of set, the embedded packs whose
// [rules.SourceDigest] is digest, and writes it as the Go source of
// compiledLexicon, so that New with those packs builds no lexicon at
// start-up. The same packs and code give the same bytes.
func CompileLexicon(set *rules.Set, digest string) ([]byte, error) {
	lx, err := newLexicon(set)
	if err != nil {
		return nil, err
	}
	w := gosrc.Writer{Pkg: reflect.TypeFor[lexicon]().PkgPath(), Lines: true, Prefix: "compiledTable", Lift: lifted}
	var body bytes.Buffer
	if err := w.Value(&body, reflect.ValueOf(lx)); err != nil {
		return nil, fmt.Errorf("entities: compile lexicon: %w", err)
	}
	var b bytes.Buffer
	b.WriteString("// compiledLexicon returns the lexicon newLexicon builds from the embedded packs.\n")
	b.WriteString("func compiledLexicon() *lexicon {\nreturn ")
	b.Write(body.Bytes())
	b.WriteString("\n}\n\n")
	out, err := w.File("entities", "!rulesgen", "compiledLexiconSource", digest, b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("entities: compile lexicon: %w", err)
	}
	return out, nil
}

// lifted reports the types of the tables' slots, which are written as
// package-level variables: static data, not copied at start-up.
func lifted(t reflect.Type) bool {
	return t == reflect.TypeFor[[]wordSlot]() || t == reflect.TypeFor[[]gazEntry]() || t == reflect.TypeFor[[]byte]()
}

// lexiconOf returns the lexicon of set: the compiled one when set holds
// exactly the packs it was compiled from, else one built from its rules.
func lexiconOf(set *rules.Set) (*lexicon, error) {
	if d := set.DefaultDigest(); d != "" && d == compiledLexiconSource {
		return compiledLexicon(), nil
	}
	return newLexicon(set)
}
