package claims

import "testing"

func TestThatClause(t *testing.T) {
	runRuleCases(t, "attribution.that-clause", []ruleCase{
		{"Mr. Trump groused that the network treats him unfairly.", "the network treats him unfairly", "Mr. Trump"},
		{"The panel of judges concluded in a short ruling that the map was drawn unfairly.", "", ""},
		{"Maybe he figures that the voters will forgive him.", "the voters will forgive him", "he"},
		// A relative pronoun's antecedent is the subject.
		{"The appeal went to the harbour board, which ruled that the wall was legal.", "the wall was legal", "the harbour board"},
		// No clause after "that": a demonstrative, a relative clause.
		{"He signed that bill into law.", "", ""},
		{"The senators fought the bill that the House passed.", "", ""},
		// No one holds the clause.
		{"It helps that the economy is growing.", "", ""},
		// A verb that a cue rule reads is left to it.
		{"The senator said that the vote will be close.", "", ""},
		// A participle after the main clause: its subject holds the clause.
		{"A judge blocked the ban on Monday, ruling that the city had acted unlawfully.", "the city had acted unlawfully", "A judge"},
		{"The regulator fined the bank, finding that it had misled customers.", "it had misled customers", "The regulator"},
		// A linking participle, a preposition or a pronoun in "-ing" is no verb of saying.
		{"Rates rose again, meaning that loans will cost more.", "", ""},
		{"The firm cut jobs, something that the union opposed.", "", ""},
	})
}

// A noun cue before a "that" clause of its own holds the clause, with no
// one named: not a relative clause whose object is the noun.
func TestSpeakerlessNounClause(t *testing.T) {
	runRuleCases(t, "attribution.nominal", []ruleCase{
		{"There were complaints that it was underfunded and overly prescriptive.", "it was underfunded and overly prescriptive", ""},
		{"There were fears that the owners would close the plant.", "the owners would close the plant", ""},
		// An infinitive is no speaker: the claims are someone else's.
		{"Apple has agreed to pay $500m to settle claims that it slowed older iPhones.", "it slowed older iPhones", ""},
		{"The company hopes that the plant will stay open.", "", ""},
		// A negated infinitive after the noun keeps its negation.
		{"The council welcomed her decision not to close the harbour.", "not to close the harbour", "her"},
		{"She read the statement that the agency published.", "", ""},
	})
}
