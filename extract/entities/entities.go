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
	// roleMentions adds role references ("the company") as mentions.
	roleMentions bool
}

// New builds a Finder from the gazetteer, title, orgcue, namecue,
// commonword and topic rules of set.
func New(set *rules.Set) (*Finder, error) {
	lx, err := newLexicon(set)
	if err != nil {
		return nil, err
	}
	f := &Finder{lx: lx, media: map[string]bool{}, defaultType: document.Org, minRepeat: 2, roleMentions: true}
	for _, g := range set.Gazetteers() {
		if g.ID == "media" {
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
	w.toks, w.sents = prepare(d)
	w.detectSports()
	w.titleCase()
	if foreign(d.Meta.Language) || d.Meta.Language == "" && w.notEnglish() {
		// The capitalization rules are English ones: elsewhere only the
		// gazetteers speak.
		for i := range w.sents {
			w.sents[i].caps = true
		}
	}
	w.datelines()
	for _, s := range w.sents {
		if !s.caps && !s.dateline {
			w.scanSentence(s)
		}
	}
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

// englishWords are the commonest English function words, and otherWords
// those of German, French, Spanish, Italian, Dutch and Portuguese: a text
// with many more of the second is in another language.
var (
	englishWords = map[string]bool{"the": true, "and": true, "of": true, "to": true, "is": true, "that": true, "for": true, "with": true, "was": true, "on": true, "in": true, "a": true}
	otherWords   = map[string]bool{"der": true, "die": true, "das": true, "und": true, "nicht": true, "mit": true, "von": true, "zu": true, "ist": true, "den": true, "dem": true, "eine": true, "ein": true, "le": true, "les": true, "et": true, "est": true, "une": true, "du": true, "des": true, "el": true, "los": true, "las": true, "y": true, "que": true, "por": true, "con": true, "il": true, "che": true, "di": true, "het": true, "een": true, "en": true, "não": true, "os": true}
)

// notEnglish reports whether a page that declares no language reads as
// another language: at least one word in ten a foreign function word, and
// three times as many as English ones.
func (w *work) notEnglish() bool {
	words, en, other := 0, 0, 0
	for _, t := range w.toks {
		if !t.letters || t.cap {
			continue
		}
		words++
		if englishWords[t.lower] {
			en++
		}
		if otherWords[t.lower] {
			other++
		}
	}
	return words > 40 && other*10 >= words && other > 3*en
}
