package compare

import (
	"math"
	"strconv"
)

// blocks maps each blocking key to the claims holding it. Only pairs of
// claims sharing a key are ever scored: their claimant, a linked entity, a
// value's slot (with currency or unit and year), or a content word. A key
// held by more than block_max claims tells nothing and is dropped.
type blocks struct {
	keys    [][]string       // per item
	members map[string][]int // key → items, ascending
}

func (c *config) block(items []item) *blocks {
	b := &blocks{keys: make([][]string, len(items)), members: map[string][]int{}}
	for i := range items {
		ks := blockKeys(&items[i])
		b.keys[i] = ks
		for _, k := range ks {
			b.members[k] = append(b.members[k], i)
		}
	}
	for k, m := range b.members {
		if len(m) < 2 || len(m) > c.w.blockMax {
			delete(b.members, k)
		}
	}
	return b
}

// blockKeys lists an item's keys, each once.
func blockKeys(it *item) []string {
	seen := map[string]bool{}
	var out []string
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	if it.claimant != "" {
		add("c" + it.claimant)
	}
	for _, x := range it.entities {
		add("e" + strconv.Itoa(int(x)))
	}
	for _, f := range it.facts {
		k := "v" + f.slot + "|" + f.key
		if f.slot == SlotDate && f.ok {
			k += "|" + strconv.Itoa(int(math.Floor(f.lo/365.25)))
		}
		add(k)
	}
	for _, w := range it.words.words {
		add("w" + strconv.Itoa(int(w)))
	}
	for _, w := range it.words.compounds {
		add("w" + strconv.Itoa(int(w)))
	}
	return out
}

// pairs calls fn once for every candidate pair (i < j) sharing a kept key,
// in ascending order of i.
func (b *blocks) pairs(n int, fn func(i, j int)) {
	stamp := make([]int, n)
	for i := range stamp {
		stamp[i] = -1
	}
	for i := 0; i < n; i++ {
		for _, k := range b.keys[i] {
			for _, j := range b.members[k] {
				if j > i && stamp[j] != i {
					stamp[j] = i
					fn(i, j)
				}
			}
		}
	}
}
