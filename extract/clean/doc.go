// Package clean turns a raw page or pasted text into the article's text, the furniture removed from it, and its metadata.
package clean
