// Package clean turns a raw page or pasted text into the article's text, the furniture removed from it, and its metadata.
//
// Web pages are parsed once (golang.org/x/net/html via goquery) and walked
// iteratively, so nesting depth costs no stack. Before parsing, a scan that
// reads tags as the tokenizer does (rawtext.go, tagscan.go) cuts what
// nothing reads: script, style and svg bodies (JSON-LD kept) and the
// attributes neither the cleaner nor its rule packs test; the tree is the
// same less those attributes (prune_tree_test.go, FuzzPruneMarkup). Elements that never hold
// article text (scripts, styles, hidden elements) are skipped; the others are
// matched against the furniture rule pack (tags, attributes, class and id
// substrings and words); CSS selector rules, compiled with cascadia and
// matched with goquery, override all of it (selector.go). Every element is
// then scored as the article container by the text of its prose blocks less its other text, link text
// counting double, with a bonus for the page's own body cues
// (itemprop=articleBody, "entry-content"). The output walk keeps the chosen
// container's headings and paragraphs in order and lists everything else in
// document.Removed with a short reason: furniture inside the container
// (share bars, captions, related lists, bios), short lines the rule pack's
// lines and patterns name, blocks made of links, and the page outside the
// container. Short emphasized lines right under an image go as its caption,
// a page headline above the body that differs from the title goes (the text
// opens with the title), and the trailer patterns of the rule pack cut the
// boilerplate that closes a press release or a post (company profile, media
// contacts, follow-us and radio plugs, author taglines) from the last
// paragraphs. The approach follows the readability family of extractors;
// the furniture cues are data in rules/furniture.yaml.
//
// The boiler test (boiler_test.go) scores the cleaner page by page on the
// shared boiler-dev pages when they are present, in two halves split by a
// hash of the file name, and lists the paragraphs costing most precision.
//
// Pasted text is cut into lines at blank lines and line breaks (hard-wrapped
// paragraphs are joined again). Lines are classified by the same rule pack
// and by length, sentence punctuation and stop words; headers such as
// "Latest in News" open runs of headlines, author bios are recognized by
// their shape ("Name / Role, Outlet / Name is Role at Outlet ..."), and the
// title, authors, outlet and date are read on the way. Short lines inside
// or between the prose (datelines, result lines, tables, lists,
// subheadings) are the article's own unless a rule or a header names them;
// before the body runs of menu words go, after it lists of other stories'
// headlines (see headline for what reads as one).
//
// A page or text that declares no language gets the one whose function
// words (metadata rules with language and words) make up a clear share of
// its text, or none when the text is short or no language stands out.
package clean
