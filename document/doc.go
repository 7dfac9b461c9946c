// Package document defines the Document that flows through every stage of the
// claimex pipeline, and the spans, entities, values and claims the stages add to it.
//
// All offsets inside a Document are byte offsets into Document.Text. They are
// converted to Unicode code points only when a record is written (package
// extract), so stages can slice Text directly.
package document
