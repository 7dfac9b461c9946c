package entities

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

// shortForms links lone words to the organizations they shorten: the first
// word of a name whose other words are all organization suffixes ("Aurora"
// of "Aurora Airways", "Kestrel" of "Kestrel Mining Ltd"), and the suffix
// ending a name ("Rovers" of "Severnside Rovers", "Commission" of "European
// Commission"), which names the latest such organization before it.
func (w *work) shortForms() {
	// Made here, the maps stay on the stack.
	of := orgForms{first: map[string]string{}, firstCompany: map[string]bool{}, lasts: map[string][]suffixedOrg{}, prefix: map[string]string{}}
	w.indexOrgForms(&of)
	if len(of.first) == 0 && len(of.lasts) == 0 && len(of.prefix) == 0 {
		return
	}
	for i := range w.ms {
		w.linkShortForm(&w.ms[i], &of)
	}
}

// orgForms indexes the organizations named in full by the short forms
// that may stand for them. Each is known by its folded form, or by its
// gazetteer group (see groupLink).
type orgForms struct {
	// first maps the first word of a name whose other words are all
	// suffixes, or which ends in a legal form, to the first such name.
	first map[string]string
	// firstCompany holds those first words whose name is a company's.
	firstCompany map[string]bool
	// lasts maps a suffix ending names to those names, in order.
	lasts map[string][]suffixedOrg
	// prefix maps the words before the suffixes of a name to the first
	// such name: "Advanced Medical" of "Advanced Medical Inc.".
	prefix map[string]string
}

// suffixedOrg is an organization ending in a suffix, with its first token.
type suffixedOrg struct {
	key string
	at  int
}

// indexOrgForms fills of, whose maps are made, with the organizations of
// several words the document names with at least medium evidence.
func (w *work) indexOrgForms(of *orgForms) {
	lx := w.f.lx
	for _, m := range w.ms {
		if m.typ != document.Org || m.b-m.a < 2 || m.strength < medium || m.team && !m.country && m.group >= 0 {
			continue
		}
		key := w.key(m.a, m.b, true)
		if m.group >= 0 {
			key = groupLink + strconv.Itoa(m.group)
		}
		if p := w.beforeSuffixes(m.a, m.b); p-m.a >= 2 {
			if _, ok := of.prefix[w.key(m.a, p, false)]; !ok {
				of.prefix[w.key(m.a, p, false)] = key
			}
		}
		tail, company := true, true
		for i := m.a + 1; i < m.b; i++ {
			t := w.toks[i].sp.text
			if t == "/" || i+1 < m.b && w.toks[i+1].sp.text == "/" {
				continue
			}
			tail = tail && lx.suffix[t]
			company = company && lx.company[t]
		}
		// "Clearwater Valley Water Co." is a company named after a place.
		legal := m.b-m.a > 2 && lx.legal[w.lastWord(m.a, m.b)] || lx.legal[strings.TrimSuffix(w.toks[m.b-1].sp.text, ".")]
		if f := w.toks[m.a].sp.text; (tail || legal) && w.toks[m.a].cap && !lx.suffix[f] && !lx.head[f] {
			if _, ok := of.first[f]; !ok {
				of.first[f] = key
				of.firstCompany[f] = company || legal
			}
		}
		if l := w.toks[m.b-1].sp.text; lx.suffix[l] && w.toks[m.b-1].cap {
			of.lasts[l] = append(of.lasts[l], suffixedOrg{key, m.a})
		}
	}
}

