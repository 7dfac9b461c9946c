package claims

import (
	"sort"

	"github.com/claimex/claimex/rules"
)

// dropShadowed empties the drafts without a speaker whose content holds a
// frame with one, cue and content, and whose own cue lies in that content: in
// "Judge Bristow said a conspiracy Marquez allegedly plotted was enough ...",
// the hearsay adverb belongs to what the judge said, and the sentence is his
// claim, not an unsourced one. "Trump reportedly said ..." keeps both. The
// frames are looked up by content start, so the pass stays near linear.
func (r *run) dropShadowed() {
	var framed []int // drafts with a speaker and a cue, by content start
	for v := range r.drafts {
		if o := &r.drafts[v]; !o.speaker.empty() && o.cueSpan.Len() > 0 {
			framed = append(framed, v)
		}
	}
	sort.Slice(framed, func(i, j int) bool { return r.drafts[framed[i]].content.Start < r.drafts[framed[j]].content.Start })
	for u := range r.drafts {
		d := &r.drafts[u]
		if !d.speaker.empty() || d.inherit >= 0 || d.region >= 0 || d.content.Len() <= 0 || r.joinedCue(d) {
			continue
		}
		i := sort.Search(len(framed), func(i int) bool { return r.drafts[framed[i]].content.Start >= d.content.Start })
		for ; i < len(framed) && r.drafts[framed[i]].content.Start < d.content.End; i++ {
			o := &r.drafts[framed[i]]
			if d.content.Contains(o.cueSpan) && d.content.Contains(o.content) && o.content.Contains(d.cueSpan) {
				d.content.End = d.content.Start // no claim of its own
				break
			}
		}
	}
}

// joinedCue reports whether the cue of draft d opens a verb phrase joined to
// the one before ("... has claimed responsibility and allegedly stole ..."):
// its hearsay is the article's, whatever frame holds the first verb.
func (r *run) joinedCue(d *draft) bool {
	i := r.tokenAt(d.cueSpan.Start)
	if i <= 0 || i >= len(r.toks) {
		return false
	}
	k := r.skipAuxBack(i-1, 0)
	return k >= 0 && (r.word(rules.WordVerbJoiner, k) || r.word(rules.WordCoordinator, k))
}
