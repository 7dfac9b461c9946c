package extract

// SetLargeText sets the text length past which the pipeline collects
// between stages, and returns a function restoring it.
func SetLargeText(n int) (restore func()) {
	old := largeText
	largeText = n
	return func() { largeText = old }
}
