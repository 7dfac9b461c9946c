// Package values finds money, percentages, quantities, dates, periods and durations and normalizes them.
//
// The text is tokenized once (letter runs, digit runs, single other characters) and scanned
// left to right; at each token that can begin a value the recognizers (money, percent, time,
// quantity) propose candidates and the longest wins, so spans never cross. Word lists —
// currencies, number words, magnitudes, units, calendar words, cue words — come from the
// currency and valueword rule packs; the grammar and the calendar arithmetic are Go.
//
// Time expressions are resolved against Document.Ref: a weekday alone is the latest one up
// to the reference unless the sentence speaks of the future; a day and month without a year
// is the recent past when within a month before the reference, else the sentence's tense
// decides, else the next occurrence. Without a reference, relative expressions are dropped
// and yearless dates become "--MM-DD". Ranges with two full ends ("from 2014 to 2018") end
// the day before their second end, as the Recognizers-Text corpora do; ranges of days within
// one month ("July 13-15") include both ends.
package values
