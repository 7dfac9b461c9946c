package fetch

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"
	"time"
)

// robotsMaxBytes is how much of a robots.txt is read; RFC 9309 asks for at least 500 KiB.
const robotsMaxBytes = 512 << 10

// robotsTTL is how long a robots.txt is trusted; RFC 9309 says no more than a day.
const robotsTTL = 24 * time.Hour

// robotsCache fetches each site's robots.txt once and shares it between goroutines.
type robotsCache struct {
	c       *Client
	mu      sync.Mutex
	entries map[string]*robotsEntry // by scheme://host
}

type robotsEntry struct {
	ready   chan struct{}
	robots  *Robots
	fetched time.Time
}

func newRobotsCache(c *Client) *robotsCache {
	return &robotsCache{c: c, entries: map[string]*robotsEntry{}}
}

// allowed fails with ErrDisallowed when u's robots.txt forbids it.
func (c *Client) allowed(ctx context.Context, u *url.URL) error {
	r := c.robots.get(ctx, u)
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !r.Allowed(path) {
		return fmt.Errorf("%w: %s", ErrDisallowed, u.Redacted())
	}
	return nil
}

func (rc *robotsCache) get(ctx context.Context, u *url.URL) *Robots {
	key := u.Scheme + "://" + u.Host
	rc.mu.Lock()
	e := rc.entries[key]
	if e != nil && !e.fetched.IsZero() && time.Since(e.fetched) > robotsTTL {
		e = nil
	}
	if e == nil {
		e = &robotsEntry{ready: make(chan struct{})}
		rc.entries[key] = e
		rc.mu.Unlock()
		robots := rc.fetch(ctx, key, u.Host)
		// fetched is read under the lock by every later get, to expire the
		// entry, so it is written under it too.
		rc.mu.Lock()
		e.robots, e.fetched = robots, time.Now()
		if ctx.Err() != nil { // cancelled, not answered: ask again next time
			delete(rc.entries, key)
		}
		rc.mu.Unlock()
		close(e.ready)
		return robots
	}
	rc.mu.Unlock()
	select {
	case <-e.ready:
		return e.robots
	case <-ctx.Done():
		return disallowAll
	}
}

// fetch reads key's robots.txt: a 4xx answer allows everything; a server or
// network error, or a 429, disallows everything (RFC 9309, 2.3.1.3–4).
func (rc *robotsCache) fetch(ctx context.Context, key, host string) *Robots {
	if err := rc.c.limits.wait(ctx, host); err != nil {
		return disallowAll
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, key+"/robots.txt", nil)
	if err != nil {
		return disallowAll
	}
	req.Header.Set("User-Agent", rc.c.opts.UserAgent)
	client := &http.Client{Transport: rc.c.opts.Transport, Timeout: rc.c.opts.Timeout}
	resp, err := client.Do(req) // the default policy follows up to 10 redirects; the RFC asks for 5 or more
	if err != nil {
		return disallowAll
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		return disallowAll
	case resp.StatusCode >= 400:
		return AllowAll
	case resp.StatusCode >= 300:
		return AllowAll // a redirect loop past the limit counts as unavailable
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, robotsMaxBytes))
	if err != nil {
		return disallowAll
	}
	r := ParseRobots(data, rc.c.opts.Agent)
	if r.CrawlDelay > 0 {
		rc.c.limits.setDelay(host, r.CrawlDelay)
	}
	return r
}
