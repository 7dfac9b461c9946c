package entities

import (
	"strings"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// Finder finds the entities of documents. It is built once from a rule set
// and is safe for concurrent use: Run keeps its state in a per-call value.
type Finder struct {
	lx *lexicon
	// media holds the full forms of news organizations, which role nouns
	// ("the company") never refer to.
	media map[string]bool
	// defaultType is the type of a lone capitalized word nothing else explains.
	defaultType string
	// minRepeat is how often such a word must occur to be kept.
	minRepeat int
	// roleMentions adds role references ("the company") to the entities
	// they refer to.
	roleMentions bool
}

// New builds a Finder from the gazetteer, title, orgcue, namecue, currency,
// commonword and topic rules of set.
func New(set *rules.Set) (*Finder, error) {
	lx, err := lexiconOf(set)
	if err != nil {
		return nil, err
	}
	f := &Finder{lx: lx, media: map[string]bool{}, defaultType: document.Org, minRepeat: 2, roleMentions: true}
	for _, g := range set.Gazetteers() {
		if g.Class == rules.GazetteerMedia {
			for _, n := range g.Names {
				for _, v := range rules.Variants(n) {
					f.media[v] = true
				}
			}
		}
	}
	return f, nil
}

// Run sets d.Entities from d.Text, d.Sentences and d.Tokens: people (with
// their titles), organizations, places and nationalities, each with its
// canonical name, aliases and mentions, numbered by first mention.
func (f *Finder) Run(d *document.Document) error {
	d.Entities = nil
	if len(d.Tokens) == 0 {
		return nil
	}
	w := &work{f: f, d: d}
	w.toks, w.sents, w.spells = prepare(d, f.lx)
	w.detectSports()
	w.titleCase()
	if foreign(d.Meta.Language) {
		// The capitalization rules are English ones: elsewhere only the
		// gazetteers speak. The clean stage declares or guesses the
		// language; a document without one is read as English.
		for i := range w.sents {
			w.sents[i].caps = true
		}
	}
	w.datelines()
	for i, s := range w.sents {
		if i%256 == 0 && d.Check() != nil {
			return d.Check()
		}
		if !s.caps && !s.dateline {
			w.scanSentence(s)
		}
	}
	w.dropCommonAcronyms()
	w.dropPartyTags()
	w.resolveTypes()
	forms, maxLen := w.knownForms()
	for _, s := range w.sents {
		if s.caps && !s.dateline {
			w.scanCaps(s, forms, maxLen)
		}
	}
	d.Entities = w.build()
	return nil
}

// foreign reports whether the page declares a language other than English.
func foreign(lang string) bool {
	lang = strings.ToLower(strings.TrimSpace(lang))
	return lang != "" && lang != "en" && !strings.HasPrefix(lang, "en-") && !strings.HasPrefix(lang, "en_")
}
