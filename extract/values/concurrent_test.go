package values

import (
	"sync"
	"testing"
	"time"

	"github.com/claimex/claimex/document"
)

// TestConcurrentRuns runs one Finder from many goroutines; with -race it
// checks that the Finder keeps no mutable state.
func TestConcurrentRuns(t *testing.T) {
	f := newTestFinder(t)
	text := "Huawei will invest $2bn over the next five years, starting on Tuesday (18 December); sales rose 12.5% to 30,000 units early next year."
	ref := time.Date(2018, 12, 19, 0, 0, 0, 0, time.UTC)
	want := f.find(text, newClock(ref))
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				d := &document.Document{Text: text, Ref: ref}
				if err := f.Run(d); err != nil {
					t.Error(err)
					return
				}
				if len(d.Values) != len(want) {
					t.Errorf("got %d values, want %d", len(d.Values), len(want))
					return
				}
			}
		}()
	}
	wg.Wait()
}
