package values

// texpr reads the longest single time expression at token i.
func (sc *scan) texpr(i int) (tx, bool) {
	if i >= len(sc.ts) || sc.depth > maxDepth {
		return tx{}, false
	}
	top := sc.depth == 0
	if top {
		if m, ok := sc.memo.get(i); ok {
			return m.x, m.ok
		}
	}
	sc.depth++
	x, ok := sc.texprAt(i)
	sc.depth--
	if top {
		// Only answers begun at the top are kept: a nested call may have been
		// cut short by the depth bound.
		sc.memo.put(i, len(sc.ts), txMemo{x: x, ok: ok})
	}
	return x, ok
}

// txMemos holds texpr's answers by token: slot[i] is one more than the
// index of token i's time in times, -1 when token i starts none, and 0 when
// token i was not asked. It costs four bytes a token and one time per token
// that starts one, and no hashing.
type txMemos struct {
	slot  []int32
	times []tx
}

// get returns the answer kept for token i.
func (m *txMemos) get(i int) (txMemo, bool) {
	if i < 0 || i >= len(m.slot) || m.slot[i] == 0 {
		return txMemo{}, false
	}
	if m.slot[i] < 0 {
		return txMemo{}, true
	}
	return txMemo{x: m.times[m.slot[i]-1], ok: true}, true
}

// put keeps the answer for token i of a text of n tokens. A failed answer
// holds no time (texprAt returns the zero tx with it).
func (m *txMemos) put(i, n int, a txMemo) {
	if m.slot == nil {
		m.slot = make([]int32, n)
	}
	if i < 0 || i >= len(m.slot) {
		return
	}
	if !a.ok {
		m.slot[i] = -1
		return
	}
	m.times = append(m.times, a.x)
	m.slot[i] = int32(len(m.times))
}

// maxDepth bounds how deeply time expressions may nest ("3 days after the
// first Monday of ..."), so that chains of them cost linear time.
const maxDepth = 4

// txMemo is texpr's answer at one token, computed once per scan.
type txMemo struct {
	x  tx
	ok bool
}

// timeReaders are the readers of one time expression texprAt tries, in
// order. Method expressions, unlike method values, cost nothing to build
// per call. They are set by init, as some readers call texprAt.
var timeReaders []func(*scan, int) (tx, bool)

func init() {
	timeReaders = []func(*scan, int) (tx, bool){
		(*scan).numericDate, (*scan).monthFirst, (*scan).dayFirst, (*scan).yearFirst, (*scan).relative, (*scan).weekdayExpr,
		(*scan).nthOf, (*scan).holiday, (*scan).quarterExpr, (*scan).partOf, (*scan).seasonExpr, (*scan).offset, (*scan).anchoredWeekday,
	}
}

// texprAt is texpr without the memo.
func (sc *scan) texprAt(i int) (tx, bool) {
	var best tx
	found := false
	for _, p := range timeReaders {
		if x, ok := p(sc, i); ok && x.end > i && (!found || x.end > best.end) {
			best, found = x, true
		}
	}
	return best, found
}
