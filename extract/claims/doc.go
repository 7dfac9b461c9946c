// Package claims extracts quotes, reported speech, commitments and assertions with their claimants.
//
// The stage reads the sentences and tokens of the segmenter, the entity
// mentions and the values, and works sentence by sentence with word lists
// from the rule packs (attribution, commitment, hedge, quote, assertion and
// claimant kinds):
//
//   - Quotation marks are paired within each paragraph; a paragraph that opens
//     a quote without closing it continues into the next one that opens a quote.
//   - Frames whose speaker follows the content are read first (`"...," Hu
//     said`, "..., a source said.", "..., said Hu.", "X, Hu says, is ..."), so
//     that the content of a frame before them stops where they start.
//   - Then, from left to right: denials of the clause before ("..., a claim
//     the company denied"), commitments ("promised to", "unveiled plans to",
//     "Huawei will", "pledged £300m to"), nominal attributions ("Trump's claims
//     about"), and frames whose speaker comes first ("Hu said that", "Hu told
//     reporters:", "..., saying that", "After saying ..., she"), impersonal ones
//     ("it was reported last month that") and unsourced ones ("was accused
//     of", "allegedly"). A second verb joined by "and" or "but" is a frame of
//     the same speaker, and a coordinated frame ends the content before it.
//   - A cue with an amount as its object reports an act, not words ("approved
//     €1.2 billion in aid", "posted a net profit of $45m"); loose stance verbs
//     need someone who can hold a stance ("the keyboard may prove" has none).
//   - "According to X" makes X the via of a claim already made in the sentence,
//     or the claimant of the content otherwise.
//   - Long quotes left without attribution take the speaker of the claim just
//     before them in the same or the previous paragraph.
//   - Sentences left over that name an entity together with a value, an event
//     or a superlative are the article's own assertions, and so is the clause
//     that opens a sentence before its claims ("Pilots have voted to strike,
//     threatening to ...").
//
// Speakers are resolved to entities: the mention inside the speaker phrase (a
// person before an organization), named in full when the phrase runs past it
// ("Nordic Pilots' Union"); the latest person for "he" and "she"; the latest
// organization for "it", and the organization the article is about for "the
// company"; a short name takes the full form named before ("the Commission").
// Without a match the phrase itself is the claimant's name. A claim is hedged
// when its part of the sentence, its content or its cue holds a hedge
// ("reportedly", "is expected to", "could", "people familiar with") or its cue
// is tentative.
//
// Every step looks at a bounded window of tokens around a cue, so the work is
// linear in the length of the text.
package claims
