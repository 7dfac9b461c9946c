package rules

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// Metadata holds the words the cleaner reads article metadata with: byline
// prefixes, title separators, the job titles of author bios, and the
// frequent function words of languages that tell a page's language when
// it does not declare it.
type Metadata struct {
	Header `yaml:",inline"`
	// Bylines are the words that open a byline, without the space ("By", "Words by").
	Bylines []string `yaml:"bylines"`
	// Separators split a page title from the site's name ("|", "-").
	Separators []string `yaml:"separators"`
	// Cuts are the separators, written between spaces in a title, that cut
	// a page title into its headline and the site's or section's name when
	// the site is not known.
	Cuts []string `yaml:"cuts"`
	// Hierarchical are the separators that join a path of sections
	// ("News / World / Headline") rather than a headline and a site.
	Hierarchical []string `yaml:"hierarchical"`
	// Roles are job titles of journalists ("editor", "correspondent"),
	// matched as lower-case words, that mark an author bio line.
	Roles []string `yaml:"roles"`
	// BioVerbs follow an author's name in a closing bio sentence ("Jane Doe
	// is a reporter", "Jane Doe covers the courts"), lower case.
	BioVerbs []string `yaml:"bio-verbs"`
	// Credits open photo and image credits ("Photo", "Illustration"),
	// lower case: a byline opening with one names no author.
	Credits []string `yaml:"credits"`
	// BylineClasses are lower-case substrings of class and id values that
	// mark an element holding the byline ("byline", "author").
	BylineClasses []string `yaml:"byline-classes"`
	// Covers lists the languages (ISO 639-1) the rule packs are written
	// for; a text in another language is warned.
	Covers []string `yaml:"covers"`
	// DateWords are month and weekday names, which end a name in a
	// byline ("Jane Doe March 3").
	DateWords []string `yaml:"date-words"`
	// Months are the twelve month names in calendar order: a date written
	// in a line of text ("June 2, 2023", "2 Jun 2023") is read by a name's
	// first three letters, and its month is the name's place in the list.
	Months []string `yaml:"months"`
	// DateClasses are lower-case substrings of class values that mark an
	// element holding a date line ("date", "posted").
	DateClasses []string `yaml:"date-classes"`
	// Joiners separate several author names ("and", "&").
	Joiners []string `yaml:"joiners"`
	// Language is the ISO 639-1 code ("de") of the language whose Words
	// these are.
	Language string `yaml:"language"`
	// Words are frequent function words of Language, lower case, chosen to
	// be rare in the other languages listed, so their share of a text's
	// words tells its language.
	Words []string `yaml:"words"`
}

var langCode = regexp.MustCompile(`^[a-z]{2}$`)

func (m *Metadata) validate() error {
	if len(m.Bylines)+len(m.Separators)+len(m.Cuts)+len(m.Credits)+len(m.Covers)+len(m.DateWords)+len(m.Months)+len(m.DateClasses)+len(m.BylineClasses)+len(m.Roles)+len(m.BioVerbs)+len(m.Joiners)+len(m.Words) == 0 {
		return errors.New("rule is empty: give bylines, separators, roles, joiners or words")
	}
	if (m.Language == "") != (len(m.Words) == 0) {
		return errors.New("language and words go together")
	}
	if m.Language != "" && !langCode.MatchString(m.Language) {
		return fmt.Errorf("language %q is not a two-letter lower-case code", m.Language)
	}
	if len(m.Months) != 0 && len(m.Months) != 12 {
		return fmt.Errorf("months lists %d names, not the twelve of a year", len(m.Months))
	}
	for _, w := range m.Words {
		if w == "" || w != strings.ToLower(w) || strings.ContainsAny(w, " \t") {
			return fmt.Errorf("word %q must be one lower-case word", w)
		}
	}
	return nil
}

func init() { register("metadata", func() Rule { return new(Metadata) }) }

// Metadatas returns the metadata rules.
func (s *Set) Metadatas() []*Metadata { return ofKind[*Metadata](s, "metadata") }
