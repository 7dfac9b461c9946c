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
}

func (c *Currency) validate() error {
	if len(c.Code) != 3 {
		return fmt.Errorf("code %q is not a three-letter ISO 4217 code", c.Code)
	}
	if len(c.Symbols)+len(c.Codes)+len(c.Words)+len(c.Minor)+len(c.Scaled) == 0 {
		return errors.New("currency has no symbols, codes or words")
	}
	return nil
}

func init() { register("currency", func() Rule { return new(Currency) }) }

// Currencies returns the currency rules.
func (s *Set) Currencies() []*Currency { return ofKind[*Currency](s, "currency") }
