package claims

import "sync"

// tables are the per-token tables and the drafts of a run, which a Finder
// keeps between documents rather than making them afresh for each: they
// were about two fifths of what the stage allocates a document.
type tables struct {
	i32    []int32 // backing of the run's int32 tables, one or more per token
	drafts []draft // zero beyond the length a run leaves
}

// tablePool holds the tables of finished runs, for any Finder: they hold
// nothing of the Finder's.
var tablePool = sync.Pool{New: func() any { return new(tables) }}

// perToken is how many int32 tables of one entry a token newRun carves
// from tables.i32: lowOf, ids, sent, quoteOf, opensAt and wordN (which has
// one entry more).
const perToken = 6

// carve sets r's int32 tables for its tokens from t, growing t when it is
// too small. Each table is written in full before it is read.
func (r *run) carve(t *tables) {
	n := len(r.toks)
	need := perToken*n + 1
	if cap(t.i32) < need {
		t.i32 = make([]int32, need)
	}
	buf := t.i32[:need]
	next := func(m int) []int32 {
		s := buf[:m:m]
		buf = buf[m:]
		return s
	}
	r.lowOf, r.ids, r.sent, r.quoteOf, r.opensAt = next(n), next(n), next(n), next(n), next(n)
	r.wordN = next(n + 1)
	r.drafts = t.drafts[:0]
	if cap(r.drafts) < len(r.sents) {
		// About one draft a sentence: sized once, rather than grown through
		// copies that a long article's drafts would make many times over.
		r.drafts = make([]draft, 0, len(r.sents))
	}
	r.tables = t
}

// release returns r's tables to the pool, its drafts cleared so that they
// hold no claimant, once the run's claims are made.
func (r *run) release() {
	t := r.tables
	clear(r.drafts)
	t.drafts = r.drafts[:0]
	r.tables = nil
	tablePool.Put(t)
}
