package values

import "testing"

// TestClassTableCandidate checks that every known name finds its own number,
// through a slot of its own or a shared one, and that an unknown name finds
// none or a number whose name differs from it.
func TestClassTableCandidate(t *testing.T) {
	tab := newClassTable()
	var names []string
	for _, a := range "abcdefghijklmnopqrstuvwxyz" {
		for _, b := range "abcdefghij" {
			names = append(names, "time."+string(a)+string(b))
		}
	}
	for _, n := range names {
		tab.intern(n)
	}
	tab.index()
	// Mark the slots of every other name shared, as index does when names
	// collide, so that both paths are taken.
	for i, n := range names {
		if i%2 == 0 {
			tab.slots[tab.slot(classKey(n))] = slotShared
		}
	}
	for i, n := range names {
		if got := tab.candidate(n); got != int32(i) {
			t.Errorf("%q: number %d, want %d", n, got, i)
		}
	}
	for _, n := range []string{"", "time.", "time.zz", "number.unit"} {
		if c := tab.candidate(n); c >= 0 && tab.names[c] == n {
			t.Errorf("unknown %q found as %d", n, c)
		}
	}
}

// TestClassSetRank checks ranks across words of the set.
func TestClassSetRank(t *testing.T) {
	var s classSet
	for _, id := range []int32{3, 70, 64, 200} {
		s = s.add(id)
	}
	for id, want := range map[int32]int{3: 0, 64: 1, 70: 2, 200: 3} {
		if r, ok := s.rank(id); !ok || r != want {
			t.Errorf("rank(%d) = %d, %v; want %d", id, r, ok, want)
		}
	}
	for _, id := range []int32{0, 63, 65, 199, 300} {
		if _, ok := s.rank(id); ok {
			t.Errorf("%d is a member", id)
		}
	}
}
