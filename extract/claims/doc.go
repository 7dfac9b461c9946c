// Package claims extracts quotes, reported speech, commitments and assertions with their claimants.
package claims
