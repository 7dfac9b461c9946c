package rules

import (
	"errors"
	"fmt"
	"strings"
)

// Attribution is a group of cues that introduce what someone said, wrote or
// holds ("said", "told", "believes", "according to"), with the frames in which
// they occur. Cues are lower-case phrases whose words are separated by single
// spaces; each inflected form is listed.
type Attribution struct {
	Header `yaml:",inline"`
	// Cues are the phrases, e.g. "said", "has learned", "according to".
	Cues []string `yaml:"cues"`
	// Lemmas are regular verbs in their base form, possibly followed by a
	// particle ("call for"); the -s, -ed and -ing forms of the first word are
	// matched too. Irregular forms go in Cues.
	Lemmas []string `yaml:"lemmas"`
	// Bases are irregular verbs in their base form, read like a lemma's base
	// form (a word that may be a noun, "the support"); their other forms go
	// in Cues or in other rules: "see", "know".
	Bases []string `yaml:"bases"`
	// Before allows speaker, cue, content: "Hu said that ...".
	Before bool `yaml:"before"`
	// After allows content, speaker, cue: "..., a source said."
	After bool `yaml:"after"`
	// Inverted allows content, cue, speaker: "..., said Hu."
	Inverted bool `yaml:"inverted"`
	// Object lets a listener come between the cue and the content:
	// "told reporters that ...".
	Object bool `yaml:"object"`
	// Source marks cues that come before the speaker and make it a source:
	// "according to Reuters". Such a speaker is the claim's via when the
	// content has another speaker.
	Source bool `yaml:"source"`
	// Passive marks impersonal cues without a speaker: "it was reported that".
	Passive bool `yaml:"passive"`
	// Subject marks passive cues whose content is the whole clause, subject
	// included, and whose source is left unsaid: "Mr. Quiros was accused of
	// using $50 million", "he allegedly brandished a pistol".
	Subject bool `yaml:"subject"`
	// Clause ends the content of a subject rule with the cue's own clause,
	// at the first comma or semicolon after the cue outside quotation marks:
	// "the donors appear to have ties to the movement, which ...".
	Clause bool `yaml:"clause"`
	// Complement marks verbs read through the phrase layer: the cue must head
	// a verb group, with a noun phrase before it in its clause and a
	// complement after it. The speaker is that noun phrase and the content the
	// complement, a "that" clause or what starts with a noun phrase: "a poll
	// shows Trump ahead", "the study found that ...", not "found himself".
	Complement bool `yaml:"complement"`
	// Nominal marks nouns whose possessor is the speaker: "Trump's claims
	// about ...", "his determination to act alone".
	Nominal bool `yaml:"nominal"`
	// Named requires the speaker to be a person or an organization found by
	// the entity stage, for cues as loose as a headline's colon ("Sanders: ...").
	Named bool `yaml:"named"`
	// NotLabels are the words that open a paragraph with a colon without
	// naming a speaker ("Update:", "Source:"), for a named rule whose cue is
	// the colon; matched case-insensitively against the whole label.
	NotLabels []string `yaml:"not_labels"`
	// NotBefore are words that, right after one of the rule's cues, give it
	// a sense that reports nothing: "compared with" makes a comparison.
	NotBefore []string `yaml:"not_before"`
	// Agent requires the speaker to be someone who can hold a stance: a
	// person, a body, a name or a personal pronoun (see the claimant rules
	// of role agent), for verbs as loose as "prove" or "avoid".
	Agent bool `yaml:"agent"`
	// NotModal drops the rule's cues right after a modal or the infinitive
	// marker, where they foretell an experience rather than report a view:
	// "customers will see their bills rise", "to see if they could".
	NotModal bool `yaml:"not_modal"`
	// Participial limits a before rule to its participle frame after a
	// main clause, whose subject speaks: "..., calling the plan a sham",
	// for participles that head no frame of their own ("he was calling").
	Participial bool `yaml:"participial"`
	// Hedged marks cues that make the claim tentative: "suggested", "hopes".
	Hedged bool `yaml:"hedged"`
	// Rebuttal marks cues by which a speaker denies what the clause before
	// says, through one of Nouns: "..., a claim the company denied".
	Rebuttal bool `yaml:"rebuttal"`
	// Nouns are the nouns of a rebuttal that name what is denied: "claim",
	// "allegation".
	Nouns []string `yaml:"nouns"`
	// Acts are cues of any rule that report an act rather than words when an
	// amount follows as their object: "approved €1.2 billion in aid", "posted
	// a net profit of $45m", "is recalling about 1.2 million chargers". A
	// rule may hold acts alone, without cues or a frame.
	Acts []string `yaml:"acts"`
	// ThatClause makes every verb group whose complement is a "that" clause
	// a cue of the rule, whatever the verb, when someone is its subject and
	// no other rule reads it: "he figures that ...", "the panel concluded
	// that ...". Such a rule lists no cues; one rule of a set may hold it.
	ThatClause bool `yaml:"that_clause"`
	// Reacts makes every verb whose object is a noun cue's phrase a cue of
	// the rule, whatever the verb, when someone is its subject and no other
	// rule reads it: "Biden rubbished Trump's claim to understand the middle
	// class", "Trump railed at Obama's refusal to ...". The content is the
	// object, the noun cue's own claim included. Such a rule lists no cues;
	// one rule of a set may hold it.
	Reacts bool `yaml:"reacts"`
	// Perspective marks prepositions that open a sentence before someone
	// whose view the rest of it gives, set off by a comma: "To many voters,
	// the plan is a betrayal". The holder must be able to hold a view.
	Perspective bool `yaml:"perspective"`
	// Attitude marks adjectives of attitude, read after a form of "be" or
	// one of Copulas, past adverbs, and before one of Prepositions: "has been
	// sharply critical of the deal", "remains confident that ...". The
	// copula's subject holds the attitude; the content is what follows the
	// preposition.
	Attitude bool `yaml:"attitude"`
	// Copulas are the linking verbs other than "be" an attitude rule reads:
	// "remained", "became" (after "seems" the perception rules read it).
	Copulas []string `yaml:"copulas"`
	// Prepositions are the words after an attitude's adjective that open its
	// content: "of", "about", "that".
	Prepositions []string `yaml:"prepositions"`
	// Leads are words before "to" whose subject also acts the infinitive
	// after them, so that the sentence's subject speaks a cue of an agent
	// rule there: "Caddell went on to discuss", "Gingrich tried to downplay".
	Leads []string `yaml:"leads"`
}

