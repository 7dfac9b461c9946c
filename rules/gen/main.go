// Command gen compiles the embedded rule packs into the form
// rules.LoadDefault reads without decoding YAML. Run it as
// `go generate ./rules`.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/claimex/claimex/rules"
)

func main() {
	out := flag.String("o", "compiled_packs.go", "file to write")
	dir := flag.String("dir", ".", "directory holding the YAML packs")
	flag.Parse()
	data, err := rules.Compile(os.DirFS(*dir), "embedded:")
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}
