package pipeline

import (
	"context"
	"fmt"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// CheckOutput refuses an output folder that already holds part files, so a
// second run never silently replaces the records of a first.
func CheckOutput(ctx context.Context, dir string) error {
	fsys, err := filesystem.New(ctx, dir)
	if err != nil {
		return fmt.Errorf("output %s: %w", dir, err)
	}
	defer fsys.Close()
	found, err := fsys.List(ctx, strings.TrimSuffix(dir, "/")+"/*.jsonl")
	if err != nil {
		return nil // a folder that does not exist yet holds nothing
	}
	if len(found) > 0 {
		return fmt.Errorf("output %s already holds %d part files (%s, ...): choose an empty folder", dir, len(found), found[0])
	}
	return nil
}
