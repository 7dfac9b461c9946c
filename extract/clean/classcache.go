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

// tokenCues remembers the cue of each class token ("col-md-8",
// "clearfix") across pages: the same few thousand tokens make up most
// class values, and no substring cue spans two tokens, so a value's cue
// is its tokens' cues in order.
type tokenCues struct {
	mu sync.RWMutex
	m  map[string]classCue
}

// classCue matches a class and id value token by token, each token looked
// up before it is scanned.
func (c *Cleaner) classCue(v string) classCue {
	if !c.byToken {
		return c.scanCue(v)
	}
	var cue classCue
	for start, i := 0, 0; i <= len(v); i++ {
		if i < len(v) && !classSpace(v[i]) {
			continue
		}
		if i > start {
			cue = cue.then(c.tokenCue(v[start:i]))
		}
		start = i + 1
	}
	return cue
}

// classSpace reports the bytes normClass writes as a space.
func classSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func (c *Cleaner) tokenCue(tok string) classCue {
	t := &c.tokens
	t.mu.RLock()
	cue, ok := t.m[tok]
	t.mu.RUnlock()
	if ok {
		return cue
	}
	cue = c.scanCue(tok)
	t.mu.Lock()
	if len(t.m) < maxTokenCues {
		t.m[strings.Clone(tok)] = cue
	}
	t.mu.Unlock()
	return cue
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