// linkShortForm links m to the organization of of it shortens, if any.
func (w *work) linkShortForm(m *mention, of *orgForms) {
	if m.short && m.b-m.a > 1 {
		if k, ok := of.prefix[m.form]; ok {
			m.typ, m.strength, m.link, m.group = document.Org, strong, k, -1
		}
		return
	}
	if m.b-m.a != 1 || m.person != "" || m.country || m.typ == document.Person && m.strength >= medium || m.typ == document.NORP {
		return
	}
	if m.group >= 0 && (m.typ == document.Org || !of.firstCompany[w.toks[m.a].sp.text] || !w.possessive(m.b) && !w.speechAfter(m.b)) {
		// A listed body; a place that only names a public body ("Bristol
		// City Council"); a place is a company's short form only as an
		// owner: "Aurora's chief executive", not "Damascus radio".
		return
	}
	t := w.toks[m.a].sp.text
	if k, ok := of.first[t]; ok {
		m.typ, m.strength, m.link, m.group = document.Org, strong, k, -1
		return
	}
	if m.typ != "" && m.typ != document.Org && m.strength >= medium {
		return
	}
	best := ""
	for _, o := range of.lasts[t] {
		if o.at < m.a {
			best = o.key
		}
	}
	if best != "" {
		m.typ, m.strength, m.link, m.group = document.Org, strong, best, -1
	}
}

// beforeSuffixes returns where the organization suffixes ending [a,b) begin
// ("Inc." of "Advanced Medical Inc."), or b when the name ends in none.
func (w *work) beforeSuffixes(a, b int) int {
	p := b
	for p > a+1 && (w.toks[p-1].sp.text == "." || w.f.lx.suffix[strings.TrimSuffix(w.toks[p-1].sp.text, ".")]) {
		p--
	}
	if p < b && w.toks[p].sp.text == "." {
		return b
	}
	return p
}

// bracketed links an abbreviation in brackets right after an organization's
// name to it, with every later use: "Society of Indian Automobile
// Manufacturers (SIAM)", "Africa Centres for Disease Control and Prevention
// (Africa CDC)". The abbreviation's capitals must be initials of the name, in order.
func (w *work) bracketed() {
	abbr := map[string]string{}
	sort.SliceStable(w.ms, func(i, j int) bool { return w.ms[i].a < w.ms[j].a })
	for i := 1; i < len(w.ms); i++ {
		m, p := &w.ms[i], &w.ms[i-1]
		if p.typ != document.Org || p.b-p.a < 2 || p.b+1 != m.a || w.toks[p.b].sp.text != "(" || m.b >= len(w.toks) || w.toks[m.b].sp.text != ")" {
			continue
		}
		if in := w.capInitials(p.a, p.b); !initialsOf(w.surface(m.a, m.b), in) && !(len(in) > 2 && strings.EqualFold(w.surface(m.a, m.b), in)) {
			// ("Scottish Environment Protection Agency (Sepa)" is spelt as a word.)
			continue
		}
		key := w.key(p.a, p.b, true)
		if p.group >= 0 {
			key = groupLink + strconv.Itoa(p.group)
		} else if p.link != "" {
			key = p.link
		}
		abbr[m.form] = key
	}
	if len(abbr) == 0 {
		return
	}
	for i := range w.ms {
		m := &w.ms[i]
		if k, ok := abbr[m.form]; ok && m.person == "" {
			m.typ, m.strength, m.link, m.group, m.country = document.Org, strong, k, -1, false
		}
	}
}

// capInitials returns the first letters of the capitalized words of [a,b), upper case.
func (w *work) capInitials(a, b int) string {
	var sb strings.Builder
	for i := a; i < b; i++ {
		if w.toks[i].cap {
			r, _ := utf8.DecodeRuneInString(w.toks[i].sp.text)
			sb.WriteRune(unicode.ToUpper(r))
		}
	}
	return sb.String()
}

// initialsOf reports whether the capitals of abbr appear, in order, among
// initials, and abbr has at least two.
func initialsOf(abbr, initials string) bool {
	n := 0
	rest := initials
	for _, r := range abbr {
		if !unicode.IsUpper(r) {
			continue
		}
		k := strings.IndexRune(rest, r)
		if k < 0 {
			return false
		}
		rest = rest[k+utf8.RuneLen(r):]
		n++
	}
	return n >= 2
}
