package batch

import (
	"iter"
	"sync"
)

// Result is the outcome for one item.
type Result[R any] struct {
	Item  Item
	Value R
	Err   error
}

// Run processes items on workers goroutines and calls emit with each result in
// input order. At most a few results per worker are held at once, so memory
// stays flat however many items there are. Run stops early when emit returns
// false.
func Run[R any](items iter.Seq[Item], workers int, process func(Item) (R, error), emit func(Result[R]) bool) {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		item Item
		out  chan Result[R]
	}
	jobs := make(chan job)
	order := make(chan chan Result[R], workers*2)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := Result[R]{Item: j.item}
				if j.item.Err != nil {
					r.Err = j.item.Err
				} else {
					r.Value, r.Err = process(j.item)
				}
				j.out <- r
			}
		}()
	}
	go func() {
		defer close(order)
		defer close(jobs)
		for it := range items {
			out := make(chan Result[R], 1)
			select {
			case order <- out:
			case <-stop:
				return
			}
			select {
			case jobs <- job{item: it, out: out}:
			case <-stop:
				return
			}
		}
	}()
	for out := range order {
		if !emit(<-out) {
			close(stop)
			for range order { // let the producer see stop
			}
			break
		}
	}
	wg.Wait()
}
