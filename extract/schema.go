package extract

import _ "embed"

// JSONSchema is the JSON Schema (draft 2020-12) of the output records.
//
//go:embed schema.json
var JSONSchema []byte
