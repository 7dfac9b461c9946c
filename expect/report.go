package expect

import (
	"encoding/xml"
	"fmt"
	"io"
)

// FileReport is the outcome of one expectation file.
type FileReport struct {
	// File is the expectation file.
	File string `json:"file"`
	// Article is the article it was checked against.
	Article string `json:"article"`
	// Args are the extract flags the article was run with.
	Args []string `json:"args"`
	// Error is set when the article could not be processed; every
	// expectation of the file then counts as failed.
	Error string `json:"error,omitempty"`
	// Passed, Failed and Known count the results; a known failure (listed in
	// a [KnownFile]) counts in Known, not in Failed.
	Passed int `json:"passed"`
	Failed int `json:"failed"`
	Known  int `json:"known"`
	// Results has one entry per expectation, in section order.
	Results []Result `json:"results"`
}

// NewFileReport builds the report of f from its results. When err (the
// failure to process the article) is not nil, every expectation fails with it.
func NewFileReport(f *File, results []Result, err error) FileReport {
	r := FileReport{File: f.Path, Article: f.Article, Args: f.Args, Results: results}
	if r.Args == nil {
		r.Args = []string{}
	}
	r.finish(err, "article not processed: ", func() []Result { return Check(f, nil) })
	return r
}

// finish fails every expectation when err (the failure to process the
// articles) is set, taking them from all, and counts the results.
func (r *FileReport) finish(err error, why string, all func() []Result) {
	if err != nil {
		r.Error = err.Error()
		r.Results = nil
		for _, res := range all() {
			res.Pass, res.Reason = false, why+r.Error
			r.Results = append(r.Results, res)
		}
	}
	if r.Results == nil {
		r.Results = []Result{}
	}
	for _, res := range r.Results {
		if res.Pass {
			r.Passed++
		} else {
			r.Failed++
		}
	}
}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	File      string        `xml:"file,attr"`
	Line      int           `xml:"line,attr"`
	Failure   *junitFailure `xml:"failure"`
	Skipped   *junitSkipped `xml:"skipped"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// WriteJUnit writes reports as JUnit XML: one testsuite per expectation file,
// one testcase per expectation (classname "NAME.section"), and a failure
// element whose message says what went wrong; a known failure is skipped.
func WriteJUnit(w io.Writer, reports []FileReport) error {
	all := junitSuites{Name: "claimex check"}
	for _, r := range reports {
		s := junitSuite{Name: r.File, Tests: len(r.Results), Failures: r.Failed, Skipped: r.Known, Cases: []junitCase{}}
		name := fileName(r.File)
		for _, res := range r.Results {
			c := junitCase{Name: res.Section + ": " + res.Name, ClassName: name + "." + res.Section, File: r.File, Line: res.Line}
			switch {
			case res.Known:
				c.Skipped = &junitSkipped{Message: "known failure: " + res.Reason}
			case !res.Pass:
				c.Failure = &junitFailure{Message: res.Reason, Type: res.Section,
					Text: fmt.Sprintf("%s:%d:%d: %s: %s: %s", r.File, res.Line, res.Col, res.Section, res.Name, res.Reason)}
			}
			s.Cases = append(s.Cases, c)
		}
		all.Suites = append(all.Suites, s)
		all.Tests += s.Tests
		all.Failures += s.Failures
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(all); err != nil {
		return fmt.Errorf("junit: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
