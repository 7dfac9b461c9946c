package phrase

import "strings"

// String renders the parse for reading and tests: noun phrases in
// [NP ...], verb groups in [VG ...], a "|" before each clause after the
// first, and each head (and the verb after "to") marked with "*".
func (p *Parse) String() string {
	var b strings.Builder
	ci := 0
	for i, t := range p.Tokens {
		if ci+1 < len(p.Clauses) && p.Clauses[ci+1].Start == i {
			ci++
			b.WriteString("| ")
		}
		c := p.ChunkOf[i]
		if c >= 0 && p.Chunks[c].Start == i {
			if p.Chunks[c].Kind == NounPhrase {
				b.WriteString("[NP ")
			} else {
				b.WriteString("[VG ")
			}
		}
		if c >= 0 && (p.Chunks[c].Head == i || p.Chunks[c].Then == i) {
			b.WriteByte('*')
		}
		b.WriteString(t.Text)
		if c >= 0 && p.Chunks[c].End == i+1 {
			b.WriteByte(']')
		}
		if i+1 < len(p.Tokens) {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
