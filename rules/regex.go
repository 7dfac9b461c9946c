package rules

import (
	"fmt"
	"regexp"
	"regexp/syntax"
)

// maxRepeat bounds how many copies of a subexpression the counted
// repetitions of one pattern ({n}, {n,m}) may ask for, nested counts
// multiplied. The regexp engine runs in time linear in the text but
// proportional to the compiled program, which such counts inflate:
// (.?){1000}(.?){1000} compiles to thousands of instructions per byte.
const maxRepeat = 200

// checkPattern compiles a pattern of a rule pack and rejects one whose
// counted repetitions exceed [maxRepeat].
func checkPattern(p string) error {
	if _, err := regexp.Compile(p); err != nil {
		return err
	}
	tree, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		return err
	}
	if n := repeats(tree); n > maxRepeat {
		return fmt.Errorf("counted repetitions ask for %d copies, over the limit of %d", n, maxRepeat)
	}
	return nil
}

// repeats counts the copies the counted repetitions of re expand to: a
// repetition {n,m} costs its largest count (n when unbounded) times the cost
// of its body, and siblings add up.
func repeats(re *syntax.Regexp) int {
	total := 0
	for _, sub := range re.Sub {
		total += repeats(sub)
	}
	if re.Op != syntax.OpRepeat {
		return total
	}
	count := max(re.Max, re.Min)
	return count * max(total, 1)
}
