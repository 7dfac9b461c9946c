package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// objectWord reports whether the one word [x, y) closing a sentence after
// the cue of ac can be the cue's object as its content: a lower-case noun
// ("the voters fear change"), or a person or organization after a cue that
// cannot follow its content, a stance rather than a listener ("Republicans
// support Holt").
func (r *run) objectWord(x, y int, ac *attrCue) bool {
	return r.isLower(x) || !ac.rule.After && r.agentName(x, y)
}

// agentName reports whether the one word [x, y) is the name of a person or
// an organization.
func (r *run) agentName(x, y int) bool {
	return !r.isLower(x) && isAgentType(r.mentionType(x, y))
}

// namedObject reports whether content [c, e) is one capitalized word that
// names a person or an organization: what a stance is taken on ("endorsed
// Ruiz", "criticized Holt"), wherever it stands in the sentence (objectWord
// reads such a word only when it closes the sentence). After a verb of
// speech such a name is the listener ("asked Holt"), so callers leave those
// out.
func (r *run) namedObject(c, e int) bool {
	return r.words(c, e) == 1 && r.isCap(c) && r.agentName(c, e)
}

// addObjectOrContent adds the content of a frame from token c to end in a
// sentence that ends before token b: the cue's object when it is one word
// closing the sentence, else the clause or phrase there.
func (r *run) addObjectOrContent(spk tokenSpan, c, end, b, i, j int, ac *attrCue) (int, bool) {
	if x, y := r.trimContent(c, end); r.words(x, y) == 1 && y >= b-1 && r.objectWord(x, y, ac) {
		return r.closingObject(spk, x, y, i, j, ac)
	}
	return r.addContent(document.Reported, spk, c, end, i, j, ac)
}

// closingObject adds the claim of a frame whose content is the object word
// [x, y) closing the sentence and returns its draft; an adverb or auxiliary
// there is no content ("spoke first"), nor a pronoun after a verb of speech,
// its listener.
func (r *run) closingObject(spk tokenSpan, x, y, i, j int, ac *attrCue) (int, bool) {
	if r.isLower(x) && (r.in(setAdverb, x) || r.in(setAux, x) || r.endsWith(rules.WordAdverbEnd, x)) {
		return -1, false
	}
	if r.word(rules.WordObjectPronoun, x) && (ac.rule.After || ac.rule.Object) {
		return -1, false // the listener of words, not what was said: "he asked me."
	}
	return r.add(document.Reported, spk, r.span(x, y), i, j, ac.id, -1, ac.rule.Hedged), true
}

// isAgentType reports whether an entity type is a person or an organization.
func isAgentType(typ string) bool { return typ == document.Person || typ == document.Org }

// topicEnd returns where the topic phrase that starts at token c, after a
// preposition of topic, ends before end: at a semicolon, or at a comma
// before a coordinator and a clause of its own ("concerns about traffic,
// and a petition has gathered ..."); else end.
func (r *run) topicEnd(s, c, end int) int {
	for k := c + 1; k < end; k++ {
		if r.quoteOf[k] >= 0 {
			continue
		}
		if r.is(k, ";") || r.is(k, ",") && k+2 < end && r.wordClass(k+1).Has(phr.Coordinator) && r.subjectAfter(k+2, end) && r.verbGroupIn(s, k+2, end) {
			return k
		}
	}
	return end
}
