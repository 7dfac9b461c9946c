package clean

import (
	"errors"

	"github.com/claimex/claimex/rules"
)

// readLimits takes the cleaner's thresholds from the furniture rules, the
// last rule giving each counting, and fails when one is given by none.
func (c *Cleaner) readLimits(set *rules.Set) error {
	for _, r := range set.Furnitures() {
		if r.LinkList != nil {
			c.linkList = *r.LinkList
		}
		if r.LinkCard != nil {
			c.linkCard = *r.LinkCard
		}
		if r.Prose != nil {
			c.prose = *r.Prose
		}
		if r.BlockProse != nil {
			c.blkProse = *r.BlockProse
		}
		if r.IndexPage != nil {
			c.index = *r.IndexPage
		}
		if r.TeaserList != nil {
			if c.teaserRules == nil {
				c.teaserRules = map[string]*rules.TeaserList{}
			}
			c.teaserRules[r.ID] = r.TeaserList
		}
	}
	switch {
	case c.linkList.Share == 0:
		return errors.New("clean: no furniture rule gives the linklist thresholds")
	case c.linkCard.Share == 0:
		return errors.New("clean: no furniture rule gives the linkcard thresholds")
	case c.prose.MinWords == 0:
		return errors.New("clean: no furniture rule gives the prose thresholds")
	case c.blkProse.MinChars == 0:
		return errors.New("clean: no furniture rule gives the blockprose thresholds")
	case c.index.MinLinks == 0:
		return errors.New("clean: no furniture rule gives the indexpage thresholds")
	}
	return c.readTeaser()
}
