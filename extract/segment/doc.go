// Package segment splits a cleaned article into paragraphs, sentences and tokens.
package segment
