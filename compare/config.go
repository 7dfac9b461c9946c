package compare

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// weights are the evidence weights and thresholds of the "weights" rules.
type weights struct {
	claimant, claimantNone, claimantDiffers float64
	claimantSubject, claimantAffiliated     float64
	kind, kindFamily, cue                   float64
	content, fullCommon                     float64
	entities, entitiesDisjoint              float64
	values, timeValues, valueSlotOnly       float64
	valueConflict, differsMinCommon         float64
	timeSpan, unanchored, documentsApart    float64
	threshold, minEvidence, linkage         float64
	blockMax                                int
}

// tolerances are the relative tolerances of amounts.
type tolerances struct {
	exact, approximate, vagueSpan float64
}

// config is the compiled compare rule pack.
type config struct {
	w           weights
	tol         tolerances
	stop        map[string]bool
	descriptors map[string]bool
	affiliation map[string]bool // words joining an organization to a person's title
	suffixes    []rules.Suffix
	kindCompat  [][]bool           // by index in kindOrder: compatible kinds
	cueFamilies [][]string         // rule ids or prefixes ending in "."
	magnitudes  map[string]float64 // vague and scale words of the value pack
}

// newConfig compiles the compare rules of set, and the magnitude words of
// its value pack (for reading vague amounts).
func newConfig(set *rules.Set) (*config, error) {
	c := &config{stop: map[string]bool{}, descriptors: map[string]bool{}, affiliation: map[string]bool{},
		magnitudes: map[string]float64{}}
	c.kindCompat = make([][]bool, len(kindOrder)+1)
	for i := range c.kindCompat {
		c.kindCompat[i] = make([]bool, len(kindOrder)+1)
	}
	var haveWeights, haveTol bool
	for _, r := range set.Compares() {
		switch r.Class {
		case rules.CompareWeights:
			haveWeights = true
			c.setWeights(r.Weights)
		case rules.CompareTolerance:
			haveTol = true
			c.setTolerances(r.Weights)
		case rules.CompareStopwords:
			addAll(c.stop, r.Words)
		case rules.CompareDescriptor:
			addAll(c.descriptors, r.Words)
		case rules.CompareAffiliation:
			addAll(c.affiliation, r.Words)
		case rules.CompareSuffixes:
			c.suffixes = append(c.suffixes, r.Suffixes...)
		case rules.CompareKindFamily:
			for _, a := range r.Words {
				for _, b := range r.Words {
					c.kindCompat[kindIndex(a)][kindIndex(b)] = true
				}
			}
		case rules.CompareCueFamily:
			c.cueFamilies = append(c.cueFamilies, r.Words)
		}
	}
	if !haveWeights || !haveTol {
		return nil, fmt.Errorf("compare: the rule set has no compare weights or tolerance rule")
	}
	if c.w.fullCommon < 1 {
		return nil, fmt.Errorf("compare: full_common must be at least 1, got %g", c.w.fullCommon)
	}
	if c.w.blockMax < 2 {
		return nil, fmt.Errorf("compare: block_max must be at least 2, got %d", c.w.blockMax)
	}
	for _, v := range set.ValueWords() {
		if v.Class != "number.vague" && v.Class != "number.scale" {
			continue
		}
		for word, num := range v.Words {
			if f, err := strconv.ParseFloat(num, 64); err == nil && f > 1 {
				c.magnitudes[strings.ToLower(word)] = f
			}
		}
	}
	return c, nil
}

func addAll(m map[string]bool, words []string) {
	for _, w := range words {
		m[w] = true
	}
}

func (c *config) setWeights(m map[string]float64) {
	set := map[string]*float64{
		"claimant": &c.w.claimant, "claimant_none": &c.w.claimantNone, "claimant_differs": &c.w.claimantDiffers,
		"claimant_subject": &c.w.claimantSubject, "claimant_affiliated": &c.w.claimantAffiliated,
		"kind": &c.w.kind, "kind_family": &c.w.kindFamily, "cue": &c.w.cue, "content": &c.w.content, "full_common": &c.w.fullCommon,
		"entities": &c.w.entities, "entities_disjoint": &c.w.entitiesDisjoint, "values": &c.w.values, "time_values": &c.w.timeValues, "time_span": &c.w.timeSpan, "unanchored": &c.w.unanchored,
		"documents_apart": &c.w.documentsApart,
		"value_slot_only": &c.w.valueSlotOnly, "value_conflict": &c.w.valueConflict,
		"differs_min_common": &c.w.differsMinCommon, "threshold": &c.w.threshold, "min_evidence": &c.w.minEvidence, "linkage": &c.w.linkage,
	}
	for k, v := range m {
		if p, ok := set[k]; ok {
			*p = v
		} else if k == "block_max" {
			c.w.blockMax = int(math.Round(v))
		}
	}
}

func (c *config) setTolerances(m map[string]float64) {
	for k, v := range m {
		switch k {
		case "exact":
			c.tol.exact = v
		case "approximate":
			c.tol.approximate = v
		case "vague_span":
			c.tol.vagueSpan = v
		}
	}
}

// cueFamily returns the index of the cue family holding a claim's rule id, or -1.
func (c *config) cueFamily(rule string) int {
	for i, fam := range c.cueFamilies {
		for _, w := range fam {
			if w == rule || (strings.HasSuffix(w, ".") && strings.HasPrefix(rule, w)) {
				return i
			}
		}
	}
	return -1
}

// kindOrder lists the claim kinds; kindIndex gives len(kindOrder) to any other.
var kindOrder = []string{document.Quote, document.Reported, document.Commitment, document.Assertion}

func kindIndex(kind string) int {
	if i := slices.Index(kindOrder, kind); i >= 0 {
		return i
	}
	return len(kindOrder)
}
