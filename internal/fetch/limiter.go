package fetch

import (
	"context"
	"sync"
	"time"
)

// limiter spaces requests to each host by an interval, which a host's
// Crawl-delay may raise and its Retry-After may hold back further.
type limiter struct {
	mu       sync.Mutex
	interval time.Duration
	maxWait  time.Duration
	next     map[string]time.Time     // earliest time of the host's next request
	delay    map[string]time.Duration // the host's Crawl-delay, when above interval
}

func newLimiter(interval, maxWait time.Duration) *limiter {
	return &limiter{interval: interval, maxWait: maxWait, next: map[string]time.Time{}, delay: map[string]time.Duration{}}
}

// wait blocks until host may be sent a request, and books the slot.
func (l *limiter) wait(ctx context.Context, host string) error {
	l.mu.Lock()
	now := time.Now()
	at := l.next[host]
	if at.Before(now) {
		at = now
	}
	gap := l.interval
	if d := l.delay[host]; d > gap {
		gap = d
	}
	l.next[host] = at.Add(gap)
	l.mu.Unlock()
	d := time.Until(at)
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// hold keeps host's next request from starting before until.
func (l *limiter) hold(host string, until time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if until.After(l.next[host]) {
		l.next[host] = until
	}
}

// setDelay applies a robots.txt Crawl-delay, capped at maxWait.
func (l *limiter) setDelay(host string, d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.delay[host] = min(d, l.maxWait)
}
