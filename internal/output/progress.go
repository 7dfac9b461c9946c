package output

import (
	"fmt"
	"io"
	"time"
)

// Progress draws a one-line counter on a terminal: inputs done, rate and errors.
type Progress struct {
	w       io.Writer
	start   time.Time
	last    time.Time
	drawn   bool
	Done    int
	Failed  int
	Skipped int
}

// NewProgress returns a Progress writing to w, a terminal.
func NewProgress(w io.Writer) *Progress {
	now := time.Now()
	return &Progress{w: w, start: now}
}

// Tick redraws the line at most ten times a second.
func (p *Progress) Tick() {
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	p.draw(now)
}

func (p *Progress) draw(now time.Time) {
	rate := float64(p.Done) / max(now.Sub(p.start).Seconds(), 1e-9)
	fmt.Fprintf(p.w, "\r\033[K%d done, %.1f/s, %d failed", p.Done, rate, p.Failed)
	if p.Skipped > 0 {
		fmt.Fprintf(p.w, ", %d skipped", p.Skipped)
	}
	p.drawn = true
}

// Clear erases the line before other output.
func (p *Progress) Clear() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}
