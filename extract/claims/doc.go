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
//   - Then, from left to right: commitments ("promised to", "unveiled plans to",
//     "Huawei will"), nominal attributions ("Trump's claims about"), and frames
//     whose speaker comes first ("Hu said that", "Hu told reporters:",
//     "..., saying that"), impersonal ones ("it was reported that") and
//     unsourced ones ("was accused of", "allegedly").
//   - "According to X" makes X the via of a claim already made in the sentence,
//     or the claimant of the content otherwise.
//   - Long quotes left without attribution take the speaker of the claim just
//     before them in the same or the previous paragraph.
//   - Sentences left over that name an entity together with a value or an event
//     are the article's own assertions.
//
// Speakers are resolved to entities: the mention inside the speaker phrase (a
// person before an organization), the latest person for "he" and "she", the
// latest organization for "it" and "the company"; without a match the phrase
// itself is the claimant's name. A claim is hedged when its sentence holds a
// hedge ("reportedly", "is expected to", "could") or its cue is tentative.
//
// Every step looks at a bounded window of tokens around a cue, so the work is
// linear in the length of the text.
package claims
