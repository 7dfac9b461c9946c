package rules

import (
	"errors"
	"fmt"
	"strings"
)

// ClaimWord lists the closed-class words that single claims constructions
// read, by role:
//
//   - contact-verb: verbs of a reporter's contact clause ("the experts I
//     interviewed", "officials we spoke to");
//   - contact-particle: words after a contact verb ("spoke to", "talked with");
//   - contact-subject: pronouns that open a contact clause ("we", "they");
//   - contact-head: nouns that may head a contact clause's speaker besides
//     plurals ("people", "experts");
//   - contact-prefix: beginnings of such a head ("every" in "everyone");
//   - near-particle: prepositions after a source's nearness ("close to",
//     "familiar with");
//   - near-pronoun: pronouns that head such a source ("those", "someone");
//   - proform-after: phrases after a cue that stand for its content ("said
//     as much");
//   - proform-before: words before a speaker that stand for the content of
//     the cue after it ("what Wahl said");
//   - proform-closer: words that may follow a pro-form without being content
//     ("in an interview", "on Monday");
//   - infinitive: the marker of an infinitive ("to" in "declined to confirm");
//   - complementizer: words that open a content clause after a cue noun
//     ("the claim that ...");
//   - object-stop: words that end the walk back from a cue noun to the verb
//     that governs it ("repeated the claim", not "... and the claim");
//   - source-opener: conjunctions that may open a sentence before a source
//     cue ("But according to ...");
//   - participle-suffix: endings of a past participle after an event
//     auxiliary ("was approved", "has grown");
//   - adverb-suffix: endings of an adverb between a subject and its verb
//     ("sharply");
//   - plural-suffix and singular-suffix: endings of a plural noun, and
//     endings that still mark a singular ("experts", not "press");
//   - mass-suffix: endings of a singular noun in -s besides those
//     ("politics", "economics");
//   - gerund-suffix: endings of a present participle ("saying", "arguing");
//   - past-suffix: endings of a regular past form ("warned");
//   - modal-adverb: words other than -ly adverbs between an actor and a
//     modal cue ("also", "still");
//   - speaker-preposition: prepositions that tie a place or a body to a
//     speaker noun ("officials in Paris", "a spokesman for the firm");
//   - relative-time: time words that may take a unit after them ("earlier
//     this week");
//   - relative-link: words between a relative-time word and its unit
//     ("this", "last"), and before a unit between a subject and its cue ("a
//     study published last month found");
//   - time-adverb: time words that stand alone ("yesterday");
//   - time-determiner: words before a unit of time ("last week");
//   - date-preposition: prepositions before a date ("on Monday");
//   - time-unit: nouns that name a span of time ("week", "month");
//   - cause-conjunction: conjunctions after a comma that open a clause of
//     cause or concession ("because", "although");
//   - contrast-conjunction: conjunctions that do so only before a subject
//     of their own ("but", "yet");
//   - cause-lead: words after a comma that may lead to a cause-conjunction
//     within a few words ("in part because", "largely because");
//   - cause-marker: the conjunction that a cause-lead word must reach
//     ("because");
//   - nominal-particle: words after a cue noun that open its content ("the
//     claim that", "his warning about");
//   - nominal-modal: modals after a cue noun whose predicate is the content;
//   - amount-noun: nouns of an amount before a plural noun that is no cue
//     ("percentage points");
//   - base-licensor: words before a base-form cue that make it a verb
//     ("would argue", "they argue", "often argue");
//   - coordinator: conjunctions after a comma that open a coordinated
//     clause (", but", ", while");
//   - verb-joiner: conjunctions that join a second verb to the first one's
//     subject ("hired Y and said");
//   - clause-verb: modals and forms of "be" and "have" after a short
//     subject that mark a clause;
//   - relative-pronoun: pronouns that open a relative clause, not the rest
//     of a clause ("who", "which");
//   - modal: modal verbs ("will", "cannot");
//   - participle-preposition: prepositions before a participle cue ("after
//     saying", "by arguing");
//   - question-word: words that open an indirect question as a cue's
//     content ("said when", "asked whether");
//   - time-clause: conjunctions that open an adverbial clause of time or
//     cause after a cue, which is no content ("said as", "said after");
//   - approximator: words that may open an amount ("about 1.2 million");
//   - quantifier: words that may stand alone as a speaker ("all agreed");
//   - subject-pronoun: pronouns that may be a speaker ("he said");
//   - object-pronoun: possessive and object pronouns, matched as written,
//     that end no speaker phrase ("told him", "their claims");
//   - passive-auxiliary: forms of "be" before a participle cue whose
//     subject is no speaker ("he was told");
//   - passive-participle: participles of cues that do not end in -ed
//     ("were told", "is said");
//   - name-particle: lower-case words inside names ("de", "van");
//   - name-joiner: lower-case words that join the parts of a name
//     ("Bank of England"); "&" joins whatever its case;
//   - proxy-noun: nouns that speak for someone else ("the statement", "the
//     spokesman");
//   - subject-relative: relative pronouns that may stand for a cue's
//     speaker ("Hu, who said");
//   - aside-preposition: prepositions of a time between a subject and its
//     cue ("who in 2010 said", "Trump on Monday said");
//   - aside-adverb: phrases of two words between a subject and its cue ("has
//     so far resisted");
//   - phrase-joiner: words that join a noun phrase read back from its head
//     ("Federal and state officials", "the head of Sony Pictures");
//   - person-possessive: pronouns alone as a speaker that stand for a person
//     ("his remarks");
//   - body-pronoun: pronouns alone as a speaker that stand for an
//     organization ("it said", "its statement");
//   - definite-article: articles that refer back to a body named before
//     ("the group denied", "the office");
//   - indefinite-article: articles that introduce a body referred to later
//     ("a Chinese state-owned group");
//   - predicate-marker: words other than auxiliaries before an indefinite
//     article that make its phrase describe a name ("described as a");
//   - reader-pronoun: pronouns for the reader, who is no speaker, alone or
//     contracted ("you plan", "you're considering");
//   - nominal-copula: forms of "be" after a cue noun that a complementizer
//     follows ("his view is that");
//   - predicate-lead: words of the predicate between a subject and its cue,
//     adjectives and verb forms before an infinitive and focus adverbs ("was
//     eager to show", "is trying to explain", "would only say"): they are
//     walked past to the subject and are never a speaker;
//   - message-noun: nouns for a message that someone sends or issues; as
//     the object of a verb its sender speaks ("sent a letter urging",
//     "issued statements condemning").
//   - activity-verb: lemmas of cue verbs that name an act rather than a
//     statement unless a clause, a quotation or a noun for something said
//     follows them ("proved adept", "avoided the subject", "embraced the
//     idea", "moves to the next phase").
//   - question-verb: the participle of a verb of questioning, which opens a
//     sentence or follows a passive auxiliary ("Asked about ...", "was asked
//     whether ...");
//   - question-particle: a preposition after a question-verb that opens the
//     matter asked about, a noun phrase;
//   - question-pronoun: a pronoun after a question-verb that opens an
//     indirect question, beside the question words ("asked which county");
//   - evidence-noun: a noun for a finding that speaks for itself, such as a
//     poll or a study ("In a new poll, ...");
//   - evidence-preposition: a preposition that opens a sentence with the
//     evidence its clause comes from.
type ClaimWord struct {
	Header `yaml:",inline"`
	// Role is one of the roles listed above.
	Role string `yaml:"role"`
	// Words are lower-case words, or phrases of words separated by one space.
	Words []string `yaml:"words"`
}

