// Package entities finds people, organizations, places and nationalities and
// resolves their aliases within an article.
//
// Recognition is rule-based and reads only rule packs (package rules):
// gazetteers of countries, cities, regions, nationalities and well-known
// organizations; person titles and honorifics; organization suffixes and
// heads ("Inc", "Group", "Ministry of"); context cues ("said", "beat", "in");
// common English words; and the words that mark a sports page.
//
// A Run works in four steps:
//
//  1. Runs of capitalized words in running text (joined by particles such as
//     "of", "de", "van der" where the rules allow) are split at titles and
//     honorifics ("Huawei rotating Chairman Ken Hu" → Huawei, title, Ken Hu)
//     and classified: gazetteer, organization suffix or head, title,
//     acronym, context cue, then a default reading by shape.
//  2. The document settles each form: short forms link to the full names of
//     people ("Hu" → "Ken Hu"), one form keeps one reading, lone sentence
//     openers that are ordinary words are dropped, places named before scores
//     on sports pages become teams.
//  3. All-capitals headlines and tables are read against the document's own
//     names and the gazetteers, case-insensitively ("LEICESTERSHIRE").
//  4. Mentions are grouped into entities numbered by first mention, named by
//     their longest form; short forms ("Aurora" of "Aurora Airways",
//     "Commission" of "European Commission") and bracketed abbreviations
//     ("(CPSC)") join their organization; role references ("the company",
//     "the agency", "the Chinese technology giant") are added to the
//     organization they fit: the one bearing the role's words ("Agency",
//     "Union", "Trust"), else the one named last as a possible subject.
//
// Pronouns are left to the claims stage.
package entities
