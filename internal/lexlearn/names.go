package lexlearn

import (
	"sort"
	"strings"
)

// Options are the thresholds a learned entry must pass. Each asks for
// support from several documents, not one sentence.
type Options struct {
	MinDocs      int     // documents a name or word must occur in
	MinPrecision float64 // share of a form's capitalized occurrences that are gold names
	MinShare     float64 // share of a name's gold occurrences with its main type
	MinWordCount int     // occurrences of a word that is never part of a name
	MinVariety   int     // distinct names a club prefix or suffix must occur in
}

// DefaultOptions are the thresholds the shipped packs were learned with.
var DefaultOptions = Options{MinDocs: 2, MinPrecision: 0.5, MinShare: 0.75, MinWordCount: 5, MinVariety: 3}

// maxWords is the longest name form counted, in tokens.
const maxWords = 6

// Name is a learned name with its main type and the evidence for it.
type Name struct {
	Form  string
	Type  string // PER, LOC, ORG or MISC (the CoNLL types)
	Count int    // gold occurrences with any type
	Share float64
	Docs  int
}

type formStats struct {
	types     map[string]int
	docs      map[string]bool
	occurs    int // capitalized occurrences in running text
	annotated int // of them, gold names of any type
}

// Names learns the names whose gold type is consistent and whose written
// form is a name most of the times it occurs.
func Names(docs []*Doc, o Options) []Name {
	stats := map[string]*formStats{}
	for _, d := range docs {
		for _, m := range d.Entities {
			f := d.span(m.Start, m.End)
			st := stats[f]
			if st == nil {
				st = &formStats{types: map[string]int{}, docs: map[string]bool{}}
				stats[f] = st
			}
			st.types[m.Type]++
			st.docs[d.ID] = true
		}
	}
	for _, d := range docs {
		gold := map[[2]int]bool{}
		for _, m := range d.Entities {
			gold[[2]int{m.Start, m.End}] = true
		}
		for i, t := range d.toks {
			if !capitalized(t.text) {
				continue
			}
			for j := i; j < len(d.toks) && j < i+maxWords; j++ {
				st := stats[d.span(t.start, d.toks[j].end)]
				if st == nil {
					continue
				}
				st.occurs++
				if gold[[2]int{t.start, d.toks[j].end}] {
					st.annotated++
				}
			}
		}
	}
	var out []Name
	for f, st := range stats {
		if len(st.docs) < o.MinDocs || st.occurs == 0 || !hasLetter(f) {
			continue
		}
		if float64(st.annotated)/float64(st.occurs) < o.MinPrecision {
			continue
		}
		best, bestN, total := majority(st.types)
		share := float64(bestN) / float64(total)
		if share < o.MinShare {
			continue
		}
		out = append(out, Name{Form: f, Type: best, Count: total, Share: share, Docs: len(st.docs)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Form < out[j].Form })
	return dropCapsDuplicates(out)
}

// dropCapsDuplicates drops an all-capitals form (from a headline) when the
// same name is learned in mixed case: the matcher folds case in headlines.
func dropCapsDuplicates(ns []Name) []Name {
	mixed := map[string]bool{}
	for _, n := range ns {
		if strings.ToUpper(n.Form) != n.Form {
			mixed[strings.ToLower(n.Form)] = true
		}
	}
	out := ns[:0]
	for _, n := range ns {
		if strings.ToUpper(n.Form) == n.Form && mixed[strings.ToLower(n.Form)] {
			continue
		}
		out = append(out, n)
	}
	return out
}

// NonNames learns capitalized words that occur often, in several documents,
// and are never part of a gold name of any type: table headers and labels
// ("Attendance", "Halftime"). known reports words the packs already hold.
func NonNames(docs []*Doc, o Options, known func(lower string) bool) []string {
	count := map[string]int{}
	inDocs := map[string]map[string]bool{}
	inName := map[string]bool{}
	for _, d := range docs {
		covered := make([]bool, len(d.runes))
		for _, m := range d.Entities {
			for k := m.Start; k < m.End; k++ {
				covered[k] = true
			}
		}
		for _, t := range d.toks {
			if !capitalized(t.text) || !hasLetter(t.text) {
				continue
			}
			w := strings.ToLower(t.text)
			if covered[t.start] {
				inName[w] = true
				continue
			}
			count[w]++
			if inDocs[w] == nil {
				inDocs[w] = map[string]bool{}
			}
			inDocs[w][d.ID] = true
		}
	}
	var out []string
	for w, n := range count {
		if n >= o.MinWordCount && len(inDocs[w]) >= 3 && !inName[w] && len([]rune(w)) > 2 && !known(w) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// Affixes learns the words that open (prefixes) or close (suffixes)
// organization names: each must occur in MinVariety distinct names across
// MinDocs documents, and a capitalized run it opens or closes must be an
// organization most of the time.
func Affixes(docs []*Doc, o Options) (prefixes, suffixes []string) {
	type aff struct {
		names map[string]bool
		docs  map[string]bool
	}
	first, last := map[string]*aff{}, map[string]*aff{}
	note := func(m map[string]*aff, w, name, doc string) {
		a := m[w]
		if a == nil {
			a = &aff{names: map[string]bool{}, docs: map[string]bool{}}
			m[w] = a
		}
		a.names[name] = true
		a.docs[doc] = true
	}
	// How often a word opens or closes a capitalized run, and of those how
	// often the run is a gold organization.
	openRuns, openOrg := map[string]int{}, map[string]int{}
	closeRuns, closeOrg := map[string]int{}, map[string]int{}
	for _, d := range docs {
		org := map[[2]int]bool{}
		for _, m := range d.Entities {
			if m.Type != "ORG" {
				continue
			}
			org[[2]int{m.Start, m.End}] = true
			var ws []token
			for _, t := range d.toks {
				if t.start >= m.Start && t.end <= m.End {
					ws = append(ws, t)
				}
			}
			if len(ws) < 2 {
				continue
			}
			name := d.span(m.Start, m.End)
			note(first, ws[0].text, name, d.ID)
			note(last, ws[len(ws)-1].text, name, d.ID)
		}
		for i := 0; i < len(d.toks); {
			if !capitalized(d.toks[i].text) {
				i++
				continue
			}
			j := i
			for j+1 < len(d.toks) && capitalized(d.toks[j+1].text) {
				j++
			}
			if j > i {
				isOrg := org[[2]int{d.toks[i].start, d.toks[j].end}]
				openRuns[d.toks[i].text]++
				closeRuns[d.toks[j].text]++
				if isOrg {
					openOrg[d.toks[i].text]++
					closeOrg[d.toks[j].text]++
				}
			}
			i = j + 1
		}
	}
	pick := func(m map[string]*aff, runs, orgs map[string]int) []string {
		var out []string
		for w, a := range m {
			if len(a.names) < o.MinVariety || len(a.docs) < o.MinDocs || !hasLetter(w) || runs[w] == 0 {
				continue
			}
			if float64(orgs[w])/float64(runs[w]) >= o.MinPrecision {
				out = append(out, w)
			}
		}
		sort.Strings(out)
		return out
	}
	return pick(first, openRuns, openOrg), pick(last, closeRuns, closeOrg)
}

// majority returns the label with the most votes (the first in byte order on
// a tie), its count, and the count of all votes.
func majority(votes map[string]int) (best string, bestN, total int) {
	for label, n := range votes {
		total += n
		if n > bestN || n == bestN && label < best {
			best, bestN = label, n
		}
	}
	return best, bestN, total
}
