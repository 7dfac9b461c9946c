package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestAcronymBeforeAsideIsNoDateline checks that capitals and a dash that
// open an aside ("NATO - the alliance ... -") stay in the claim: a
// dateline's dash is followed by the article's first sentence.
func TestAcronymBeforeAsideIsNoDateline(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "The board met on Monday.\n\nNATO - the alliance of 32 states - will meet in May, its owner said on Tuesday.")
	if !hasClaimText(d, document.Reported, "NATO - the alliance of 32 states - will meet in May") {
		t.Errorf("the acronym was cut as a dateline: %+v", d.Claims)
	}
}
