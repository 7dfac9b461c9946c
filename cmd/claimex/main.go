// Command claimex turns news articles into structured, checkable claims.
package main

import (
	"os"

	"github.com/claimex/claimex/cmd"
)

func main() { os.Exit(cmd.Main()) }
