package clean

import (
	"encoding/binary"
	"hash/maphash"
)

// tokenTable numbers class tokens: each token it holds maps to the index
// of its facts in [tokenCues]. It is an open-addressing hash table whose
// keys lie one after another in a single arena, so that a lookup reads one
// slot and one stretch of the arena: the table is read for every class
// token of every page, between parses that push it out of the cache, and a
// map of strings would read a control word, a slot and a key allocated
// apart from both.
type tokenTable struct {
	slots []tokenSlot // a power of two long, at most 3/4 full
	arena []byte      // each key: its length (one byte), its facts' index (two), its bytes
	n     int
}

// tokenSlot is one slot of [tokenTable]: where its key starts in the arena
// plus one (0 when empty), and the high bits of the key's hash.
type tokenSlot struct {
	at  uint32
	tag uint32
}

// maxTableToken is the longest token the table holds: its length is one byte.
const maxTableToken = 255

// tokenSeed seeds the table's hash, which only this process reads.
var tokenSeed = maphash.MakeSeed()

// get returns the facts' index of tok, and whether the table holds it.
func (t *tokenTable) get(tok string) (uint16, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	h := maphash.String(tokenSeed, tok)
	tag, mask := uint32(h>>32), len(t.slots)-1
	for i := int(h) & mask; t.slots[i].at != 0; i = (i + 1) & mask {
		if sl := t.slots[i]; sl.tag == tag {
			if k, key := t.entry(sl.at - 1); string(key) == tok {
				return k, true
			}
		}
	}
	return 0, false
}

// entry returns the facts' index and the key of the arena entry at off.
func (t *tokenTable) entry(off uint32) (uint16, []byte) {
	n := int(t.arena[off])
	k := binary.LittleEndian.Uint16(t.arena[off+1:])
	return k, t.arena[off+3 : int(off)+3+n]
}

// put adds tok, which the table does not hold and is at most
// maxTableToken bytes long, with its facts' index k.
func (t *tokenTable) put(tok string, k uint16) {
	if (t.n+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	off := uint32(len(t.arena))
	t.arena = append(t.arena, byte(len(tok)), byte(k), byte(k>>8))
	t.arena = append(t.arena, tok...)
	t.place(maphash.String(tokenSeed, tok), off)
	t.n++
}

// place stores the entry at off, whose key hashes to h, in the first free
// slot of its probe.
func (t *tokenTable) place(h uint64, off uint32) {
	mask := len(t.slots) - 1
	i := int(h) & mask
	for t.slots[i].at != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = tokenSlot{at: off + 1, tag: uint32(h >> 32)}
}

// grow doubles the slots, from 1024.
func (t *tokenTable) grow() {
	old := t.slots
	t.slots = make([]tokenSlot, max(2*len(old), 1024))
	for _, sl := range old {
		if sl.at != 0 {
			_, key := t.entry(sl.at - 1)
			t.place(maphash.Bytes(tokenSeed, key), sl.at-1)
		}
	}
}
