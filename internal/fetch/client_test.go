package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimex/claimex/extract"
)

// server is an httptest server on the loopback address that records the requests it gets.
type server struct {
	*httptest.Server
	mu       sync.Mutex
	requests []*http.Request
	times    []time.Time
}

func newServer(t *testing.T, robots string, h http.HandlerFunc) *server {
	t.Helper()
	s := &server{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.requests = append(s.requests, r)
		s.times = append(s.times, time.Now())
		s.mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			if robots == "" {
				http.NotFound(w, r)
				return
			}
			fmt.Fprint(w, robots)
			return
		}
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *server) paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, r := range s.requests {
		out = append(out, r.URL.Path)
	}
	return out
}

func testClient(opts Options) *Client {
	if opts.Interval == 0 {
		opts.Interval = 10 * time.Millisecond
	}
	if opts.Timeout == 0 {
		opts.Timeout = 5 * time.Second
	}
	return New(opts)
}

const page = "<html><head><title>T</title></head><body><p>Acme said it would invest.</p></body></html>"

func TestFetchPageAndUserAgent(t *testing.T) {
	s := newServer(t, "", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	c := testClient(Options{UserAgent: "claimex/1.2.3 (+https://github.com/claimex/claimex)"})
	p, err := c.Fetch(context.Background(), s.URL+"/a", 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if string(p.Data) != page || p.Format != extract.HTML || p.URL != s.URL+"/a" {
		t.Errorf("page = %q %q %q", p.URL, p.Format, p.Data)
	}
	for _, r := range s.requests {
		if ua := r.Header.Get("User-Agent"); ua != "claimex/1.2.3 (+https://github.com/claimex/claimex)" {
			t.Errorf("%s sent User-Agent %q", r.URL.Path, ua)
		}
	}
	if got := strings.Join(s.paths(), " "); got != "/robots.txt /a" {
		t.Errorf("requests = %s, want robots.txt then the page", got)
	}
}

func TestFetchRedirects(t *testing.T) {
	s := newServer(t, "", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/old":
			http.Redirect(w, r, "/new", http.StatusMovedPermanently)
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		default:
			w.Header().Set("Content-Type", "text/plain")
			fmt.Fprint(w, "moved here")
		}
	})
	c := testClient(Options{MaxRedirects: 3})
	p, err := c.Fetch(context.Background(), s.URL+"/old", 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if p.URL != s.URL+"/new" || p.Format != extract.Text {
		t.Errorf("final URL %q format %q, want %s/new text", p.URL, p.Format, s.URL)
	}
	_, err = c.Fetch(context.Background(), s.URL+"/loop", 1<<20)
	if err == nil || !strings.Contains(err.Error(), "more than 3 redirects") {
		t.Errorf("redirect loop: err = %v", err)
	}
}

func TestFetchRedirectIntoDisallowed(t *testing.T) {
	s := newServer(t, "User-agent: *\nDisallow: /secret\n", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/secret/page", http.StatusFound)
	})
	_, err := testClient(Options{}).Fetch(context.Background(), s.URL+"/open", 1<<20)
	if !errors.Is(err, ErrDisallowed) {
		t.Fatalf("err = %v, want ErrDisallowed", err)
	}
	for _, p := range s.paths() {
		if strings.HasPrefix(p, "/secret") {
			t.Errorf("fetched disallowed %s", p)
		}
	}
}

func TestFetchRobotsDisallow(t *testing.T) {
	s := newServer(t, "User-agent: claimex\nDisallow: /article\n", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page)
	})
	_, err := testClient(Options{}).Fetch(context.Background(), s.URL+"/article", 1<<20)
	if !errors.Is(err, ErrDisallowed) {
		t.Fatalf("err = %v, want ErrDisallowed", err)
	}
	if got := strings.Join(s.paths(), " "); got != "/robots.txt" {
		t.Errorf("requests = %s, want only robots.txt", got)
	}
}

func TestFetchRobotsServerErrorDisallows(t *testing.T) {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, page)
	}))
	defer s.Close()
	_, err := testClient(Options{}).Fetch(context.Background(), s.URL+"/a", 1<<20)
	if !errors.Is(err, ErrDisallowed) {
		t.Fatalf("robots.txt answering 500: err = %v, want ErrDisallowed", err)
	}
}

func TestFetch404(t *testing.T) {
	s := newServer(t, "", http.NotFound)
	_, err := testClient(Options{}).Fetch(context.Background(), s.URL+"/gone", 1<<20)
	if !errors.Is(err, ErrStatus) || !strings.Contains(err.Error(), "404") {
		t.Fatalf("err = %v, want a 404 ErrStatus", err)
	}
}

func TestFetch429RetryAfter(t *testing.T) {
	var mu sync.Mutex
	calls := 0
	s := newServer(t, "", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		calls++
		n := calls
		mu.Unlock()
		if n == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, "ok now")
	})
	start := time.Now()
	p, err := testClient(Options{}).Fetch(context.Background(), s.URL+"/busy", 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if string(p.Data) != "ok now" {
		t.Errorf("body %q", p.Data)
	}
	s.mu.Lock()
	gap := s.times[len(s.times)-1].Sub(s.times[len(s.times)-2])
	s.mu.Unlock()
	if gap < 900*time.Millisecond {
		t.Errorf("retried after %v, want at least the 1s Retry-After", gap)
	}
	if time.Since(start) > 4*time.Second {
		t.Errorf("took %v", time.Since(start))
	}
}

