//go:build unix

package batch

import (
	"os"
	"syscall"
)

// openNonBlocking opens path for reading without waiting for a writer when
// it is a named pipe; regular files read as usual.
func openNonBlocking(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