func (a *Attribution) validate() error {
	if err := checkPhrases(a.Acts); err != nil {
		return err
	}
	if err := checkPhrases(a.Leads); err != nil {
		return err
	}
	if a.ThatClause || a.Reacts {
		if len(a.Cues) > 0 || len(a.Lemmas) > 0 || len(a.Bases) > 0 {
			return errors.New("a that_clause or reacts rule lists no cues, lemmas nor bases")
		}
		return nil
	}
	if len(a.Cues) == 0 && len(a.Lemmas) == 0 && len(a.Bases) == 0 {
		if len(a.Acts) > 0 {
			return nil
		}
		return errors.New("cues, lemmas and bases are empty")
	}
	if a.Attitude && len(a.Prepositions) == 0 {
		return errors.New("an attitude rule lists its prepositions")
	}
	if !a.Before && !a.After && !a.Inverted && !a.Source && !a.Passive && !a.Subject && !a.Nominal && !a.Rebuttal && !a.Complement && !a.Attitude && !a.Perspective {
		return errors.New("no frame: set before, after, inverted, source, passive, subject, nominal, rebuttal, complement, attitude or perspective")
	}
	if a.Rebuttal && len(a.Nouns) == 0 {
		return errors.New("a rebuttal needs nouns")
	}
	if err := checkPhrases(a.Nouns); err != nil {
		return err
	}
	if err := checkPhrases(a.Lemmas); err != nil {
		return err
	}
	if err := checkWords(a.Bases); err != nil {
		return fmt.Errorf("bases: %w", err)
	}
	if err := checkWords(a.NotBefore); err != nil {
		return fmt.Errorf("not_before: %w", err)
	}
	return checkPhrases(a.Cues)
}

func init() { register("attribution", func() Rule { return new(Attribution) }) }

// Attributions returns the attribution cue rules.
func (s *Set) Attributions() []*Attribution { return ofKind[*Attribution](s, "attribution") }

// checkPhrases rejects empty phrases and phrases that are not lower case with
// single spaces.
func checkPhrases(list []string) error {
	for _, p := range list {
		if p == "" {
			return errors.New("empty phrase")
		}
		prevSpace := true
		for _, r := range p {
			if r >= 'A' && r <= 'Z' {
				return fmt.Errorf("phrase %q is not lower case", p)
			}
			if r == ' ' && prevSpace {
				return fmt.Errorf("phrase %q has a leading or doubled space", p)
			}
			prevSpace = r == ' '
		}
		if prevSpace {
			return fmt.Errorf("phrase %q has a trailing space", p)
		}
	}
	return nil
}

// checkWords checks that each entry of list is one lower-case word.
func checkWords(list []string) error {
	if err := checkPhrases(list); err != nil {
		return err
	}
	for _, w := range list {
		if strings.ContainsRune(w, ' ') {
			return fmt.Errorf("%q is a phrase, want one word", w)
		}
	}
	return nil
}