// WordRole is a claim word role: one of the roles listed on ClaimWord.
// Code asks for a role by number, so a lookup hashes the word alone.
type WordRole uint8

// Claim word roles.
const (
	WordContactVerb WordRole = iota
	WordContactParticle
	WordContactSubject
	WordContactHead
	WordContactPrefix
	WordNearParticle
	WordNearPronoun
	WordProformAfter
	WordProformBefore
	WordProformCloser
	WordInfinitive
	WordComplementizer
	WordObjectStop
	WordSourceOpener
	WordParticipleEnd
	WordAdverbEnd
	WordPluralEnd
	WordSingularEnd
	WordMassEnd
	WordGerundEnd
	WordPastEnd
	WordModalAdverb
	WordSpeakerPrep
	WordRelativeTime
	WordRelativeLink
	WordTimeAdverb
	WordTimeDeterminer
	WordDatePrep
	WordTimeUnit
	WordCauseConj
	WordContrastConj
	WordCauseLead
	WordCauseMarker
	WordNominalParticle
	WordNominalModal
	WordNominalCopula
	WordAmountNoun
	WordBaseLicensor
	WordCoordinator
	WordClauseVerb
	WordRelativePronoun
	WordModal
	WordParticiplePrep
	WordQuestionWord
	// WordIndirectQuestion opens an indirect question after a cue's adjunct
	// ("asked on Monday whether"), and no clause of time, place or person.
	WordIndirectQuestion
	WordTimeClause
	WordApproximator
	WordQuantifier
	WordSubjectPronoun
	WordObjectPronoun
	WordPassiveAux
	WordPassivePart
	WordNameParticle
	WordNameJoiner
	WordProxyNoun
	WordSubjectRelative
	WordAsidePrep
	WordAsideAdverb
	WordPhraseJoiner
	WordPersonPossess
	WordBodyPronoun
	WordDefiniteArt
	WordIndefiniteArt
	WordPredicateMarker
	WordReaderPronoun
	WordVerbJoiner
	WordPredicateLead
	WordMessageNoun
	WordActivityVerb
	WordQuestionVerb
	WordQuestionPart
	WordQuestionPron
	WordEvidenceNoun
	WordEvidencePrep
	WordGroupPronoun
	// WordListenerParticle introduces what a listener was told of, after the
	// listener ("accused Smith of ...").
	WordListenerParticle
	// WordSenseParticle turns a cue right before it into a verb of another
	// sense that reports no words ("called off", "backed down").
	WordSenseParticle
	WordAsidePhrasePrep
	// WordAgentPrep introduces the agent after a passive cue ("asked by a
	// reporter", "was echoed by the governor").
	WordAgentPrep
	// WordInterviewAnswer labels an interview transcript's answers ("A:"),
	// which the person interviewed speaks.
	WordInterviewAnswer
	// WordSelfPronoun is a pronoun by which speakers name themselves ("I",
	// "we"): inside a quote, the quote's speaker.
	WordSelfPronoun
	// WordNameCoordinator joins a name to the one before it in a list of speakers ("Smith and Jones").
	WordNameCoordinator
	// WordGroupOf ties a plural head noun to the name after it ("members of the board").
	WordGroupOf
	// WordModalBlocker after a modal makes it no commitment ("will not", "would have").
	WordModalBlocker
	// WordRelativeThat is a relative pronoun that is also a complementizer
	// ("that"): a subject relative only between a noun and its verb.
	WordRelativeThat
	// WordNamingParticiple gives the name after it to the noun before it
	// ("a group called Save Our Marsh").
	WordNamingParticiple
	// WordDegree opens or closes a comparison of degree that a time may end
	// ("as early as next year", "later than June").
	WordDegree
	// WordPassiveBase after a modal and before a participle makes a passive ("will be sold").
	WordPassiveBase
	// WordCommitModal is a modal by which a subject commits to an action.
	WordCommitModal
	// WordCommitSubject is a pronoun subject that commits the speaker ("it will", "we will").
	WordCommitSubject
	// WordPluralPronoun is a plural subject pronoun, which commits a plural speaker.
	WordPluralPronoun
	// WordAmountLinker may come between an act and the amount that is its object ("a rise of", "more than").
	WordAmountLinker
	// WordDemonstrative may open a bare clause as its subject ("convinced this is").
	WordDemonstrative
	// WordRelativeCopula after a cue shows the cue inside a relative clause.
	WordRelativeCopula
	// WordPossessivePronoun is a possessive determiner.
	WordPossessivePronoun
	// WordRebuttalObject stands for what a rebuttal cue denies ("which the company denies").
	WordRebuttalObject
	// WordRebuttalLink joins a rebuttal noun to its clause ("a claim that").
	WordRebuttalLink
	// WordFrameAs opens a trailing frame ("..., as Ruiz said").
	WordFrameAs
	// WordUnsourcedLink before a passive cue makes it part of a relative clause.
	WordUnsourcedLink
	// WordNonHolder is a pronoun that holds no view.
	WordNonHolder
	// WordSourcePrep, after a head noun, names the source of what the head
	// is ("estimates from the institute", "a count by the agency").
	WordSourcePrep
	// WordPersonRelative is a relative pronoun that stands for a person
	// ("who"), never for a place before it.
	WordPersonRelative
	// WordShareLink joins the two numbers of a ratio that counts people
	// ("three in 10", "nine out of 10").
	WordShareLink
	// WordAmountDegree is a phrase of degree before an amount ("at least
	// half", "more than 40 percent").
	WordAmountDegree
	// WordStanceParticle is a preposition after a noun of stance that names
	// what the stance is about ("an attack on", "the case for").
	WordStanceParticle
	// WordCliticAux is an auxiliary written onto the pronoun before it as a
	// token of its own ("'s" in "He's said").
	WordCliticAux
	// WordTopicParticle is a preposition right after a cue that opens what
	// the words are about, never a time or a place ("questions about").
	WordTopicParticle
	// WordSettingPrep is a preposition whose object is the setting or
	// medium of an earlier verb, not the subject of a gerund after it ("was
	// on CNN talking about", "wrote in a statement to Wired explaining").
	WordSettingPrep

	// WordCondition is a subordinator of condition: a clause it opens
	// before a frame is part of what is said ("If she wins, he said, ...").
	WordCondition

	// WordCommentRequest is a phrase for a request to speak ("a request
	// for comment"): as the object of a cue it is no content, the words
	// were asked for, not said ("did not respond to a request for comment").
	WordCommentRequest

	// WordNarratorPronoun is a first-person singular pronoun, which outside
	// quotation marks is the author's: "I believe the plan will fail".
	WordNarratorPronoun

	// WordSubjectFocus is a word of focus or degree that opens a subject
	// before its determiner or number and is part of it: "Only three
	// senators", "Not everyone", "Virtually all analysts".
	WordSubjectFocus

	// WordPartitiveHead is a word that heads a partitive subject before
	// "of": "Some of the delegates", "none of his rivals", "One of the
	// authors". The subject is the part, not the whole it is taken from.
	WordPartitiveHead

	// WordOccasionPrep is a preposition that opens the occasion or medium of
	// a verb after its object ("backed the plan in an interview").
	WordOccasionPrep
	// WordOccasionNoun is a noun for an occasion or a medium of speech
	// ("interview", "rally", "Twitter"), the head of such a phrase.
	WordOccasionNoun

	// WordLinkingParticiple is a participle that after a comma links a
	// consequence or a condition to the clause before it, not what its
	// subject said: "prices rose, meaning that ...".
	WordLinkingParticiple

	// WordRoleCount is the number of claim word roles.
	WordRoleCount
)

