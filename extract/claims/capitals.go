package claims

import phr "github.com/claimex/claimex/extract/phrase"

// capInside reports whether token i's spelling is written capitalized
// somewhere inside a sentence, after a word or a comma: a name, though
// token i itself may open its sentence ("Holt" in "Holt went on to say"
// once the text has "when Holt spoke").
func (r *run) capInside(i int) bool {
	if r.midCap == nil {
		r.midCap = make([]bool, len(r.forms))
		for k := 1; k < len(r.toks); k++ {
			r.steps++
			if s := r.sentOf(k); s >= 0 && k > r.sents[s][0] && r.isCap(k) && r.isWord(k) && (r.isWord(k-1) || r.is(k-1, ",")) {
				r.midCap[r.lowOf[k]] = true
			}
		}
	}
	return r.midCap[r.lowOf[i]]
}

// nameInside reports whether token i, capitalized, is a name by the way
// the text writes it inside sentences (see capInside), and no function or
// time word, which titles and headlines capitalize too.
func (r *run) nameInside(i int) bool {
	return r.capInside(i) && !r.in(setDeterm|setBoundary|setAux|setAdverb|setTime, i) && !r.wordClass(i).Has(functionClasses)
}

// functionClasses are the phrase classes of function words, which head no
// noun phrase and name no one.
const functionClasses = phr.Determiner | phr.Pronoun | phr.Preposition | phr.Auxiliary | phr.Be | phr.Modal | phr.Negation |
	phr.Adverb | phr.Subordinator | phr.Relative | phr.Coordinator | phr.Infinitive
