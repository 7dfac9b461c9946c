// Package values finds money, percentages, quantities, dates, periods and durations and normalizes them.
//
// The text is tokenized once (letter runs, digit runs, single other characters) and scanned
// left to right; at each token that can begin a value the recognizers (money, percent, time,
// quantity) propose candidates and the longest wins, so spans never cross. Word lists —
// currencies, number words, magnitudes, units, calendar words, cue words — come from the
// currency and valueword rule packs; the grammar and the calendar arithmetic are Go.
//
// Time expressions are resolved against Document.Ref. The nearest tense cue before an expression
// in its sentence decides how it is placed: a future word ("will", "plans to"), a past auxiliary
// ("has", "was") or a past-tense verb ("said", "fell", "approved"). A weekday alone is the latest
// one up to the reference unless the sentence speaks of the future. A month, or a day and month,
// without a year is the recent past when within a month before the reference; else a future cue
// means the next occurrence, a past auxiliary the last one, and a past-tense verb the last one
// (in a lone sentence only within a quarter before the reference: further back, "took place on
// August 27" is more often the next one); without a cue, an article of several paragraphs means
// the nearer occurrence within a quarter, and a lone sentence the next one. Without a reference,
// relative expressions are dropped and yearless dates become "--MM-DD". Ranges with two full
// ends ("from 2014 to 2018") end the day before their second end, as the Recognizers-Text
// corpora do, unless the range names a whole span ("the July-September quarter"); ranges of
// days within one month ("July 13-15") include both ends.
//
// Some times are built on others: a weekday placed from a time ("the Monday after Easter"), a
// start with a length ("from March 20 for ten days"), a unit to the reference date ("so far this
// year", "YTD") or from it to the unit's end ("the rest of the week"), and recurrences with a
// skip or a count ("every other week", "twice a year").
//
// Shared currency words ("dollars", "cents"; "pounds") name their default (USD; GBP) unless the
// article makes another currency that takes them its own ("takes" in the currency pack): by its
// locale or site, by writing that currency's marks ("A$"), by a dateline in its places (as
// written or in capitals: "OTTAWA (Reuters) -"), or by naming its places often, without ever
// writing the default's own marks ("US$", "£").
package values
