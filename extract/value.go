package extract

import "github.com/claimex/claimex/document"

// Normalized forms of values, as [Value.Value] holds them.
type (
	// Money is an amount of money; Amount is nil for a vague one.
	Money = document.MoneyValue
	// Quantity is a count or measure; Unit is nil for a bare count.
	Quantity = document.QuantityValue
	// Period is an inclusive range of dates.
	Period = document.PeriodValue
	// Recurring is a time that repeats: its period and what it falls on.
	Recurring = document.RecurringValue
)

// Money returns the amount of a money value.
func (v Value) Money() (Money, bool) { return as[Money](v, document.Money) }

// Percent returns a percent value's number: 12.5 for "12.5%".
func (v Value) Percent() (float64, bool) { return as[float64](v, document.Percent) }

// Quantity returns the amount and unit of a quantity value.
func (v Value) Quantity() (Quantity, bool) { return as[Quantity](v, document.Quantity) }

// Date returns a date value: "YYYY-MM-DD", "YYYY-MM" or "YYYY", or
// "--MM-DD" when the year cannot be known.
func (v Value) Date() (string, bool) { return as[string](v, document.Date) }

// Period returns the first and last dates of a period value.
func (v Value) Period() (Period, bool) { return as[Period](v, document.Period) }

// Duration returns a duration value as ISO 8601: "P5Y" for "five years".
func (v Value) Duration() (string, bool) { return as[string](v, document.Duration) }

// Recurring returns a recurring value: "every Monday", "weekly".
func (v Value) Recurring() (Recurring, bool) { return as[Recurring](v, document.Recurring) }

// as returns v's normalized value when v has type typ and the value is a T.
func as[T any](v Value, typ string) (T, bool) {
	t, ok := v.Value.(T)
	if v.Type != typ {
		var zero T
		return zero, false
	}
	return t, ok
}
