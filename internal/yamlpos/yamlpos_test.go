package yamlpos

import (
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestFromYAML(t *testing.T) {
	var v struct{ A int }
	err := yaml.Unmarshal([]byte("a: [\n"), &v)
	if got := FromYAML("f.yaml", "invalid YAML: ", err).Error(); got[:9] != "f.yaml:2:" && got[:9] != "f.yaml:1:" {
		t.Errorf("syntax error = %q", got)
	}
	err = yaml.Unmarshal([]byte("\na: text\n"), &v)
	if got, want := FromYAML("f.yaml", "", err).Error(), "f.yaml:2: cannot unmarshal !!str `text` into int"; got != want {
		t.Errorf("type error = %q, want %q", got, want)
	}
	var n yaml.Node
	if err := yaml.Unmarshal([]byte("a:\n  b: 1\n"), &n); err != nil {
		t.Fatal(err)
	}
	if got, want := At("f.yaml", n.Content[0].Content[1], "bad %s", "b").Error(), "f.yaml:2:3: bad b"; got != want {
		t.Errorf("At = %q, want %q", got, want)
	}
}
