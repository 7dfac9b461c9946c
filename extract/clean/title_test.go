package clean

import "testing"

func TestPageTitle(t *testing.T) {
	c := newCleaner(t)
	for _, tc := range []struct{ title, site, want string }{
		{"Port strike halts grain exports | The Harbour Herald", "", "Port strike halts grain exports"},
		{"The Harbour Herald | Port strike halts grain exports", "The Harbour Herald", "Port strike halts grain exports"},
		{"Herald / News / World - Port strike halts grain exports for a day", "", "Port strike halts grain exports for a day"},
		{"Herald » Port strike halts grain exports", "", "Port strike halts grain exports"},
		{"Superbugs: What They Are and How You Get Them", "", "What They Are and How You Get Them"},
		{"Short | Site", "", "Short | Site"}, // too short to cut
	} {
		if got := c.pageTitle(tc.title, tc.site, nil, nil); got != tc.want {
			t.Errorf("pageTitle(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
		}
	}
	// A heading equal to the whole title keeps its colon part.
	if got := c.pageTitle("Superbugs: What They Are", "", nil, []string{"Superbugs: What They Are"}); got != "Superbugs: What They Are" {
		t.Errorf("colon title with matching heading = %q", got)
	}
}

func TestTitleSiteAndHost(t *testing.T) {
	c := newCleaner(t)
	if got := c.titleSite("Port strike halts grain exports - The Herald"); got != "The Herald" {
		t.Errorf("titleSite = %q", got)
	}
	if got := c.titleSite("Port strike halts grain exports"); got != "" {
		t.Errorf("titleSite without separator = %q", got)
	}
	if got := HostSite("https://www.Example.com/a/b"); got != "example.com" {
		t.Errorf("HostSite = %q", got)
	}
}

func TestLDTitleChoosesNameOrHeadline(t *testing.T) {
	if got := ldTitle(ld{name: "Site name", headline: "Port strike halts grain exports"}, "Port strike halts grain exports"); got != "Port strike halts grain exports" {
		t.Errorf("ldTitle = %q", got)
	}
	if got := ldTitle(ld{name: "Port strike halts exports", headline: "Other words entirely"}, "Port strike halts exports"); got != "Port strike halts exports" {
		t.Errorf("ldTitle = %q", got)
	}
}
