package clean

import (
	"slices"
	"strings"
)

// markBios removes the author bios after the body start ("Name / Role,
// Outlet" and "Name is Role at Outlet ..."), adding their names to authors;
// site is the outlet of the first.
func (c *Cleaner) markBios(lines []line, first int, authors []string) (_ []string, site string) {
	for i := 0; i < len(lines); i++ {
		l := &lines[i]
		if i < first || l.kind == kFurn || l.kind == kHeader {
			continue
		}
		if name, outlet, ok := c.nameRole(lines, i); ok {
			lines[i].kind, lines[i].reason = kFurn, ReasonBio
			lines[i+1].kind, lines[i+1].reason = kFurn, ReasonBio
			authors = append(authors, name)
			if site == "" {
				site = outlet
			}
			for j := i + 2; j < len(lines) && j <= i+3; j++ {
				if strings.HasPrefix(lines[j].text, name+" ") && lines[j].kind != kFurn {
					lines[j].kind, lines[j].reason = kFurn, ReasonBio
				}
			}
			continue
		}
		if i > first && (l.kind == kProse || l.kind == kShort) && c.onlyFurnitureAfter(lines, i) {
			if name := c.bioSentence(l.text, authors); name != "" {
				if !slices.Contains(authors, name) {
					authors = append(authors, name)
				}
				l.kind, l.reason = kFurn, ReasonBio
			}
		}
	}
	return authors, site
}

// nameRole recognizes "Mike Moore" followed by "Deputy Editor, TechRadar Pro".
func (c *Cleaner) nameRole(ls []line, i int) (name, outlet string, ok bool) {
	if i+1 >= len(ls) || ls[i].kind != kShort || ls[i+1].kind == kProse || ls[i].block != ls[i+1].block {
		return "", "", false
	}
	name = ls[i].text
	if ls[i].words < 2 || ls[i].words > 4 || !looksLikeName(name) || strings.ContainsAny(name, ",.:;") {
		return "", "", false
	}
	role := ls[i+1].text
	if ls[i+1].words > 12 || !c.hasRole(role) {
		return "", "", false
	}
	if k := strings.LastIndexAny(role, ",@|"); k >= 0 {
		outlet = strings.TrimSpace(role[k+1:])
	} else if k := strings.Index(role, " at "); k >= 0 {
		outlet = strings.TrimSpace(role[k+4:])
	}
	return name, outlet, true
}

// hasRole reports whether s holds a journalist's job word.
func (c *Cleaner) hasRole(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if c.roles[strings.Trim(w, ",.;:()")] {
			return true
		}
	}
	return false
}

// bioSentence returns the name opening "Jane Doe is a reporter at ...", or
// "": a name, a bio verb, and a journalist's job word in the sentence,
// which the byline's own author needs no job word for ("Jane Doe is a
// retired city planner." closing her column).
func (c *Cleaner) bioSentence(s string, authors []string) string {
	fields := strings.Fields(s)
	for k := 2; k <= 4 && k < len(fields); k++ {
		if !c.bioVerbs[fields[k]] {
			continue
		}
		name := strings.Join(fields[:k], " ")
		if !looksLikeName(name) || strings.ContainsAny(name, ",.:;") {
			return ""
		}
		end := strings.IndexAny(s, ".!?")
		if end < 0 {
			end = len(s)
		}
		if c.hasRole(s[:end]) || slices.Contains(authors, name) {
			return name
		}
		return ""
	}
	return ""
}

// onlyFurnitureAfter reports whether nothing but furniture or short lines follows line i.
func (c *Cleaner) onlyFurnitureAfter(ls []line, i int) bool {
	for j := i + 1; j < len(ls); j++ {
		if ls[j].kind == kProse && ls[j].block != ls[i].block {
			return false
		}
	}
	return true
}
