package rules

import (
	"strings"
	"testing"
)

func TestCurrencyAndValueWordPacks(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	cs := set.Currencies()
	if len(cs) < 40 {
		t.Fatalf("only %d currencies loaded", len(cs))
	}
	codes := map[string]bool{}
	for _, c := range cs {
		if codes[c.Code] {
			t.Errorf("currency %s defined twice", c.Code)
		}
		codes[c.Code] = true
	}
	for _, want := range []string{"USD", "EUR", "GBP", "JPY", "CNY", "INR"} {
		if !codes[want] {
			t.Errorf("no %s currency", want)
		}
	}
	classes := map[string]int{}
	for _, w := range set.ValueWords() {
		classes[w.Class] += len(w.Words) + len(w.List)
	}
	homes := 0
	for _, c := range cs {
		if len(c.Places)+len(c.Locales)+len(c.Domains) > 0 && len(c.Local) == 0 {
			homes++
			if !codes[c.Takes] {
				t.Errorf("currency %s takes %q, no currency of the pack", c.Code, c.Takes)
			}
		}
	}
	if homes < 4 {
		t.Errorf("only %d currencies an article can make its own", homes)
	}
	for _, want := range []string{"number.unit", "number.scale", "month", "weekday", "unit", "time.unit", "percent", "cue.future", "cue.past.verb",
		"todate.lead", "todate.tail", "rest.of", "anchor.side", "span.start", "span.for", "recur.skip", "recur.times", "number.label"} {
		if classes[want] == 0 {
			t.Errorf("no words of class %q", want)
		}
	}
}

func TestCurrencyValidation(t *testing.T) {
	s := &Set{}
	err := s.add("bad.yaml", []byte("kind: currency\nrules:\n  - id: x\n    code: DOLLAR\n    symbols: [\"$\"]\n"), false)
	if err == nil || !strings.Contains(err.Error(), "ISO 4217") {
		t.Errorf("got %v, want an ISO 4217 error", err)
	}
	err = s.add("bad.yaml", []byte("kind: currency\nrules:\n  - id: y\n    code: USD\n    words: [dollars]\n    local: [bucks]\n"), false)
	if err == nil || !strings.Contains(err.Error(), "bucks") {
		t.Errorf("got %v, want an error naming the local word that is no word of the currency", err)
	}
	err = s.add("bad.yaml", []byte("kind: currency\nrules:\n  - id: z\n    code: EGP\n    words: [egyptian pounds]\n    takes: GBP\n"), false)
	if err == nil || !strings.Contains(err.Error(), "takes GBP") {
		t.Errorf("got %v, want an error for a currency without places that takes another's words", err)
	}
	err = s.add("bad.yaml", []byte("kind: valueword\nrules:\n  - id: x\n    list: [a]\n"), false)
	if err == nil || !strings.Contains(err.Error(), "class") {
		t.Errorf("got %v, want a class error", err)
	}
}
