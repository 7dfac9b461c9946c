package fetch

import (
	"testing"
	"time"
)

func TestRobotsAllowed(t *testing.T) {
	const txt = `# comment
User-agent: otherbot
Disallow: /

User-agent: *
Disallow: /private/
Allow: /private/open
Disallow: /*.pdf$
Disallow: /search?q=

user-agent: ClaimEx/1.0
user-agent: someone-else
disallow: /news/embargoed   # inline comment
allow: /news/embargoed/lifted
Crawl-delay: 2.5
disallow:
`
	claimex := ParseRobots([]byte(txt), "claimex")
	other := ParseRobots([]byte(txt), "anybot")
	tests := []struct {
		r    *Robots
		path string
		want bool
	}{
		{claimex, "/", true},
		{claimex, "/private/x", true}, // claimex's own group replaces "*"
		{claimex, "/news/embargoed", false},
		{claimex, "/news/embargoed-story", false},
		{claimex, "/news/embargoed/lifted/a", true}, // longer allow wins
		{claimex, "/robots.txt", true},
		{other, "/private/x", false},
		{other, "/private/open", true},
		{other, "/private/openly", true},
		{other, "/files/a.pdf", false},
		{other, "/files/a.pdf?x=1", true}, // $ anchors the end
		{other, "/search?q=x", false},
		{other, "/search", true},
		{other, "/news/embargoed", true},
	}
	for _, tt := range tests {
		if got := tt.r.Allowed(tt.path); got != tt.want {
			t.Errorf("Allowed(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
	if claimex.CrawlDelay != 2500*time.Millisecond {
		t.Errorf("CrawlDelay = %v, want 2.5s", claimex.CrawlDelay)
	}
}

func TestRobotsTieGoesToAllow(t *testing.T) {
	r := ParseRobots([]byte("User-agent: *\nDisallow: /page\nAllow: /page\n"), "claimex")
	if !r.Allowed("/page") {
		t.Error("equal-length allow and disallow: allow should win")
	}
}

func TestRobotsNoGroupAllowsAll(t *testing.T) {
	r := ParseRobots([]byte("User-agent: otherbot\nDisallow: /\nSitemap: https://example.test/s.xml\n"), "claimex")
	if !r.Allowed("/anything") {
		t.Error("no group for claimex or *: everything should be allowed")
	}
}

func TestMatchPattern(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/a", "/abc", true},
		{"/a$", "/a", true},
		{"/a$", "/ab", false},
		{"/*/b", "/x/y/b/c", true},
		{"/*b$", "/xxbxb", true},
		{"/*b$", "/xxbxc", false},
		{"*", "/", true},
		{"/a*c*e", "/abcde", true},
		{"/a*c*e", "/abcd", false},
	}
	for _, tt := range tests {
		if got := matchPattern(tt.pattern, tt.path); got != tt.want {
			t.Errorf("matchPattern(%q, %q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}
