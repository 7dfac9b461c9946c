// Package extract turns news articles into structured, checkable claims.
//
// An [Extractor] is built once from [Options] and used for any number of
// articles, from any number of goroutines. Each article passes through the
// stages load → clean → segment → entities → values → claims as one
// [document.Document], and [NewRecord] turns the result into the output
// schema (claimex/v1).
package extract
