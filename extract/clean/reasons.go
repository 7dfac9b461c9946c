package clean

import "sort"

// Reasons built into the cleaner besides those the furniture rules name.
const (
	// ReasonOutside marks page text outside the chosen article container.
	ReasonOutside = "outside-article"
	// ReasonLinkList marks a block made mostly of links inside the article.
	ReasonLinkList = "link-list"
	// ReasonBio marks an author bio recognized by its shape in pasted text.
	ReasonBio = "author-bio"
	// ReasonByline marks a byline or dateline.
	ReasonByline = "byline"
	// ReasonRelated marks runs of headlines after the body in pasted text.
	ReasonRelated = "related-list"
	// ReasonNavigation marks runs of menu words before the body in pasted text.
	ReasonNavigation = "navigation"
	// ReasonHeadline marks the page's headline above the body, which the
	// text gives once as its title.
	ReasonHeadline = "headline"
)

// Reasons returns every reason the cleaner can give in document.Removed,
// sorted: the furniture rules' reasons and the built-in ones. The CLI's
// clean --explain can list them as a legend.
func (c *Cleaner) Reasons() []string {
	seen := map[string]bool{ReasonOutside: true, ReasonLinkList: true, ReasonBio: true,
		ReasonByline: true, ReasonRelated: true, ReasonNavigation: true, ReasonHeadline: true}
	for _, f := range c.rules {
		if f.reason != "" {
			seen[f.reason] = true
		}
	}
	out := make([]string, 0, len(seen))
	for r := range seen {
		out = append(out, r)
	}
	sort.Strings(out)
	return out
}
