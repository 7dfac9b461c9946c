package clean

import (
	"strings"
	"sync"
)

// classCue is what a class or id value holds for the furniture rules: the
// first furniture rule its substrings and its words name, and whether any
// substring or word is a content cue.
type classCue struct {
	sub, word               *furniture
	subContent, wordContent bool
}

// then is the cue of a value followed by another's: what comes first wins.
func (a classCue) then(b classCue) classCue {
	if a.sub == nil {
		a.sub = b.sub
	}
	if a.word == nil {
		a.word = b.word
	}
	a.subContent = a.subContent || b.subContent
	a.wordContent = a.wordContent || b.wordContent
	return a
}

// hit is the rule and content cue of the value: substrings before words.
func (a classCue) hit() cueHit {
	h := cueHit{furn: a.sub}
	if h.furn == nil {
		h.furn = a.word
	}
	switch {
	case a.subContent:
		h.content = 2
	case a.wordContent:
		h.content = 1
	}
	return h
}

// scanCue matches a class or id value byte by byte and word by word.
func (c *Cleaner) scanCue(v string) classCue {
	var cue classCue
	c.subs.find(normClass(v), v, func(f *furniture) bool {
		if f.content {
			cue.subContent = true
		} else if cue.sub == nil {
			cue.sub = f
		}
		return cue.sub == nil || !cue.subContent
	})
	classWords(v, func(w string) bool {
		switch f := c.tok[w]; {
		case f == nil:
		case f.content:
			cue.wordContent = true
		case cue.word == nil:
			cue.word = f
		}
		return true
	})
	return cue
}

// maxTokenCues bounds the tokens the cache keeps.
const maxTokenCues = 1 << 16

// tokenFacts is what one class token holds: its cue for the furniture
// rules and its cues for metadata.
type tokenFacts struct {
	cue  classCue
	meta classMeta
}

// tokenCues remembers the facts of each class token ("col-md-8",
// "clearfix") across pages: the same few thousand tokens make up most
// class values, and no substring cue spans two tokens, so a value's facts
// are its tokens' facts in order. The table numbers the tokens by their
// facts, of which there are few.
type tokenCues struct {
	mu    sync.RWMutex
	table tokenTable
	facts []tokenFacts          // by number
	index map[tokenFacts]uint16 // the number of each of facts
}

// classCue matches a class and id value token by token, each token looked
// up before it is scanned.
func (c *Cleaner) classCue(v string) classCue {
	return c.valueFacts(v).cue
}

// valueFacts reads a class or id value token by token where the cues
// allow it, and as a whole where they do not.
func (c *Cleaner) valueFacts(v string) tokenFacts {
	var f tokenFacts
	if c.byToken || c.metaByToken {
		for start, i := 0, 0; i <= len(v); i++ {
			if i < len(v) && !classSpace(v[i]) {
				continue
			}
			if i > start {
				t := c.tokenFacts(v[start:i])
				f.cue = f.cue.then(t.cue)
				f.meta = f.meta.or(t.meta)
			}
			start = i + 1
		}
	}
	if !c.byToken {
		f.cue = c.scanCue(v)
	}
	if !c.metaByToken {
		f.meta = c.scanMeta(v)
	}
	return f
}

// classSpace reports the bytes normClass writes as a space.
func classSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func (c *Cleaner) tokenFacts(tok string) tokenFacts {
	t := &c.tokens
	t.mu.RLock()
	k, ok := t.table.get(tok)
	if ok {
		f := t.facts[k]
		t.mu.RUnlock()
		return f
	}
	t.mu.RUnlock()
	f := tokenFacts{cue: c.scanCue(tok), meta: c.scanMeta(tok)}
	if len(tok) > maxTableToken {
		return f
	}
	t.mu.Lock()
	if _, ok := t.table.get(tok); !ok && t.table.n < maxTokenCues {
		k, ok := t.index[f]
		if !ok {
			if t.index == nil {
				t.index = map[tokenFacts]uint16{}
			}
			k = uint16(len(t.facts))
			t.facts = append(t.facts, f)
			t.index[f] = k
		}
		t.table.put(tok, k)
	}
	t.mu.Unlock()
	return f
}

// spanFree reports whether no cue can span two tokens: none holds a space.
func spanFree(cues []subCue) bool {
	for _, c := range cues {
		if strings.ContainsFunc(c.s, func(r rune) bool { return r < 0x80 && classSpace(byte(r)) }) {
			return false
		}
	}
	return true
}

// metaSpanFree reports whether no metadata cue can span two tokens or
// match a value without any: none is empty or holds a space.
func metaSpanFree(cues ...[]string) bool {
	for _, l := range cues {
		for _, c := range l {
			if c == "" || strings.ContainsFunc(c, func(r rune) bool { return r < 0x80 && classSpace(byte(r)) }) {
				return false
			}
		}
	}
	return true
}
