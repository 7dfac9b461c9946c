package cmd

import (
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkExtractBoilerDev runs `extract --format jsonl` over the 181
// boiler-dev pages in-process, with the command's reading, encoding and
// writing around the pipeline: against extract's BenchmarkPipelineBoilerDev,
// it shows what the command adds. With -benchmem, B/op is the run's
// allocation, which paces its collections.
func BenchmarkExtractBoilerDev(b *testing.B) {
	dir := "../../shared/eval/data/boiler-dev/html"
	if names, _ := filepath.Glob(filepath.Join(dir, "*.html")); len(names) == 0 {
		b.Skipf("no pages under %s", dir)
	}
	for b.Loop() {
		var errs strings.Builder
		code := Run([]string{"extract", "--format", "jsonl", "--workers", "1", dir}, streams{in: strings.NewReader(""), out: io.Discard, err: &errs})
		if code != ExitOK {
			b.Fatalf("exit %d: %s", code, errs.String())
		}
	}
}
