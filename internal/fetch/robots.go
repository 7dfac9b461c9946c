package fetch

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"time"
)

// Robots is a parsed robots.txt (RFC 9309), reduced to the rules that apply to one product token.
type Robots struct {
	rules []robotsRule
	// CrawlDelay is the group's Crawl-delay, a common extension; 0 when absent.
	CrawlDelay time.Duration
}

type robotsRule struct {
	allow   bool
	pattern string
}

// AllowAll is the Robots of a site without a robots.txt.
var AllowAll = &Robots{}

// disallowAll is assumed when robots.txt cannot be reached (RFC 9309, 2.3.1.4).
var disallowAll = &Robots{rules: []robotsRule{{allow: false, pattern: "/"}}}

// ParseRobots reads robots.txt and keeps the groups that apply to agent, a
// product token such as "claimex": the groups naming it (case-insensitive),
// or else the "*" groups. Unknown lines are ignored, as the RFC asks.
func ParseRobots(data []byte, agent string) *Robots {
	type group struct {
		agents []string
		rules  []robotsRule
		delay  time.Duration
	}
	var groups []*group
	var cur *group
	inAgents := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, value = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(value)
		switch key {
		case "user-agent":
			if !inAgents {
				cur = &group{}
				groups = append(groups, cur)
				inAgents = true
			}
			cur.agents = append(cur.agents, strings.ToLower(agentToken(value)))
		case "allow", "disallow":
			inAgents = false
			if cur != nil && value != "" {
				cur.rules = append(cur.rules, robotsRule{allow: key == "allow", pattern: value})
			}
		case "crawl-delay":
			inAgents = false
			if cur != nil {
				if secs, err := strconv.ParseFloat(value, 64); err == nil && secs > 0 {
					cur.delay = time.Duration(secs * float64(time.Second))
				}
			}
		default:
			inAgents = false
		}
	}
	agent = strings.ToLower(agent)
	pick := func(name string) *Robots {
		var r *Robots
		for _, g := range groups {
			for _, a := range g.agents {
				if a == name {
					if r == nil {
						r = &Robots{}
					}
					r.rules = append(r.rules, g.rules...)
					r.CrawlDelay = max(r.CrawlDelay, g.delay)
					break
				}
			}
		}
		return r
	}
	if r := pick(agent); r != nil {
		return r
	}
	if r := pick("*"); r != nil {
		return r
	}
	return AllowAll
}

// agentToken is the product token of a User-agent value ("Googlebot/2.1" → "Googlebot").
func agentToken(v string) string {
	if i := strings.IndexAny(v, "/ \t"); i >= 0 {
		v = v[:i]
	}
	return v
}

// Allowed reports whether path (the URL's escaped path and query) may be
// fetched: the longest matching rule decides, and Allow wins a tie.
func (r *Robots) Allowed(path string) bool {
	if path == "" {
		path = "/"
	}
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if !matchPattern(rule.pattern, path) {
			continue
		}
		n := len(rule.pattern)
		if n > best || (n == best && rule.allow) {
			best, allow = n, rule.allow
		}
	}
	return allow
}

// matchPattern matches a robots.txt path pattern against the start of path:
// "*" matches any run of characters and a final "$" anchors the end.
func matchPattern(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	}
	// Greedy glob matching with backtracking to the last star.
	p, s := 0, 0
	star, mark := -1, 0
	for s < len(path) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, s
			p++
		case p < len(pattern) && pattern[p] == path[s]:
			p++
			s++
		case p == len(pattern) && !anchored:
			return true // the pattern matched a prefix of path
		case star >= 0:
			mark++
			s, p = mark, star+1
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}
