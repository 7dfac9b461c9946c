package expect

import (
	"bytes"
	"encoding/xml"
	"errors"
	"strings"
	"testing"
)

func TestNewFileReport(t *testing.T) {
	f := parse(t, "text: {keeps: [Huawei], drops: [show image]}\nclaims: [{kind: quote, contains: nothing like it}]")
	f.Article = "t.txt"
	rep := NewFileReport(f, Check(f, record()), nil)
	if rep.Passed != 2 || rep.Failed != 1 || rep.Error != "" || len(rep.Args) != 0 || rep.Args == nil {
		t.Errorf("report %+v", rep)
	}
	rep = NewFileReport(f, nil, errors.New("input is too large"))
	if rep.Passed != 0 || rep.Failed != 3 || rep.Error != "input is too large" {
		t.Fatalf("report %+v", rep)
	}
	for _, r := range rep.Results {
		if r.Pass || r.Reason != "article not processed: input is too large" || r.Line == 0 {
			t.Errorf("result %+v", r)
		}
	}
}

func TestWriteJUnit(t *testing.T) {
	f := parse(t, "text: {keeps: [Huawei, \"<b> & 'q'\"]}")
	f.Path = "dir/t.expected.yaml"
	var buf bytes.Buffer
	if err := WriteJUnit(&buf, []FileReport{NewFileReport(f, Check(f, record()), nil)}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, xml.Header) {
		t.Errorf("no XML header:\n%s", out)
	}
	var doc struct {
		Tests  int `xml:"tests,attr"`
		Suites []struct {
			Name     string `xml:"name,attr"`
			Failures int    `xml:"failures,attr"`
			Cases    []struct {
				Name    string `xml:"name,attr"`
				Class   string `xml:"classname,attr"`
				Line    int    `xml:"line,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	s := doc.Suites[0]
	if doc.Tests != 2 || s.Name != "dir/t.expected.yaml" || s.Failures != 1 || s.Cases[0].Failure != nil {
		t.Fatalf("junit:\n%s", out)
	}
	c := s.Cases[1]
	if c.Name != "text: keeps <b> & 'q'" || c.Class != "t.text" || c.Line != 1 || c.Failure == nil ||
		c.Failure.Message != "not in text" || !strings.HasPrefix(c.Failure.Text, "dir/t.expected.yaml:1:") {
		t.Errorf("case %+v\n%s", c, out)
	}
}
