// Command gen compiles the embedded rule packs into the form
// rules.LoadDefault reads without decoding YAML, and the tables stages
// build from them into the form their constructors read without building
// them. Run it as `go generate ./rules`.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"

	"github.com/claimex/claimex/extract/entities"
	"github.com/claimex/claimex/rules"
)

func main() {
	out := flag.String("o", "compiled_packs.go", "file to write the packs to")
	lexicon := flag.String("lexicon", "../extract/entities/lexicon_compiled.go", "file to write the entity lexicon to")
	dir := flag.String("dir", ".", "directory holding the YAML packs")
	flag.Parse()
	if err := run(os.DirFS(*dir), *out, *lexicon); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

func run(fsys fs.FS, out, lexicon string) error {
	data, err := rules.Compile(fsys, "embedded:")
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	digest, err := rules.SourceDigest(fsys)
	if err != nil {
		return err
	}
	set, err := rules.LoadFS(fsys, "embedded:")
	if err != nil {
		return err
	}
	if data, err = entities.CompileLexicon(set, digest); err != nil {
		return err
	}
	return os.WriteFile(lexicon, data, 0o644)
}
