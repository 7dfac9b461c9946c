package rules

import (
	"bytes"
	"fmt"
	"io/fs"
	"reflect"

	"github.com/claimex/claimex/internal/gosrc"
)

// Compile loads the YAML packs of fsys and writes them as the Go source of
// the compiled tables, deterministically: the same packs give the same bytes.
func Compile(fsys fs.FS, prefix string) ([]byte, error) {
	digest, err := SourceDigest(fsys)
	if err != nil {
		return nil, err
	}
	s, err := LoadFS(fsys, prefix)
	if err != nil {
		return nil, err
	}
	w := gosrc.Writer{Pkg: reflect.TypeFor[Header]().PkgPath()}
	var body bytes.Buffer
	body.WriteString("var compiledEntries = []Entry{\n")
	for _, e := range s.entries {
		fmt.Fprintf(&body, "{ID: %q, Kind: %q, Origin: %q, Rule: ", e.ID, e.Kind, e.Origin)
		if err := w.Value(&body, reflect.ValueOf(e.Rule)); err != nil {
			return nil, fmt.Errorf("rules: compile %s: %w", e.ID, err)
		}
		body.WriteString("},\n")
	}
	body.WriteString("}\n")
	out, err := w.File("rules", "!rulesgen", "compiledSource", digest, body.Bytes())
	if err != nil {
		return nil, fmt.Errorf("rules: compile packs: %w", err)
	}
	return out, nil
}
