package rules

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/andybalholm/cascadia"
)

// Furniture describes one kind of page furniture (navigation, related
// headlines, share bars, image credits, author bios ...) for the cleaner, or,
// with Content set, cues of the article body itself. One rule drives both the
// HTML path (tags, class and id cues) and the plain-text path (lines,
// headers, patterns).
type Furniture struct {
	Header `yaml:",inline"`
	// Reason is the short kebab-case word reported for each block this rule
	// removes ("related-list", "share-bar"). Empty for Content rules and for
	// blocks that are dropped silently (scripts, styles).
	Reason string `yaml:"reason"`
	// Content marks cues of the article body: elements matching Classes or
	// Tokens score higher as the article container. Nothing is removed.
	// With Selector, the first element it matches that holds text is the
	// article container, whatever the other rules say.
	Content bool `yaml:"content"`
	// Selector is a CSS selector ("div.story-body", "#main > article"): the
	// elements it matches are removed with Reason, whatever the other rules
	// say, or with Content are the article. For fixing one site in a pack.
	Selector string `yaml:"selector"`
	// Silent drops matching elements without listing them in Removed.
	Silent bool `yaml:"silent"`
	// Tags are HTML element names that are never article content.
	Tags []string `yaml:"tags"`
	// Attrs are attribute tests "name" or "name=value" (value compared
	// case-insensitively) marking an element as furniture, e.g. "hidden",
	// "aria-hidden=true", "role=navigation".
	Attrs []string `yaml:"attrs"`
	// Classes are lower-case substrings of an element's class or id.
	Classes []string `yaml:"classes"`
	// Tokens are lower-case whole words of an element's class or id, split on
	// "-", "_", spaces and case changes ("ad" matches "top-ad", not "header").
	Tokens []string `yaml:"tokens"`
	// Lines are whole lines or paragraphs, compared with case and spaces folded.
	Lines []string `yaml:"lines"`
	// Headers are the starts of lines that open a furniture run ("Latest in",
	// "More from"): the header and the headline-like lines after it go.
	Headers []string `yaml:"headers"`
	// Patterns are regular expressions matched against a whole short line
	// or paragraph (case-insensitive, spaces folded).
	Patterns []string `yaml:"patterns"`
	// Trailers are regular expressions matched against the article's last
	// paragraphs (case-insensitive, spaces folded): the first that matches
	// opens the boilerplate at the end of the body (a press release's
	// company profile, its media contacts), which goes with all after it.
	Trailers []string `yaml:"trailers"`
	// StopWords are function words of the language; their density tells prose
	// from headlines and labels.
	StopWords []string `yaml:"stopwords"`
	// LinkList sets when a block inside the article is a list of links.
	// The last rule that gives it counts.
	LinkList *LinkList `yaml:"linklist"`
	// LinkCard sets when an element inside a paragraph is a card of links
	// (a hover card of an author's latest stories). The last rule that
	// gives it counts.
	LinkCard *LinkCard `yaml:"linkcard"`
	// Prose sets when a line or paragraph reads as a sentence of the
	// article rather than a headline or label. The last rule that gives it
	// counts.
	Prose *Prose `yaml:"prose"`
	// BlockProse sets when an HTML block's own text counts as article prose
	// in choosing the article container. The last rule that gives it counts.
	BlockProse *BlockProse `yaml:"blockprose"`
	// IndexPage sets when an HTML page reads as a list of stories rather
	// than one article. The last rule that gives it counts.
	IndexPage *IndexPage `yaml:"indexpage"`
	// TeaserList sets when an HTML element is a list of story teasers
	// (headline link over a summary, repeated); the rule's Reason is given
	// to the lists it finds. The last rule that gives it counts.
	TeaserList *TeaserList `yaml:"teaserlist"`
}

// TeaserList holds the thresholds of the teaser-list test: an element with
// MinItems children or more, at least Share percent of them teasers, a
// teaser being a block that opens with a heading made of a link and holds
// SummaryChars characters (without white space) of text outside links.
type TeaserList struct {
	// MinItems is the fewest teasers of a list.
	MinItems int `yaml:"minitems"`
	// Share is the least percentage of the children that are teasers.
	Share int `yaml:"share"`
	// SummaryChars is the least non-link text of a teaser.
	SummaryChars int `yaml:"summarychars"`
	// MaxChars is the most non-link text of a teaser: a block holding more
	// is a story, and a list with one is no teaser list.
	MaxChars int `yaml:"maxchars"`
	// Counter is a regular expression a heading's first text matches when
	// it numbers the slide of a gallery ("3/50"): such a heading counts as
	// a teaser's, as a link would.
	Counter string `yaml:"counter"`
}

