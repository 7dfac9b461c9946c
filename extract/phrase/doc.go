// Package phrase groups a sentence's tokens into noun phrases, verb groups
// and clauses, by word classes from the phrase rules and no tagger: enough
// structure for the claims stage to read "subject, cue verb group,
// complement" rather than word windows.
//
// A [Parse] is built in one left-to-right pass over the tokens and a second
// over the chunks, in time linear in the sentence, reusing its slices
// between sentences.
package phrase