func TestFetch429RetryAfterTooLong(t *testing.T) {
	s := newServer(t, "", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", time.Now().Add(time.Hour).UTC().Format(http.TimeFormat))
		w.WriteHeader(http.StatusTooManyRequests)
	})
	start := time.Now()
	_, err := testClient(Options{MaxWait: time.Second}).Fetch(context.Background(), s.URL+"/busy", 1<<20)
	if !errors.Is(err, ErrStatus) || !strings.Contains(err.Error(), "retry after") {
		t.Fatalf("err = %v, want a 429 naming the retry time", err)
	}
	if time.Since(start) > 2*time.Second {
		t.Errorf("waited %v for a Retry-After past MaxWait", time.Since(start))
	}
}

func TestFetchSlowBodyTimesOut(t *testing.T) {
	s := newServer(t, "", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for {
			if _, err := w.Write([]byte("a")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-time.After(50 * time.Millisecond):
			case <-r.Context().Done():
				return
			}
		}
	})
	start := time.Now()
	_, err := testClient(Options{Timeout: 400 * time.Millisecond}).Fetch(context.Background(), s.URL+"/slow", 1<<20)
	if err == nil || !strings.Contains(err.Error(), "timed out") && !strings.Contains(err.Error(), "deadline") {
		t.Fatalf("err = %v, want a timeout", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestFetchEndlessBodyCapped(t *testing.T) {
	s := newServer(t, "", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		chunk := []byte(strings.Repeat("endless ", 1024))
		for {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	_, err := testClient(Options{}).Fetch(context.Background(), s.URL+"/endless", 100<<10)
	if !errors.Is(err, extract.ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

func TestFetchCharsetFromHeader(t *testing.T) {
	// The bytes are windows-1252 and the header says so; the page's meta wrongly claims UTF-8.
	body := []byte("<html><head><meta charset=\"utf-8\"><title>Caf\xe9</title></head><body><p>Le caf\xe9 co\xfbte 2\x80.</p></body></html>")
	s := newServer(t, "", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		w.Write(body)
	})
	p, err := testClient(Options{}).Fetch(context.Background(), s.URL+"/fr", 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(p.Data), "Le café coûte 2€.") {
		t.Errorf("decoded body = %q", p.Data)
	}
}

func TestFetchRefusesOtherTypes(t *testing.T) {
	s := newServer(t, "", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte{0x89, 'P', 'N', 'G'})
	})
	_, err := testClient(Options{}).Fetch(context.Background(), s.URL+"/img", 1<<20)
	if !errors.Is(err, ErrType) {
		t.Fatalf("err = %v, want ErrType", err)
	}
}

func TestFetchRateLimitPerHost(t *testing.T) {
	s := newServer(t, "User-agent: *\nCrawl-delay: 0.3\n", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "x")
	})
	c := testClient(Options{Interval: 100 * time.Millisecond})
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Fetch(context.Background(), fmt.Sprintf("%s/p%d", s.URL, i), 1<<10); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.times) != 4 {
		t.Fatalf("%d requests, want robots.txt and 3 pages", len(s.times))
	}
	// robots.txt is fetched first; its Crawl-delay then spaces the pages.
	for i := 2; i < len(s.times); i++ {
		if gap := s.times[i].Sub(s.times[i-1]); gap < 280*time.Millisecond {
			t.Errorf("requests %d and %d were %v apart, want the 0.3s Crawl-delay", i-1, i, gap)
		}
	}
}

func TestFetchBadURL(t *testing.T) {
	for _, u := range []string{"ftp://127.0.0.1/x", "http://", "http://%zz"} {
		if _, err := testClient(Options{}).Fetch(context.Background(), u, 10); !errors.Is(err, ErrURL) {
			t.Errorf("Fetch(%q) err = %v, want ErrURL", u, err)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		v    string
		want time.Duration
		ok   bool
	}{
		{"120", 2 * time.Minute, true},
		{"Thu, 01 Jan 2026 00:00:30 GMT", 30 * time.Second, true},
		{"Wed, 31 Dec 2025 23:00:00 GMT", 0, true},
		{"-1", 0, false},
		{"soon", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := retryAfter(tt.v, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("retryAfter(%q) = %v, %v; want %v, %v", tt.v, got, ok, tt.want, tt.ok)
		}
	}
}

// TestRobotsFetchedOnceConcurrently checks that pages of one site fetched
// at the same time ask for its robots.txt once, and share it without a data
// race (run under -race: the entry's fetch time is read by every later get).
func TestRobotsFetchedOnceConcurrently(t *testing.T) {
	s := newServer(t, "User-agent: *\nAllow: /\n", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page)
	})
	c := testClient(Options{Interval: time.Millisecond})
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Fetch(context.Background(), fmt.Sprintf("%s/a%d", s.URL, i), 1<<20); err != nil {
				t.Errorf("fetch %d: %v", i, err)
			}
		}()
	}
	wg.Wait()
	n := 0
	for _, p := range s.paths() {
		if p == "/robots.txt" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("robots.txt asked for %d times, want once", n)
	}
}
