package rules

import (
	"regexp"
	"testing"
)

// TestRecurringPack checks that the recurrence cues and adverbs load, and
// that every adverb's value is an ISO 8601 duration the recognizer can
// report as a period.
func TestRecurringPack(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	iso := regexp.MustCompile(`^P(T?[0-9]+[YMWDHS])$`)
	cues, adverbs := 0, 0
	for _, w := range set.ValueWords() {
		switch w.Class {
		case "recur.every":
			cues += len(w.List)
		case "recur.adverb":
			if !w.CaseSensitive {
				t.Errorf("%s: recurrence adverbs must match as written, so that names such as the Daily Mail are not read as times", w.ID)
			}
			for word, v := range w.Words {
				adverbs++
				if !iso.MatchString(v) {
					t.Errorf("%s: %q has value %q, not an ISO 8601 duration", w.ID, word, v)
				}
			}
		}
	}
	if cues == 0 || adverbs < 5 {
		t.Errorf("recurring pack: %d cues, %d adverbs", cues, adverbs)
	}
}
