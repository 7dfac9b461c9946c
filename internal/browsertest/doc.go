// Package browsertest checks claimex's HTML report in a real browser and
// its JSON-LD with a JSON-LD processor. It is a module of its own so that
// their heavy dependencies stay out of claimex's go.mod.
package browsertest
