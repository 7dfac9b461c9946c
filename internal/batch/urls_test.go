package batch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestURLArgumentIsOneItem(t *testing.T) {
	var got []Item
	for it := range Items([]string{"https://example.test/news/a-story?id=7"}, Options{}) {
		got = append(got, it)
	}
	if len(got) != 1 || got[0].URL != "https://example.test/news/a-story?id=7" || got[0].Err != nil || got[0].Path != "" {
		t.Fatalf("items = %+v", got)
	}
	if got[0].Rel != "example.test/news/a-story_id_7" {
		t.Errorf("Rel = %q", got[0].Rel)
	}
}

func TestURLRelStaysInside(t *testing.T) {
	for _, u := range []string{"http://h/../../etc/passwd", "http://h/..", "http://h/", "http://h/a/./b/"} {
		rel := urlRel(u)
		if strings.Contains(rel, "..") || strings.HasPrefix(rel, "/") {
			t.Errorf("urlRel(%q) = %q leaves the folder", u, rel)
		}
	}
	if got := urlRel("http://h/"); got != "h/index" {
		t.Errorf("urlRel(root) = %q, want h/index", got)
	}
}

func TestURLList(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "list.txt")
	body := "# to read\nhttp://127.0.0.1:1/a\n\n  https://127.0.0.1:1/b  \nnot a url\n"
	if err := os.WriteFile(list, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	check := func(name string, opts Options, arg string) {
		var got []Item
		for it := range Items([]string{arg}, opts) {
			got = append(got, it)
		}
		if len(got) != 3 {
			t.Fatalf("%s: %d items, want 3: %+v", name, len(got), got)
		}
		if got[0].URL != "http://127.0.0.1:1/a" || got[0].Line != 2 || got[1].URL != "https://127.0.0.1:1/b" || got[1].Line != 4 {
			t.Errorf("%s: items = %+v", name, got[:2])
		}
		if got[2].Err == nil || !strings.Contains(got[2].Err.Error(), `line 5: not an http(s) URL: "not a url"`) {
			t.Errorf("%s: third item error = %v", name, got[2].Err)
		}
	}
	check("file", Options{URLs: true}, list)
	check("stdin", Options{URLs: true, Stdin: strings.NewReader(body)}, "-")
}
