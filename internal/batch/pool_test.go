package batch

import (
	"errors"
	"fmt"
	"iter"
	"math/rand/v2"
	"testing"
	"time"
)

func seq(n int) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for i := range n {
			it := Item{Source: fmt.Sprint(i)}
			if i%7 == 3 {
				it.Err = errors.New("bad input")
			}
			if !yield(it) {
				return
			}
		}
	}
}

func TestRunKeepsInputOrder(t *testing.T) {
	var got []string
	calls := 0
	Run(seq(500), 4, func(it Item) (string, error) {
		time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
		return "r" + it.Source, nil
	}, func(r Result[string]) bool {
		calls++
		want := fmt.Sprint(len(got))
		if r.Item.Source != want {
			t.Fatalf("result %d is for input %s", len(got), r.Item.Source)
		}
		if (r.Err != nil) != (len(got)%7 == 3) {
			t.Errorf("input %s: err %v", want, r.Err)
		}
		if r.Err == nil && r.Value != "r"+want {
			t.Errorf("input %s: value %q", want, r.Value)
		}
		got = append(got, r.Item.Source)
		return true
	})
	if calls != 500 {
		t.Errorf("%d results, want 500", calls)
	}
}

func TestRunStopsEarly(t *testing.T) {
	n := 0
	done := make(chan struct{})
	go func() {
		Run(seq(1_000_000), 2, func(it Item) (int, error) { return 0, nil }, func(r Result[int]) bool {
			n++
			return n < 10
		})
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop when emit returned false")
	}
	if n != 10 {
		t.Errorf("emit called %d times, want 10", n)
	}
}
