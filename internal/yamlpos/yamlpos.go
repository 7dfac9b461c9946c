// Package yamlpos gives YAML decoding problems a position: file:line:col.
package yamlpos

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Error is a problem in a YAML file at a position.
type Error struct {
	File string
	Line int // 1-based; 0 when unknown
	Col  int // 1-based; 0 when unknown
	Msg  string
}

func (e *Error) Error() string {
	switch {
	case e.Line == 0:
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	case e.Col == 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// Errors are all the problems found in one file, in file order. Each
// prints on its own line as file:line:col: message.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap lets errors.As find each [Error].
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// At returns an Error at node n.
func At(file string, n *yaml.Node, format string, a ...any) *Error {
	return &Error{File: file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, a...)}
}

var lineMsg = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// FromYAML turns an error of the yaml library ("yaml: line 3: ...", or a
// *yaml.TypeError) into an Error at its line, with prefix before the message.
func FromYAML(file, prefix string, err error) *Error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	if m := lineMsg.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: file, Line: line, Msg: prefix + m[2]}
	}
	return &Error{File: file, Msg: prefix + msg}
}
