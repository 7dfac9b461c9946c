//go:build !unix

package entities

import "time"

// cpuTime is not measured here.
func cpuTime() time.Duration { return 0 }
