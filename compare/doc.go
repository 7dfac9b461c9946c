// Package compare reads the records of several reports and finds the claims
// they share: it links their entities into one set, groups claims that make
// the same statement, and says of each group whether its sources agree
// (corroborated), disagree on a value or a claimant (conflicting), or stand
// alone (single).
//
// The work is rule-based: the evidence weights, tolerances, stop words and
// suffixes live in the "compare" rule pack (rules/compare.yaml). Candidate
// pairs are blocked by claimant, entity, value and content word before they
// are scored, so grouping stays near-linear in the number of claims.
package compare
