package values

import (
	"testing"
	"time"
)

func TestShiftPart(t *testing.T) {
	for _, tt := range []struct {
		month, n, months int
		year, part       int
	}{
		{1, 0, 3, 2019, 1},
		{1, -1, 3, 2018, 4},
		{12, 1, 3, 2020, 1},
		{5, -5, 3, 2018, 1},
		{5, -9, 3, 2017, 1},
		{11, 6, 3, 2021, 2},
		{3, -1, 6, 2018, 2},
		{8, 1, 6, 2020, 1},
		{8, -4, 6, 2017, 2},
	} {
		ref := time.Date(2019, time.Month(tt.month), 15, 0, 0, 0, 0, time.UTC)
		y, p := shiftPart(ref, tt.n, tt.months)
		if y != tt.year || p != tt.part {
			t.Errorf("shiftPart(%s, %d, %d) = %d, %d; want %d, %d", ref.Format("2006-01"), tt.n, tt.months, y, p, tt.year, tt.part)
		}
	}
}
