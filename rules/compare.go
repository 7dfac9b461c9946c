package rules

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Compare is one rule of the cross-document comparison (claimex compare).
// Class says what the rule holds:
//
//   - "weights": Weights of the evidence that two claims make the same
//     statement, and the thresholds (see [CompareWeightKeys]);
//   - "tolerance": Weights holding the relative tolerances of amounts
//     (see [CompareToleranceKeys]);
//   - "stopwords": Words that carry no content;
//   - "descriptor": Words that open a description ("the company") rather
//     than a name; aliases they open never link entities across documents;
//   - "suffixes": Suffixes stripped from content words, longest first;
//   - "affiliation": Words that may join an organization to a person's
//     title besides the title itself ("Huawei's chairman, Ken Hu",
//     "Ken Hu, chairman of Huawei");
//   - "kind-family": Words are claim kinds compatible with one another;
//   - "cue-family": Words are claim rule ids (or rule id prefixes ending
//     in ".") whose cues are compatible with one another.
type Compare struct {
	Header `yaml:",inline"`
	// Class names what the rule holds; see the type's documentation.
	Class string `yaml:"class"`
	// Weights maps evidence names to weights, or tolerances to fractions.
	Weights map[string]float64 `yaml:"weights"`
	// Words are lower-case words, kinds or rule ids, by class.
	Words []string `yaml:"words"`
	// Suffixes are the stemming suffixes of a "suffixes" rule.
	Suffixes []Suffix `yaml:"suffixes"`
}

// Suffix is stripped from a word that keeps at least MinStem letters,
// and Replace put in its place ("ies" → "y").
type Suffix struct {
	Suffix  string `yaml:"suffix"`
	Replace string `yaml:"replace"`
	MinStem int    `yaml:"min_stem"`
}

// Classes of compare rules.
const (
	CompareWeights     = "weights"
	CompareTolerance   = "tolerance"
	CompareStopwords   = "stopwords"
	CompareDescriptor  = "descriptor"
	CompareAffiliation = "affiliation"
	CompareSuffixes    = "suffixes"
	CompareKindFamily  = "kind-family"
	CompareCueFamily   = "cue-family"
)

// CompareWeightKeys are the keys a "weights" rule may set.
var CompareWeightKeys = []string{
	"claimant", "claimant_none", "claimant_subject", "claimant_affiliated", "claimant_differs", "kind", "kind_family", "cue",
	"content", "full_common", "entities", "entities_disjoint", "values", "time_values", "time_span", "unanchored", "documents_apart", "value_slot_only", "value_conflict", "differs_min_common", "threshold", "min_evidence", "linkage", "block_max",
}

// CompareToleranceKeys are the keys a "tolerance" rule may set.
var CompareToleranceKeys = []string{"exact", "approximate", "vague_span"}

func (c *Compare) validate() error {
	switch c.Class {
	case CompareWeights:
		return checkKeys(c.Weights, CompareWeightKeys)
	case CompareTolerance:
		if err := checkKeys(c.Weights, CompareToleranceKeys); err != nil {
			return err
		}
		for k, v := range c.Weights {
			if v < 0 {
				return fmt.Errorf("tolerance %s is negative", k)
			}
		}
		return nil
	case CompareStopwords, CompareDescriptor, CompareAffiliation, CompareKindFamily, CompareCueFamily:
		if len(c.Words) == 0 {
			return errors.New("words is empty")
		}
		for _, w := range c.Words {
			if w != strings.ToLower(w) {
				return fmt.Errorf("word %q is not lower case", w)
			}
		}
		return nil
	case CompareSuffixes:
		if len(c.Suffixes) == 0 {
			return errors.New("suffixes is empty")
		}
		for _, s := range c.Suffixes {
			if s.Suffix == "" || s.MinStem < 1 {
				return fmt.Errorf("suffix %q: want a suffix and min_stem of at least 1", s.Suffix)
			}
		}
		return nil
	}
	return fmt.Errorf("class %q: want %s", c.Class, strings.Join([]string{CompareWeights, CompareTolerance,
		CompareStopwords, CompareDescriptor, CompareAffiliation, CompareSuffixes, CompareKindFamily, CompareCueFamily}, ", "))
}

// checkKeys rejects keys of m not in allowed.
func checkKeys(m map[string]float64, allowed []string) error {
	if len(m) == 0 {
		return errors.New("weights is empty")
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !slices.Contains(allowed, k) {
			return fmt.Errorf("unknown weight %q (want one of %s)", k, strings.Join(allowed, ", "))
		}
	}
	return nil
}

func init() { register("compare", func() Rule { return new(Compare) }) }

// Compares returns the compare rules.
func (s *Set) Compares() []*Compare { return ofKind[*Compare](s, "compare") }
