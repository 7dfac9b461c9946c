package clean

import (
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// Cleaner strips page furniture and reads metadata.
type Cleaner struct{}

// New builds a Cleaner from the furniture rules in set.
func New(set *rules.Set) (*Cleaner, error) { return &Cleaner{}, nil }

var blankLines = regexp.MustCompile(`\n[ \t]*\n\s*`)

// Run sets d.Text, d.Removed and d.Meta from d.Raw.
func (c *Cleaner) Run(d *document.Document) error {
	if d.Format == document.FormatHTML {
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(d.Raw))
		if err != nil {
			return err
		}
		doc.Find("script,style,nav,aside,footer,form,noscript").Remove()
		var paras []string
		doc.Find("h1,h2,h3,p").Each(func(_ int, s *goquery.Selection) {
			if t := strings.Join(strings.Fields(s.Text()), " "); t != "" {
				paras = append(paras, t)
			}
		})
		d.Text = strings.Join(paras, "\n\n")
		d.Meta.Title = strings.TrimSpace(doc.Find("title").First().Text())
		return nil
	}
	text := strings.ReplaceAll(d.Raw, "\r\n", "\n")
	d.Text = strings.TrimSpace(blankLines.ReplaceAllString(text, "\n\n"))
	if i := strings.IndexByte(d.Text, '\n'); i > 0 {
		d.Meta.Title = d.Text[:i]
	}
	return nil
}
