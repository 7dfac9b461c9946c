// Package expect reads expectation files (NAME.expected.yaml: what must, and
// must not, come out of one article) and checks extracted records against
// them. The file format and the matching rules are described in FORMAT.md.
//
// A typical use: [Load] a file, run the pipeline on its [File.Article] with
// its [File.Args], then [Check] the record and report the [Result]s.
package expect
