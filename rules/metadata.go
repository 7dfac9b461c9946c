package rules

import "errors"

// Metadata holds the words the cleaner reads article metadata with: byline
// prefixes, title separators and the job titles of author bios.
type Metadata struct {
	Header `yaml:",inline"`
	// Bylines are the words that open a byline, without the space ("By", "Words by").
	Bylines []string `yaml:"bylines"`
	// Separators split a page title from the site's name ("|", "-").
	Separators []string `yaml:"separators"`
	// Roles are job titles of journalists ("editor", "correspondent"),
	// matched as lower-case words, that mark an author bio line.
	Roles []string `yaml:"roles"`
	// Joiners separate several author names ("and", "&").
	Joiners []string `yaml:"joiners"`
}

func (m *Metadata) validate() error {
	if len(m.Bylines)+len(m.Separators)+len(m.Roles)+len(m.Joiners) == 0 {
		return errors.New("rule is empty: give bylines, separators, roles or joiners")
	}
	return nil
}

func init() { register("metadata", func() Rule { return new(Metadata) }) }

// Metadatas returns the metadata rules.
func (s *Set) Metadatas() []*Metadata { return ofKind[*Metadata](s, "metadata") }
