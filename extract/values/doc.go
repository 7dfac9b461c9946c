// Package values finds money, percentages, quantities, dates, periods and durations and normalizes them.
package values
