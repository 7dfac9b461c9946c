package pipeline

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/claimex/claimex/internal/crawl"
)

// writeCopies writes n shards, each holding copies of every corpus article
// under ids of their own, generated here rather than committed.
func writeCopies(t *testing.T, dir string, shards, copies int) (paths []string, pages int) {
	t.Helper()
	articles, _ := filepath.Glob(filepath.Join(corpusDir, "*.html"))
	txt, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	articles = append(articles, txt...)
	for i := range shards {
		var buf bytes.Buffer
		w := crawl.Writer{W: &buf, Gzip: true}
		for c := range copies {
			for _, a := range articles {
				body, err := os.ReadFile(a)
				if err != nil {
					t.Fatal(err)
				}
				id := fmt.Sprintf("<urn:claimex:%d-%d-%s>", i, c, filepath.Base(a))
				ct := "text/plain; charset=utf-8"
				if filepath.Ext(a) == ".html" {
					ct = "text/html; charset=utf-8"
				}
				if err := w.WriteResponse(crawl.Response{ID: id, URL: "https://news.example/" + filepath.Base(a), Date: crawl.CorpusDate, ContentType: ct, Body: body}); err != nil {
					t.Fatal(err)
				}
			}
		}
		p := filepath.Join(dir, fmt.Sprintf("copies-%d.warc.gz", i))
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths, shards * copies * len(articles)
}

// TestWallTimeNearCLI runs four shards through the pipeline on Prism and
// through claimex extract, side by side: the pipeline's wall time stays
// within three times the command line's.
func TestWallTimeNearCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("times two runs over about 4,000 pages")
	}
	in := t.TempDir()
	paths, pages := writeCopies(t, in, 4, 50)
	bin := filepath.Join(t.TempDir(), "claimex")
	build := exec.Command("go", "build", "-o", bin, "./cmd/claimex")
	build.Dir = "../../.."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building claimex: %v\n%s", err, out)
	}
	start := time.Now()
	cli := exec.Command(bin, append([]string{"extract", "--format", "jsonl", "--quiet", "-o", filepath.Join(t.TempDir(), "cli.jsonl")}, paths...)...)
	if out, err := cli.CombinedOutput(); err != nil {
		t.Fatalf("claimex extract: %v\n%s", err, out)
	}
	cliTime := time.Since(start)

	start = time.Now()
	p, s := beam.NewPipelineWithRoot()
	Build(s, Config{Output: filepath.Join(t.TempDir(), "out")}, []string{filepath.Join(in, "*.warc.gz")})
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	beamTime := time.Since(start)
	t.Logf("4 shards, %d pages: claimex extract %v, claimex-beam on Prism %v (%.2fx)", pages, cliTime.Round(time.Millisecond), beamTime.Round(time.Millisecond), beamTime.Seconds()/cliTime.Seconds())
	if beamTime > 3*cliTime {
		t.Errorf("pipeline took %v, over three times the command line's %v", beamTime, cliTime)
	}
}
