// Package fetch downloads articles politely: it names itself, honours
// robots.txt and Retry-After, spaces requests to one host, limits time,
// redirects and body size, and decodes the body by its declared charset.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/claimex/claimex/extract"
)

// Options configure a [Client]; zero fields take the defaults named.
type Options struct {
	// Agent is the product token matched against robots.txt groups; default "claimex".
	Agent string
	// UserAgent is the User-Agent header; default Agent.
	UserAgent string
	// Timeout limits one request, body included; default 30s.
	Timeout time.Duration
	// MaxRedirects is the number of redirects followed; default 5.
	MaxRedirects int
	// Interval is the least time between two requests to one host; default 1s.
	// A robots.txt Crawl-delay raises it for that host, up to MaxWait.
	Interval time.Duration
	// Retries is how often a 429 or 503 answer with Retry-After is retried; default 2.
	Retries int
	// MaxWait is the longest Retry-After or Crawl-delay obeyed; default 30s.
	// A longer Retry-After fails the request instead.
	MaxWait time.Duration
	// Transport sends the requests; default a clone of http.DefaultTransport.
	Transport http.RoundTripper
}

// Client fetches pages. It is safe for concurrent use; its rate limit and
// robots.txt cache are shared by every goroutine using it.
type Client struct {
	opts   Options
	http   *http.Client
	limits *limiter
	robots *robotsCache
}

// Page is a fetched article.
type Page struct {
	// URL is the final URL, after redirects.
	URL string
	// Data is the body, decoded to UTF-8 when the headers name a charset.
	Data []byte
	// Format is HTML or Text by the Content-Type, "" when it does not say.
	Format extract.InputFormat
}

// Errors a fetch can fail with, wrapped with the details.
var (
	ErrDisallowed = errors.New("disallowed by robots.txt")
	ErrStatus     = errors.New("http error")
	ErrURL        = errors.New("not an http(s) URL")
	ErrType       = errors.New("not a text or HTML page")
)

// IsURL reports whether arg names an http or https URL rather than a file.
func IsURL(arg string) bool {
	lower := strings.ToLower(arg)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// New returns a Client.
func New(opts Options) *Client {
	if opts.Agent == "" {
		opts.Agent = "claimex"
	}
	if opts.UserAgent == "" {
		opts.UserAgent = opts.Agent
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = 5
	}
	if opts.Interval <= 0 {
		opts.Interval = time.Second
	}
	if opts.Retries < 0 {
		opts.Retries = 0
	} else if opts.Retries == 0 {
		opts.Retries = 2
	}
	if opts.MaxWait <= 0 {
		opts.MaxWait = 30 * time.Second
	}
	if opts.Transport == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.DialContext = (&net.Dialer{Timeout: 10 * time.Second}).DialContext
		t.TLSHandshakeTimeout = 10 * time.Second
		t.ResponseHeaderTimeout = opts.Timeout
		opts.Transport = t
	}
	c := &Client{opts: opts, limits: newLimiter(opts.Interval, opts.MaxWait)}
	c.http = &http.Client{Transport: opts.Transport, Timeout: opts.Timeout, CheckRedirect: c.checkRedirect}
	c.robots = newRobotsCache(c)
	return c
}

// Fetch downloads rawURL, refusing a body over maxBytes.
func (c *Client) Fetch(ctx context.Context, rawURL string, maxBytes int64) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%w: %q", ErrURL, rawURL)
	}
	if err := c.allowed(ctx, u); err != nil {
		return nil, err
	}
	for attempt := 0; ; attempt++ {
		resp, err := c.get(ctx, u)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			wait, ok := retryAfter(resp.Header.Get("Retry-After"), time.Now())
			resp.Body.Close()
			status := fmt.Errorf("%w: %s", ErrStatus, resp.Status)
			if !ok {
				return nil, status
			}
			c.limits.hold(resp.Request.URL.Host, time.Now().Add(wait))
			if wait > c.opts.MaxWait || attempt >= c.opts.Retries {
				return nil, fmt.Errorf("%w, retry after %s", status, wait.Round(time.Second))
			}
			continue
		}
		return c.read(resp, maxBytes)
	}
}

// get sends one GET request, spaced from the last one to the same host.
func (c *Client) get(ctx context.Context, u *url.URL) (*http.Response, error) {
	if err := c.limits.wait(ctx, u.Host); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, describe(err)
	}
	return resp, nil
}

// checkRedirect limits redirects and checks each target against its robots.txt and rate limit.
func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > c.opts.MaxRedirects {
		return fmt.Errorf("more than %d redirects", c.opts.MaxRedirects)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("%w: redirect to %q", ErrURL, req.URL.String())
	}
	if err := c.allowed(req.Context(), req.URL); err != nil {
		return err
	}
	return c.limits.wait(req.Context(), req.URL.Host)
}

// read checks the answer and reads its body.
func (c *Client) read(resp *http.Response, maxBytes int64) (*Page, error) {
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("%w: %s", ErrStatus, resp.Status)
	}
	mediaType, params, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	format, err := formatOf(mediaType)
	if err != nil {
		return nil, err
	}
	if resp.ContentLength > maxBytes {
		return nil, tooLarge(maxBytes)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading body: %w", describe(err))
	}
	if int64(len(data)) > maxBytes {
		return nil, tooLarge(maxBytes)
	}
	if data, err = decode(data, params["charset"]); err != nil {
		return nil, err
	}
	return &Page{URL: resp.Request.URL.String(), Data: data, Format: format}, nil
}

func tooLarge(limit int64) error {
	return fmt.Errorf("%w: body over %d bytes (raise --max-bytes)", extract.ErrTooLarge, limit)
}

// formatOf maps a media type to an input format; "" (not given) lets the loader sniff.
func formatOf(mediaType string) (extract.InputFormat, error) {
	switch mediaType {
	case "text/html", "application/xhtml+xml":
		return extract.HTML, nil
	case "text/plain":
		return extract.Text, nil
	case "":
		return "", nil
	}
	return "", fmt.Errorf("%w: content type %s", ErrType, mediaType)
}

// retryAfter reads a Retry-After value: seconds or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		return time.Duration(min(secs, 1<<30)) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}

// describe unwraps url.Error, whose text repeats the method and URL the caller names.
func describe(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return fmt.Errorf("timed out: %w", ue.Err)
		}
		return ue.Err
	}
	return err
}