func (x *TeaserList) validate() error {
	if x.MinItems < 2 || x.Share < 1 || x.Share > 100 || x.SummaryChars < 1 || x.MaxChars <= x.SummaryChars {
		return &fieldError{field: "teaserlist", err: fmt.Errorf("minitems %d must be 2 or more, share %d within 1-100, summarychars %d positive and under maxchars %d", x.MinItems, x.Share, x.SummaryChars, x.MaxChars)}
	}
	if _, err := regexp.Compile(x.Counter); err != nil {
		return &fieldError{field: "teaserlist", err: fmt.Errorf("counter: %w", err)}
	}
	return nil
}

// IndexPage holds the thresholds of the index-page test: a page with
// MinLinks links whose link text is over LinkRatio times the chosen body's
// prose, the body holding under one BodyDivisor-th of the page's prose.
type IndexPage struct {
	// MinLinks is the fewest links of an index page.
	MinLinks int `yaml:"minlinks"`
	// LinkRatio is how many times the body's prose the link text exceeds.
	LinkRatio int `yaml:"linkratio"`
	// BodyDivisor is n where the body holds under 1/n of the page's prose.
	BodyDivisor int `yaml:"bodydivisor"`
}

func (x *IndexPage) validate() error {
	if x.MinLinks < 1 || x.LinkRatio < 1 || x.BodyDivisor < 1 {
		return &fieldError{field: "indexpage", err: fmt.Errorf("minlinks %d, linkratio %d and bodydivisor %d must be positive", x.MinLinks, x.LinkRatio, x.BodyDivisor)}
	}
	return nil
}

// BlockProse holds the thresholds of the prose test on an HTML block's own
// text, in characters without white space. A block under MinChars is not
// prose; nor is one with more than LinkShare percent in links while under
// ShortChars, or more than LongLinkShare percent at any length. Otherwise
// it is prose when it holds sentence punctuation or UnpunctuatedChars.
type BlockProse struct {
	// MinChars is the fewest characters of a prose block.
	MinChars int `yaml:"minchars"`
	// LinkShare is the most percentage of link text in a short prose block.
	LinkShare int `yaml:"linkshare"`
	// ShortChars is the length from which LongLinkShare applies instead
	// of LinkShare.
	ShortChars int `yaml:"shortchars"`
	// LongLinkShare is the most percentage of link text in a longer block.
	LongLinkShare int `yaml:"longlinkshare"`
	// UnpunctuatedChars is the fewest characters of a prose block without
	// sentence punctuation.
	UnpunctuatedChars int `yaml:"unpunctuatedchars"`
}

func (b *BlockProse) validate() error {
	if b.MinChars < 1 || b.ShortChars < b.MinChars || b.UnpunctuatedChars < b.MinChars {
		return &fieldError{field: "blockprose", err: fmt.Errorf("minchars %d must be positive and at most shortchars %d and unpunctuatedchars %d", b.MinChars, b.ShortChars, b.UnpunctuatedChars)}
	}
	if b.LinkShare < 0 || b.LongLinkShare < b.LinkShare || b.LongLinkShare > 100 {
		return &fieldError{field: "blockprose", err: fmt.Errorf("linkshare %d and longlinkshare %d are not percentages in order", b.LinkShare, b.LongLinkShare)}
	}
	return nil
}

// Prose holds the thresholds of the prose test on a line of text: a line
// of LongWords words is prose; one under MinWords, or not ending a
// sentence, is not; one of SentenceWords words ending a sentence is; a
// shorter one is when StopShare percent of its words are stop words.
type Prose struct {
	// MinWords is the fewest words of a prose line.
	MinWords int `yaml:"minwords"`
	// SentenceWords is the fewest words of a line ending a sentence that
	// is prose whatever its words.
	SentenceWords int `yaml:"sentencewords"`
	// LongWords is the fewest words of a line that is prose however it ends.
	LongWords int `yaml:"longwords"`
	// StopShare is the least percentage of stop words in a short line
	// ending a sentence for it to be prose.
	StopShare int `yaml:"stopshare"`
	// RunEndWords is the fewest words of the prose paragraph, not a list
	// item, that ends a furniture run opened by a header in HTML.
	RunEndWords int `yaml:"runendwords"`
}

func (p *Prose) validate() error {
	if p.MinWords < 1 || p.SentenceWords < p.MinWords || p.LongWords < p.SentenceWords {
		return &fieldError{field: "prose", err: fmt.Errorf("words %d, %d, %d are not 0 < minwords <= sentencewords <= longwords", p.MinWords, p.SentenceWords, p.LongWords)}
	}
	if p.StopShare < 0 || p.StopShare > 100 {
		return &fieldError{field: "prose", err: fmt.Errorf("stopshare %d is not a percentage", p.StopShare)}
	}
	if p.RunEndWords < 1 {
		return &fieldError{field: "prose", err: fmt.Errorf("runendwords %d is not positive", p.RunEndWords)}
	}
	return nil
}

