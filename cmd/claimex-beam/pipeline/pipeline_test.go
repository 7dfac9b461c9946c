package pipeline

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/claimex/claimex/internal/crawl"
)

func init() {
	register.Function1x1(shardRecords)
}

// shardRecords is the number of records a shard wrote.
func shardRecords(sh Shard) int { return sh.Records }

func TestMain(m *testing.M) {
	ptest.Main(m) // Prism, the Go SDK's default runner, unless --runner says otherwise
}

const corpusDir = "../../../testdata/articles"

// writeShards archives the corpus articles round-robin into n WARC shards,
// and adds one damaged shard: a crawl cut inside its third record.
func writeShards(t *testing.T, dir string, n int) []string {
	t.Helper()
	var articles []string
	for _, pat := range []string{"*.html", "*.txt"} {
		m, _ := filepath.Glob(filepath.Join(corpusDir, pat))
		articles = append(articles, m...)
	}
	sort.Strings(articles)
	var paths []string
	for i := range n {
		var part []string
		for j := i; j < len(articles); j += n {
			part = append(part, articles[j])
		}
		var buf bytes.Buffer
		if err := crawl.WriteCorpus(&buf, part, true); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, fmt.Sprintf("shard-%d.warc.gz", i))
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	var buf bytes.Buffer
	if err := crawl.WriteCorpus(&buf, articles[:4], true); err != nil {
		t.Fatal(err)
	}
	damaged := buf.Bytes()
	damaged = append(slices.Clone(damaged[:len(damaged)/2]), damaged[len(damaged)/2+100:]...)
	p := filepath.Join(dir, "damaged.warc.gz")
	if err := os.WriteFile(p, damaged, 0o644); err != nil {
		t.Fatal(err)
	}
	return append(paths, p)
}

// cliRecords runs claimex extract --format jsonl on paths and returns its
// lines sorted.
func cliRecords(t *testing.T, paths []string) []string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "claimex")
	build := exec.Command("go", "build", "-o", bin, "./cmd/claimex")
	build.Dir = "../../.." // the core module, with its own go.mod
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building claimex: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, append([]string{"extract", "--format", "jsonl", "--quiet"}, paths...)...).Output()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1) {
		t.Fatalf("claimex extract: %v", err)
	}
	return sortedLines(string(out))
}

func sortedLines(s string) []string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	return lines
}

// TestPipelineMatchesCLI runs the pipeline on four shards and a damaged one
// and compares its part files with claimex extract on the same files.
func TestPipelineMatchesCLI(t *testing.T) {
	in, out := t.TempDir(), filepath.Join(t.TempDir(), "out")
	paths := writeShards(t, in, 4)
	want := cliRecords(t, paths)
	wantErrors := 0
	for _, line := range want {
		if strings.Contains(line, `"error":`) {
			wantErrors++
		}
	}
	if wantErrors == 0 || wantErrors == len(want) {
		t.Fatalf("the CLI gave %d error records of %d: the damaged shard should give some", wantErrors, len(want))
	}
	p, s := beam.NewPipelineWithRoot()
	shards := Build(s, Config{Output: out}, []string{filepath.Join(in, "*.warc.gz")})
	passert.Count(s, shards, "shards", len(paths))
	records := beam.ParDo(s, shardRecords, shards)
	passert.Equals(s, stats.Sum(s, records), len(want))
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatal(err)
	}
	counters := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		counters[c.Key.Name] += c.Result()
	}
	if counters["pages"] != int64(len(want)-wantErrors) || counters["errors"] != int64(wantErrors) || counters["skipped"] < 4 {
		t.Errorf("counters %v, want %d pages, %d errors, an image skipped a shard", counters, len(want)-wantErrors, wantErrors)
	}
	parts, err := filepath.Glob(filepath.Join(out, "*.jsonl"))
	if err != nil || len(parts) != len(paths) {
		t.Fatalf("%d part files, want one per input (%d): %v", len(parts), len(paths), err)
	}
	var beamOut strings.Builder
	for _, part := range parts {
		data, err := os.ReadFile(part)
		if err != nil {
			t.Fatal(err)
		}
		beamOut.Write(data)
	}
	got := sortedLines(beamOut.String())
	if !slices.Equal(got, want) {
		t.Errorf("Beam and CLI records differ: %d lines vs %d", len(got), len(want))
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Errorf("first difference:\nbeam %.300s\ncli  %.300s", got[i], want[i])
				break
			}
		}
	}
}

func TestShardNames(t *testing.T) {
	a, b := ShardName("/crawl/x/part.warc.gz"), ShardName("/crawl/y/part.warc.gz")
	if a == b || !strings.HasPrefix(a, "part-") || !strings.HasSuffix(a, ".jsonl") {
		t.Errorf("shard names %q and %q", a, b)
	}
	if ShardName("/crawl/x/part.warc.gz") != a {
		t.Error("shard names are not stable")
	}
}

func TestCheckOutputRefusesPartFiles(t *testing.T) {
	dir := t.TempDir()
	if err := CheckOutput(t.Context(), dir); err != nil {
		t.Fatalf("empty folder refused: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a-1234.jsonl"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := CheckOutput(t.Context(), dir); err == nil {
		t.Error("folder with part files accepted")
	}
}
