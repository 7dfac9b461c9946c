package cmd

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
)

// profileEnv names a file that receives a CPU profile of the whole process,
// for measuring the command as it runs rather than the library in a
// benchmark. It is not a flag: it changes nothing the command writes.
const profileEnv = "CLAIMEX_CPUPROFILE"

// startProfile starts the CPU profile that profileEnv asks for and returns
// the function that stops it; with no profile asked for, that does nothing.
func startProfile(errs io.Writer) (stop func()) {
	path := os.Getenv(profileEnv)
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		if err = pprof.StartCPUProfile(f); err != nil {
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(errs, "claimex: %s: %v\n", profileEnv, err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintf(errs, "claimex: %s: %v\n", profileEnv, err)
		}
	}
}