// LinkCard holds the thresholds of the link-card test: an element with
// enough links, long enough and nearly all link text, is dropped from the
// paragraph around it. Characters are counted without white space.
type LinkCard struct {
	// MinLinks is the fewest links a card holds.
	MinLinks int `yaml:"minlinks"`
	// MinChars is the fewest characters of text a card holds.
	MinChars int `yaml:"minchars"`
	// Share is the least percentage of the card's characters in links.
	Share int `yaml:"share"`
}

func (l *LinkCard) validate() error {
	if l.MinLinks < 1 {
		return &fieldError{field: "linkcard", err: fmt.Errorf("minlinks %d is not positive", l.MinLinks)}
	}
	if l.MinChars < 1 {
		return &fieldError{field: "linkcard", err: fmt.Errorf("minchars %d is not positive", l.MinChars)}
	}
	if l.Share < 1 || l.Share > 100 {
		return &fieldError{field: "linkcard", err: fmt.Errorf("share %d is not a percentage from 1 to 100", l.Share)}
	}
	return nil
}

// LinkList holds the thresholds of the link-list test: a block in one
// piece that is not prose and whose text is mostly link text is removed.
// Characters are counted without white space.
type LinkList struct {
	// Share is the percentage of the block's characters in links above
	// which the block is a link list (50: more than half).
	Share int `yaml:"share"`
	// MaxChars is the length in characters from which only a list item
	// can still be a link list; longer blocks elsewhere are kept.
	MaxChars int `yaml:"maxchars"`
	// Counter is a regular expression a heading's first text matches when
	// it numbers the slide of a gallery ("3/50"): such a heading counts as
	// a teaser's, as a link would.
	Counter string `yaml:"counter"`
}

func (l *LinkList) validate() error {
	if l.Share < 1 || l.Share > 99 {
		return &fieldError{field: "linklist", err: fmt.Errorf("share %d is not a percentage from 1 to 99", l.Share)}
	}
	if l.MaxChars < 1 {
		return &fieldError{field: "linklist", err: fmt.Errorf("maxchars %d is not positive", l.MaxChars)}
	}
	return nil
}

var kebab = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)

func (f *Furniture) validate() error {
	if f.Content && f.Reason != "" {
		return errors.New("a content rule has no reason")
	}
	if f.Reason != "" && !kebab.MatchString(f.Reason) {
		return fmt.Errorf("reason %q is not a kebab-case word", f.Reason)
	}
	if f.Selector != "" {
		if _, err := cascadia.ParseGroup(f.Selector); err != nil {
			return &fieldError{field: "selector", err: fmt.Errorf("selector %q: %w", f.Selector, err)}
		}
	} else if len(f.Tags)+len(f.Attrs)+len(f.Classes)+len(f.Tokens)+len(f.Lines)+len(f.Headers)+len(f.Patterns)+len(f.Trailers)+len(f.StopWords) == 0 && !f.setsLimits() {
		return errors.New("rule matches nothing: give a selector, tags, attrs, classes, tokens, lines, headers, patterns, trailers, stopwords, linklist, linkcard, prose, blockprose, indexpage or teaserlist")
	}
	if f.LinkList != nil {
		if err := f.LinkList.validate(); err != nil {
			return err
		}
	}
	if f.LinkCard != nil {
		if err := f.LinkCard.validate(); err != nil {
			return err
		}
	}
	if f.Prose != nil {
		if err := f.Prose.validate(); err != nil {
			return err
		}
	}
	if f.BlockProse != nil {
		if err := f.BlockProse.validate(); err != nil {
			return err
		}
	}
	if f.TeaserList != nil {
		if err := f.TeaserList.validate(); err != nil {
			return err
		}
	}
	if f.IndexPage != nil {
		if err := f.IndexPage.validate(); err != nil {
			return err
		}
	}
	if !f.Content && !f.Silent && f.Reason == "" && len(f.StopWords) == 0 && !f.setsLimits() {
		return errors.New("reason is empty (or set silent or content)")
	}
	for _, c := range append(append([]string{}, f.Classes...), f.Tokens...) {
		if c == "" || c != strings.ToLower(c) {
			return fmt.Errorf("class cue %q must be non-empty lower case", c)
		}
	}
	for _, p := range append(append([]string{}, f.Patterns...), f.Trailers...) {
		if err := checkPattern(p); err != nil {
			return fmt.Errorf("pattern %q: %w", p, err)
		}
	}
	return nil
}

// setsLimits reports a rule that gives thresholds of the cleaner.
func (f *Furniture) setsLimits() bool {
	return f.LinkList != nil || f.LinkCard != nil || f.Prose != nil || f.BlockProse != nil || f.IndexPage != nil || f.TeaserList != nil
}

func init() { register("furniture", func() Rule { return new(Furniture) }) }

// Furnitures returns the furniture rules.
func (s *Set) Furnitures() []*Furniture { return ofKind[*Furniture](s, "furniture") }
