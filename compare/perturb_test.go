package compare

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimex/claimex/extract"
)

// article is one report of the corpus, raw.
type article struct {
	name, ext, text string
}

// corpus reads every article of testdata: the expectation corpus and the compare events.
func corpus(t testing.TB) []article {
	t.Helper()
	var out []article
	for _, pat := range []string{"articles/*.txt", "articles/*.html", "compare/*/*.txt"} {
		files, err := filepath.Glob(filepath.Join("..", "testdata", pat))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			ext := filepath.Ext(f)
			out = append(out, article{strings.TrimSuffix(filepath.Base(f), ext), ext, string(data)})
		}
	}
	if len(out) < 20 {
		t.Fatalf("corpus has %d articles", len(out))
	}
	return out
}

var numberRun = regexp.MustCompile(`[0-9]+`)

// perturb returns a variant of text as another outlet might write it: a
// number changed, two paragraphs swapped, a paragraph dropped, or one
// repeated at the end, chosen by r.
func perturb(text string, r *rand.Rand) string {
	switch r.IntN(4) {
	case 0:
		locs := numberRun.FindAllStringIndex(text, -1)
		if len(locs) == 0 {
			return text
		}
		l := locs[r.IntN(len(locs))]
		n, _ := strconv.Atoi(text[l[0]:l[1]])
		return text[:l[0]] + strconv.Itoa(n+1+r.IntN(9)) + text[l[1]:]
	case 1, 2:
		sep := "\n\n"
		if !strings.Contains(text, sep) {
			sep = "\n"
		}
		paras := strings.Split(text, sep)
		if len(paras) < 4 {
			return text
		}
		i := 1 + r.IntN(len(paras)-2)
		if r.IntN(2) == 0 {
			paras[i], paras[i+1] = paras[i+1], paras[i]
		} else {
			paras = append(paras[:i], paras[i+1:]...)
		}
		return strings.Join(paras, sep)
	}
	// A paragraph repeated further down, as a wire story's update might.
	paras := strings.Split(text, "\n\n")
	if len(paras) < 3 {
		return text
	}
	return text + "\n\n" + paras[1+r.IntN(len(paras)-2)]
}

// perturbedCorpus returns n articles: the corpus over and over, each copy
// perturbed once or twice, deterministically.
func perturbedCorpus(t testing.TB, n int) []article {
	base := corpus(t)
	r := rand.New(rand.NewPCG(17, 1000))
	out := make([]article, n)
	for i := range out {
		a := base[i%len(base)]
		text := perturb(a.text, r)
		if r.IntN(2) == 0 {
			text = perturb(text, r)
		}
		out[i] = article{fmt.Sprintf("%04d-%s", i, a.name), a.ext, text}
	}
	return out
}

// extractAll runs the pipeline on every article.
func extractAll(t testing.TB, arts []article) []Input {
	x := newExtractor(t)
	ref := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	inputs := make([]Input, len(arts))
	for i, a := range arts {
		format := extract.Text
		if a.ext == ".html" {
			format = extract.HTML
		}
		d, err := x.Extract(context.Background(), []byte(a.text), extract.Input{Source: a.name + a.ext, Format: format, Reference: ref})
		if err != nil {
			inputs[i] = Input{Source: a.name, Err: err}
			continue
		}
		rec := extract.NewRecord(d)
		inputs[i] = Input{Record: &rec}
	}
	return inputs
}

// TestBlockingIsNearLinear checks that blocking scores a small share of all
// pairs, and that the share falls as the corpus grows.
func TestBlockingIsNearLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 300 articles")
	}
	c := newComparer(t).cfg
	share := func(n int) float64 {
		inputs := extractAll(t, perturbedCorpus(t, n))
		docs := make([]*extract.Record, len(inputs))
		for i, in := range inputs {
			docs[i] = in.Record
			if docs[i] == nil {
				docs[i] = &extract.Record{}
			}
		}
		items := c.items(docs, c.linkEntities(docs))
		pairs := 0
		c.block(items).pairs(len(items), func(i, j int) { pairs++ })
		all := len(items) * (len(items) - 1) / 2
		t.Logf("%d articles, %d claims: %d candidate pairs of %d (%.2f%%)", n, len(items), pairs, all, 100*float64(pairs)/float64(all))
		return float64(pairs) / float64(all)
	}
	small, large := share(100), share(300)
	if large > 0.10 {
		t.Errorf("blocking keeps %.1f%% of all pairs of 300 articles", 100*large)
	}
	if large >= small {
		t.Errorf("the share of pairs scored grew with the corpus: %.3f then %.3f", small, large)
	}
}

// TestWritePerturbedCorpus writes the 1,000 perturbed articles for timing
// the command line: CLAIMEX_PERTURBED_DIR=dir go test ./compare -run WritePerturbed
func TestWritePerturbedCorpus(t *testing.T) {
	dir := os.Getenv("CLAIMEX_PERTURBED_DIR")
	if dir == "" {
		t.Skip("set CLAIMEX_PERTURBED_DIR to write the corpus")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, a := range perturbedCorpus(t, 1000) {
		p := filepath.Join(dir, a.name+a.ext)
		if _, err := os.Stat(p); err == nil {
			t.Fatalf("%s exists: refusing to overwrite", p)
		}
		if err := os.WriteFile(p, []byte(a.text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// BenchmarkCompare1000 compares the records of 1,000 perturbed articles
// (extracted once, outside the timer).
func BenchmarkCompare1000(b *testing.B) {
	inputs := extractAll(b, perturbedCorpus(b, 1000))
	c := newComparer(b)
	b.ResetTimer()
	for range b.N {
		rep := c.Compare(inputs)
		if len(rep.Groups) == 0 {
			b.Fatal("no groups")
		}
	}
}
