package rules

import (
	"errors"
	"fmt"
)

// Currency describes one currency: how a text writes it before or after an amount.
type Currency struct {
	Header `yaml:",inline"`
	// Code is the ISO 4217 code put into the normalized value.
	Code string `yaml:"code"`
	// Symbols are written next to the number ("$", "C$", "£", "Rs"); matched
	// without regard to case. A space inside a symbol ("c $") lets the text put
	// a space there; a symbol written without one must be written tight.
	Symbols []string `yaml:"symbols"`
	// Codes are upper-case abbreviations matched case-sensitively ("USD", "RM").
	Codes []string `yaml:"codes"`
	// Words name the currency ("dollars", "turkish lira", "usd"); matched without regard to case.
	Words []string `yaml:"words"`
	// Bare are words that name an amount of this currency even without a number
	// ("dollars", "rmb"); they yield a money value with no amount.
	Bare []string `yaml:"bare"`
	// Minor are words for the hundredth unit ("cents", "pence").
	Minor []string `yaml:"minor"`
	// MinorFactor is the value of one minor unit, 0.01 when unset.
	MinorFactor float64 `yaml:"minor_factor"`
	// Scaled are codes that carry a magnitude ("MEUR": 1e6).
	Scaled map[string]float64 `yaml:"scaled"`
	// Local are words of this currency, among its Words, Bare and Minor,
	// that other countries use for their own money ("dollar", "cents"): in an
	// article whose own currency is another one with the same words, they
	// name that one.
	Local []string `yaml:"local"`
	// Places are names, matched as written, that tie an article to this
	// currency: the country, its people, its cities ("Australia", "Sydney").
	Places []string `yaml:"places"`
	// Locales are language tags of articles written there ("en-AU").
	Locales []string `yaml:"locales"`
	// Domains are the endings of the host names of sites published there (".au").
	Domains []string `yaml:"domains"`
	// Takes is the code of the currency whose Local words an article of
	// this one's places means as this one ("USD" for the Canadian dollar,
	// "GBP" for the Egyptian pound).
	Takes string `yaml:"takes"`
}

func (c *Currency) validate() error {
	if len(c.Code) != 3 {
		return fmt.Errorf("code %q is not a three-letter ISO 4217 code", c.Code)
	}
	if len(c.Symbols)+len(c.Codes)+len(c.Words)+len(c.Minor)+len(c.Scaled) == 0 {
		return errors.New("currency has no symbols, codes or words")
	}
	own := map[string]bool{}
	for _, l := range [][]string{c.Symbols, c.Words, c.Bare, c.Minor} {
		for _, w := range l {
			own[w] = true
		}
	}
	for _, w := range c.Local {
		if !own[w] {
			return fmt.Errorf("local word %q is none of the currency's symbols, words or minor units", w)
		}
	}
	if c.Takes != "" && (len(c.Local) > 0 || len(c.Places)+len(c.Locales)+len(c.Domains) == 0) {
		return fmt.Errorf("takes %s: only a currency with places, locales or domains and no local words of its own takes another's", c.Takes)
	}
	return nil
}

func init() { register("currency", func() Rule { return new(Currency) }) }

// Currencies returns the currency rules.
func (s *Set) Currencies() []*Currency { return ofKind[*Currency](s, "currency") }