// wordRoleNames are the roles' names in rule packs, by role.
var wordRoleNames = [WordRoleCount]string{
	WordContactVerb:       "contact-verb",
	WordContactParticle:   "contact-particle",
	WordContactSubject:    "contact-subject",
	WordContactHead:       "contact-head",
	WordContactPrefix:     "contact-prefix",
	WordNearParticle:      "near-particle",
	WordNearPronoun:       "near-pronoun",
	WordProformAfter:      "proform-after",
	WordProformBefore:     "proform-before",
	WordProformCloser:     "proform-closer",
	WordInfinitive:        "infinitive",
	WordComplementizer:    "complementizer",
	WordObjectStop:        "object-stop",
	WordSourceOpener:      "source-opener",
	WordParticipleEnd:     "participle-suffix",
	WordAdverbEnd:         "adverb-suffix",
	WordPluralEnd:         "plural-suffix",
	WordSingularEnd:       "singular-suffix",
	WordMassEnd:           "mass-suffix",
	WordGerundEnd:         "gerund-suffix",
	WordPastEnd:           "past-suffix",
	WordModalAdverb:       "modal-adverb",
	WordSpeakerPrep:       "speaker-preposition",
	WordRelativeTime:      "relative-time",
	WordRelativeLink:      "relative-link",
	WordTimeAdverb:        "time-adverb",
	WordTimeDeterminer:    "time-determiner",
	WordDatePrep:          "date-preposition",
	WordTimeUnit:          "time-unit",
	WordCauseConj:         "cause-conjunction",
	WordContrastConj:      "contrast-conjunction",
	WordCauseLead:         "cause-lead",
	WordCauseMarker:       "cause-marker",
	WordNominalParticle:   "nominal-particle",
	WordNominalModal:      "nominal-modal",
	WordNominalCopula:     "nominal-copula",
	WordAmountNoun:        "amount-noun",
	WordBaseLicensor:      "base-licensor",
	WordCoordinator:       "coordinator",
	WordClauseVerb:        "clause-verb",
	WordRelativePronoun:   "relative-pronoun",
	WordModal:             "modal",
	WordParticiplePrep:    "participle-preposition",
	WordQuestionWord:      "question-word",
	WordIndirectQuestion:  "indirect-question",
	WordTimeClause:        "time-clause",
	WordApproximator:      "approximator",
	WordQuantifier:        "quantifier",
	WordSubjectPronoun:    "subject-pronoun",
	WordObjectPronoun:     "object-pronoun",
	WordPassiveAux:        "passive-auxiliary",
	WordPassivePart:       "passive-participle",
	WordNameParticle:      "name-particle",
	WordNameJoiner:        "name-joiner",
	WordProxyNoun:         "proxy-noun",
	WordSubjectRelative:   "subject-relative",
	WordAsidePrep:         "aside-preposition",
	WordAsideAdverb:       "aside-adverb",
	WordPhraseJoiner:      "phrase-joiner",
	WordPersonPossess:     "person-possessive",
	WordBodyPronoun:       "body-pronoun",
	WordDefiniteArt:       "definite-article",
	WordIndefiniteArt:     "indefinite-article",
	WordPredicateMarker:   "predicate-marker",
	WordReaderPronoun:     "reader-pronoun",
	WordVerbJoiner:        "verb-joiner",
	WordPredicateLead:     "predicate-lead",
	WordMessageNoun:       "message-noun",
	WordActivityVerb:      "activity-verb",
	WordQuestionVerb:      "question-verb",
	WordQuestionPart:      "question-particle",
	WordQuestionPron:      "question-pronoun",
	WordEvidenceNoun:      "evidence-noun",
	WordEvidencePrep:      "evidence-preposition",
	WordGroupPronoun:      "group-pronoun",
	WordListenerParticle:  "listener-particle",
	WordSenseParticle:     "sense-particle",
	WordAgentPrep:         "agent-preposition",
	WordAsidePhrasePrep:   "aside-phrase-preposition",
	WordInterviewAnswer:   "interview-answer",
	WordSelfPronoun:       "self-pronoun",
	WordNameCoordinator:   "name-coordinator",
	WordGroupOf:           "group-of",
	WordModalBlocker:      "modal-blocker",
	WordDegree:            "degree",
	WordRelativeThat:      "relative-that",
	WordNamingParticiple:  "naming-participle",
	WordPassiveBase:       "passive-base",
	WordCommitModal:       "commit-modal",
	WordCommitSubject:     "commit-subject",
	WordPluralPronoun:     "plural-pronoun",
	WordAmountLinker:      "amount-linker",
	WordDemonstrative:     "demonstrative-subject",
	WordRelativeCopula:    "relative-copula",
	WordPossessivePronoun: "possessive-pronoun",
	WordRebuttalObject:    "rebuttal-object",
	WordRebuttalLink:      "rebuttal-link",
	WordFrameAs:           "frame-as",
	WordUnsourcedLink:     "unsourced-link",
	WordNonHolder:         "non-holder",
	WordSourcePrep:        "source-preposition",
	WordPersonRelative:    "person-relative",
	WordShareLink:         "share-link",
	WordAmountDegree:      "amount-degree",
	WordStanceParticle:    "stance-particle",
	WordCliticAux:         "clitic-auxiliary",
	WordTopicParticle:     "topic-particle",
	WordSettingPrep:       "setting-preposition",
	WordCondition:         "condition",
	WordCommentRequest:    "comment-request",
	WordNarratorPronoun:   "narrator-pronoun",
	WordSubjectFocus:      "subject-focus",
	WordPartitiveHead:     "partitive-head",
	WordOccasionPrep:      "occasion-preposition",
	WordOccasionNoun:      "occasion-noun",
	WordLinkingParticiple: "linking-participle",
}

// String returns the role's name in rule packs.
func (r WordRole) String() string { return wordRoleNames[r] }

// WordRoleNamed returns the role a pack names, and whether there is one.
func WordRoleNamed(name string) (WordRole, bool) {
	for r, n := range wordRoleNames {
		if n == name {
			return WordRole(r), true
		}
	}
	return 0, false
}

// ClaimWordRoles lists every claim word role's name.
var ClaimWordRoles = wordRoleNames[:]

func (c *ClaimWord) validate() error {
	if _, ok := WordRoleNamed(c.Role); !ok {
		return fmt.Errorf("role %q (want %s)", c.Role, strings.Join(ClaimWordRoles, ", "))
	}
	if len(c.Words) == 0 {
		return errors.New("words is empty")
	}
	return checkPhrases(c.Words)
}

func init() { register("claimword", func() Rule { return new(ClaimWord) }) }

// ClaimWords returns the claim word rules.
func (s *Set) ClaimWords() []*ClaimWord { return ofKind[*ClaimWord](s, "claimword") }
