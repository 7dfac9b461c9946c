package clean

import (
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
)

func run(t *testing.T, c *Cleaner, format document.Format, raw string) *document.Document {
	t.Helper()
	d := &document.Document{Format: format, Raw: raw}
	if err := c.Run(d); err != nil {
		t.Fatalf("Run: %v", err)
	}
	return d
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// fold lower-cases and folds spaces, as the seed checks do.
func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func checkKeepsDrops(t *testing.T, d *document.Document, keeps, drops []string) {
	t.Helper()
	text := fold(d.Text)
	for _, k := range keeps {
		if !strings.Contains(text, fold(k)) {
			t.Errorf("text lost %q", k)
		}
	}
	for _, k := range drops {
		if strings.Contains(text, fold(k)) {
			t.Errorf("text kept furniture %q", k)
		}
	}
}

// removedReason returns the reason of the removed block holding s, or "".
func removedReason(d *document.Document, s string) string {
	for _, r := range d.Removed {
		if strings.Contains(fold(r.Text), fold(s)) {
			return r.Reason
		}
	}
	return ""
}

func TestNewsPage(t *testing.T) {
	c := newCleaner(t)
	d := run(t, c, document.FormatHTML, readFile(t, "news.html"))
	checkKeepsDrops(t, d, []string{
		"Grain exports from the country's largest port stopped for a third straight day on Tuesday",
		"traders warned that buyers in North Africa could turn to other suppliers if the dispute dragged on.",
		`"We are not going back until the offer matches inflation," said Marta Silva`,
		"Talks to resume",
		"The transport ministry said it expected talks to resume later this week",
		"Shipping agents estimated the cost of the delays at $15 million a day",
	}, []string{
		"We use cookies", "Accept all cookies", "Share on Facebook", "Advertisement",
		"Dock workers vote to strike", "Wheat prices climb", "Read more:",
		"Sign up for our daily newsletter", "trade correspondent", "Photo: Jane Doe",
		"Idle cranes", "nobody in government seems to care", "Council approves new ferry terminal",
		"Hidden promotional text", "All rights reserved", "Business Sport Opinion", "Click here to subscribe",
	})
	if !strings.HasPrefix(d.Text, "Port strike halts grain exports for a third day\n\n") {
		t.Errorf("text does not start with the title: %.80q", d.Text)
	}
	if n := strings.Count(fold(d.Text), "port strike halts grain exports"); n != 1 {
		t.Errorf("title appears %d times", n)
	}
	want := document.Meta{
		Title:     "Port strike halts grain exports for a third day",
		Authors:   []string{"Priya Raman", "Tomás Ortega"},
		Published: "2024-03-05T08:30:00Z",
		Site:      "The Harbour Herald",
		URL:       "https://www.harbourherald.example/business/port-strike-grain-exports",
		Language:  "en-GB",
	}
	checkMeta(t, d.Meta, want)
	for s, reason := range map[string]string{
		"We use cookies":                   "cookie-banner",
		"Share on Twitter":                 "share-bar",
		"Sign up for our daily newsletter": "newsletter",
		"trade correspondent":              "author-bio",
		"Photo: Jane Doe":                  "caption",
		"nobody in government":             "comments",
		"All rights reserved":              "footer",
		"Read more:":                       "related-list",
	} {
		if got := removedReason(d, s); got != reason {
			t.Errorf("removed %q: reason %q, want %q", s, got, reason)
		}
	}
	if removedReason(d, "Hidden promotional text") != "" {
		t.Error("hidden element listed as removed furniture")
	}
}

func checkMeta(t *testing.T, got, want document.Meta) {
	t.Helper()
	if got.Title != want.Title || got.Published != want.Published || got.Site != want.Site ||
		got.URL != want.URL || got.Language != want.Language || strings.Join(got.Authors, "|") != strings.Join(want.Authors, "|") {
		t.Errorf("meta = %+v\nwant   %+v", got, want)
	}
}

func TestBlogPage(t *testing.T) {
	c := newCleaner(t)
	d := run(t, c, document.FormatHTML, readFile(t, "blog.html"))
	checkKeepsDrops(t, d, []string{
		"City councillors voted 7-2 on Monday night to build protected cycling lanes",
		"The plan removes about 120 parking spaces",
		`Mayor Lena Fischer said the lanes would make the street safer for children who cycle to the two schools nearby. "This is about safety first," she said.`,
		"Shop owners had opposed the plan",
		"Construction is due to start in September",
	}, []string{
		"Posted on", "artist's impression", "Image credit", "Share this", "Bridge repairs",
		"Library extends", "Powered by WordPress", "Home | Local",
	})
	// Paragraphs made of <br><br> are separate paragraphs.
	if !strings.Contains(d.Text, "three years.\n\nThe plan removes") {
		t.Errorf("<br><br> did not split paragraphs: %q", d.Text)
	}
	checkMeta(t, d.Meta, document.Meta{
		// The page names no site but its title ends with one.
		Title: "City council approves cycling lanes on Main Street", Authors: []string{"Daniel Okafor"}, Published: "2023-06-02",
		Site: "Riverside Daily", Language: "en",
	})
}

// The seeds are pasted text: every article sentence stays, furniture goes,
// and the title and author are read.
func TestSeedCybersecurityPush(t *testing.T) {
	c := newCleaner(t)
	d := run(t, c, document.FormatText, readFile(t, "huawei-cybersecurity-push.txt"))
	checkKeepsDrops(t, d, []string{
		"Huawei has revealed a multi-billion dollar spending plan to boost its cybersecurity operations",
		"The Chinese mobile giant has revealed it will boost its staff numbers",
		"Huawei security push",
		"Hu noted that there have been no serious cybersecurity incidents in 30 years",
		"He added that Huawei is open to building new cyber security evaluation centers",
		`"We believe that cyber security is a global issue," Hu said`,
		"Any proof or evidence could be shared with telecom operators, if not to Huawei or the public at large.",
	}, []string{
		"(Image credit: Huawei)", "Latest in Security", "Latest in News", "Deputy Editor",
		"He has worked as a B2B and B2C tech journalist", "Chinese government hackers allegedly spent years undetected",
		"A major Keenetic router data leak", "Interpol operation arrests 300 suspects", "DeepSeek", "OpenAI",
		"Apple just announced WWDC 2025", "Hollow Knight", "EV charging Superhubs", "Code Skull",
		"An aerial view of", "An abstract image of a lock",
	})
	if d.Meta.Title != "Huawei unveils major cybersecurity push" {
		t.Errorf("title = %q", d.Meta.Title)
	}
	if strings.Join(d.Meta.Authors, "|") != "Mike Moore" {
		t.Errorf("authors = %q", d.Meta.Authors)
	}
	if d.Meta.Site != "TechRadar Pro" {
		t.Errorf("site = %q", d.Meta.Site)
	}
	for s, reason := range map[string]string{
		"(Image credit: Huawei)": "image-credit",
		"Deputy Editor":          "author-bio",
		"Latest in News":         "related-list",
		"Code Skull":             "related-list",
	} {
		if got := removedReason(d, s); got != reason {
			t.Errorf("removed %q: reason %q, want %q", s, got, reason)
		}
	}
}

func TestSeedTwoBillion(t *testing.T) {
	c := newCleaner(t)
	d := run(t, c, document.FormatText, readFile(t, "huawei-2bn-cybersecurity.txt"))
	checkKeepsDrops(t, d, []string{
		"Huawei has unveiled plans to invest $2bn in cyber security over the next five years in light of a crackdown on its products.",
		"The Chinese technology giant has found it increasingly difficult to sell its 5G infrastructure equipment",
		"“Any concerns or allegations on security at Huawei should be based on factual evidence,” he told journalists, according to Reuters.",
		"The report highlighted technical shortcomings, rather than allegations of espionage",
		"Donald Trump has since suggested he would be willing to intervene in her case",
		"Huawei has not yet responded to a request for comment.",
	}, []string{"show image"})
	if removedReason(d, "show image") != "image-credit" {
		t.Errorf("show image not removed as image-credit: %+v", d.Removed)
	}
}

func TestHTMLFurnitureCues(t *testing.T) {
	c := newCleaner(t)
	body := "<p>The regional airline said on Friday that it would add four new routes to southern Europe next summer, citing strong demand from holidaymakers.</p>" +
		"<p>Tickets go on sale next week, and the carrier expects to fly about 200,000 extra passengers over the season, a spokeswoman said.</p>"
	tests := []struct {
		name  string
		page  string
		keeps []string
		drops []string
	}{
		{
			name:  "article class words do not remove the article",
			page:  `<html><body><article class="post tag-travel no-image has-sidebar">` + body + `</article><div class="related-posts"><a href="/x">Airport expansion approved</a></div></body></html>`,
			keeps: []string{"four new routes", "Tickets go on sale"},
			drops: []string{"Airport expansion approved"},
		},
		{
			name:  "inline cue inside a paragraph does not cut the sentence",
			page:  `<html><body><div class="story-body"><p>The airline, which <a class="affiliate-link" href="/y">sells tickets online</a>, said on Friday that it would add four new routes to southern Europe next summer.</p>` + body + `</div></body></html>`,
			keeps: []string{"The airline, which sells tickets online, said on Friday"},
		},
		{
			name:  "misread furniture cue around the whole body is ignored",
			page:  `<html><body><div class="grid sidebar-layout"><div class="text">` + body + `</div></div><div class="sidebar"><p>Weather: sunny.</p></div></body></html>`,
			keeps: []string{"four new routes", "Tickets go on sale"},
		},
		{
			name:  "embedded post inside a social wrapper stays",
			page:  `<html><body><div class="article-body">` + body + `<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Four new routes to Spain and Greece this summer, book from Monday!</p></blockquote></div></div></body></html>`,
			keeps: []string{"Four new routes to Spain and Greece"},
		},
		{
			name: "a related header opening its section drops the whole section",
			page: `<html><body><div class="article-body">` + body + `<div class="wrap"><h3>You may also like</h3>` +
				`<article><p>The national rail operator will cut fares on weekend trains from March, hoping to win back leisure travellers lost during the pandemic years.</p></article></div></div></body></html>`,
			keeps: []string{"four new routes", "Tickets go on sale"},
			drops: []string{"You may also like", "cut fares on weekend trains"},
		},
		{
			name: "the rest of the story inside a misread cue stays",
			page: `<html><body><div class="article-body">` + body + `<div class="more"><p>The airline also plans to lease two more aircraft for the summer season, its chief executive said in an interview on Friday afternoon.</p>` +
				`<p>Passenger numbers rose 12 percent last year, helped by new routes to Portugal and Italy, and the company expects a similar rise this year.</p><p>Its shares rose 3 percent in early trading after the announcement was made.</p></div></div></body></html>`,
			keeps: []string{"four new routes", "lease two more aircraft", "Passenger numbers rose 12 percent", "Its shares rose 3 percent"},
		},
		{
			name:  "a subheading that merely starts like a header keeps its section",
			page:  `<html><body><div class="article-body"><section><h2>Latest developments</h2><p>Ticket sales opened on Monday.</p><p>Prices start at 49 euros.</p>` + body + `</section></div></body></html>`,
			keeps: []string{"Latest developments", "Ticket sales opened on Monday.", "Prices start at 49 euros.", "four new routes"},
		},
		{
			name: "a link card inside a paragraph goes, the sentence stays",
			page: `<html><body><div class="article-body"><p>Rep. <span class="who"><a href="/p/jane-roe">Jane Roe</a><span class="card">` +
				`<a href="/1">Roe presses airline chiefs over delayed refunds</a> <a href="/2">Lawmakers question fees for seat selection</a> <a href="/3">Senate panel advances aviation safety bill</a></span></span>` +
				` said on Monday that the new routes would help regional airports recover.</p>` + body + `</div></body></html>`,
			keeps: []string{"Rep. Jane Roe said on Monday that the new routes would help regional airports recover."},
			drops: []string{"Roe presses airline chiefs", "Senate panel advances"},
		},
		{
			name:  "a list in the body stays",
			page:  `<html><body><div class="article-body">` + body + `<ul class="list"><li>Malaga, from June 1, three flights a week.</li><li>Faro, from June 3, two flights a week.</li></ul></div></body></html>`,
			keeps: []string{"Malaga, from June 1, three flights a week.", "Faro, from June 3"},
		},
		{
			name:  "all-caps linked headline between paragraphs goes",
			page:  `<html><body><div class="article-body">` + body + `<p><strong><a href="/x">AIRLINE CHIEF QUITS AFTER 'SUMMER OF CHAOS'</a></strong></p><p>The carrier said its fleet would grow to 40 aircraft by the end of next year, up from 32 today, as new jets arrive.</p></div></body></html>`,
			keeps: []string{"fleet would grow to 40 aircraft"},
			drops: []string{"AIRLINE CHIEF QUITS"},
		},
		{
			name:  "a page wrapped in one form (ASP.NET) keeps its article",
			page:  `<html><body><form id="aspnetForm" action="/story.aspx"><div class="nav"><a href="/">Home</a></div><div class="story">` + body + `</div><div class="footer">Contact us</div></form></body></html>`,
			keeps: []string{"four new routes", "Tickets go on sale"},
			drops: []string{"Contact us"},
		},
		{
			name:  "a page without prose keeps its body",
			page:  `<html><body><nav><a href="/">Home</a></nav><div><h1>Results</h1><p>1. Kyle Busch 5040</p><p>2. Martin Truex Jr. 5035</p></div><footer>Contact us</footer></body></html>`,
			keeps: []string{"1. Kyle Busch 5040", "2. Martin Truex Jr. 5035"},
			drops: []string{"Contact us"},
		},
		{
			name:  "text directly in a div",
			page:  `<html><body><div id="content">The regional airline said on Friday that it would add four new routes to southern Europe next summer, citing strong demand from holidaymakers.<br><br>Tickets go on sale next week, the carrier said.</div><div class="footer">Contact us</div></body></html>`,
			keeps: []string{"four new routes", "Tickets go on sale next week"},
			drops: []string{"Contact us"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, c, document.FormatHTML, tc.page)
			checkKeepsDrops(t, d, tc.keeps, tc.drops)
		})
	}
}

// A page that renders its article by script still has its JSON-LD articleBody.
func TestScriptRenderedPage(t *testing.T) {
	c := newCleaner(t)
	body := strings.Repeat("The regional airline said on Friday that it would add four new routes to southern Europe next summer. ", 4) +
		"\n\n" + strings.Repeat("Tickets go on sale next week, and the carrier expects to fly about 200,000 extra passengers. ", 4)
	ld, _ := json.Marshal(map[string]any{"@type": "NewsArticle", "headline": "Airline adds four routes", "articleBody": body})
	page := `<html><head><script type="application/ld+json">` + string(ld) + `</script></head><body><div id="app"><p>Loading the latest news for you, please wait a moment.</p></div></body></html>`
	d := run(t, c, document.FormatHTML, page)
	checkKeepsDrops(t, d, []string{"Airline adds four routes", "add four new routes to southern Europe", "Tickets go on sale next week"}, []string{"Loading the latest news"})
	if strings.Count(d.Text, "\n\n") != 2 {
		t.Errorf("want title and two paragraphs: %q", d.Text)
	}
}

func TestMetaFallbacks(t *testing.T) {
	c := newCleaner(t)
	page := `<html lang="de"><head><title>Bahn kündigt neue Strecke an – Beispiel Zeitung</title>
<meta property="og:site_name" content="Beispiel Zeitung"><meta property="og:locale" content="fr_FR">
<meta name="author" content="https://www.facebook.com/example">
</head><body><h1>Bahn kündigt neue Strecke an</h1><div class="byline">Von Redaktion | By Jana Novak</div>
<div class="article-body"><p>Die Bahn will bis 2030 eine neue Schnellstrecke zwischen zwei großen Städten bauen, teilte das Unternehmen am Montag mit.</p></div></body></html>`
	d := run(t, c, document.FormatHTML, page)
	if d.Meta.Title != "Bahn kündigt neue Strecke an" {
		t.Errorf("title = %q (site suffix not stripped)", d.Meta.Title)
	}
	if d.Meta.Language != "de" {
		t.Errorf("language = %q, want html lang", d.Meta.Language)
	}
	if d.Meta.Site != "Beispiel Zeitung" {
		t.Errorf("site = %q", d.Meta.Site)
	}
	for _, a := range d.Meta.Authors {
		if strings.Contains(a, "://") {
			t.Errorf("author is a URL: %q", a)
		}
	}
}

func TestNormDate(t *testing.T) {
	for in, want := range map[string]string{
		"2019-11-19T12:00:00Z":            "2019-11-19T12:00:00Z",
		"2019-11-19T07:00:00-05:00":       "2019-11-19T07:00:00-05:00",
		"2019-11-19":                      "2019-11-19",
		"2019-11-19 17:19:53 GMT":         "2019-11-19",
		"2019-11-19T12:00:00":             "2019-11-19T12:00:00",
		"Tue, 19 Nov 2019 10:00:00 +0000": "2019-11-19T10:00:00Z",
		"yesterday":                       "",
		"":                                "",
	} {
		if got := normDate(in); got != want {
			t.Errorf("normDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// Pathological nesting must neither crash nor take long: the parser refuses
// it and the page is read as flat text.
func TestDeepNesting(t *testing.T) {
	c := newCleaner(t)
	const depth = 100000
	page := "<html><body>" + strings.Repeat("<div>", depth) +
		"<p>The regional airline said on Friday that it would add four new routes to southern Europe next summer.</p>" +
		strings.Repeat("</div>", depth) + "</body></html>"
	d := run(t, c, document.FormatHTML, page)
	if !strings.Contains(d.Text, "four new routes") {
		t.Errorf("deep page lost its text: %.200q", d.Text)
	}
	// Inline nesting stays under the parser's limit but is deep for a walker.
	page = "<html><body><p>" + strings.Repeat("<span>", 400) + "The airline will add four new routes to southern Europe next summer, it said." + strings.Repeat("</span>", 400) + "</p></body></html>"
	d = run(t, c, document.FormatHTML, page)
	if !strings.Contains(d.Text, "four new routes") {
		t.Errorf("nested spans lost the text: %.200q", d.Text)
	}
}

// A Cleaner is shared by goroutines.
func TestConcurrent(t *testing.T) {
	c := newCleaner(t)
	page := readFile(t, "news.html")
	want := run(t, c, document.FormatHTML, page).Text
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				d := &document.Document{Format: document.FormatHTML, Raw: page}
				if err := c.Run(d); err != nil || d.Text != want {
					t.Errorf("concurrent run differs (err %v)", err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzCleanHTML(f *testing.F) {
	f.Add(readFileF(f, "news.html"))
	f.Add(readFileF(f, "blog.html"))
	f.Add("<p>a<br><br>b</p><nav>x</nav><div class=related>y</div>")
	f.Add("<html><body><table><tr><td>x<td>y</table><script>z</script>")
	f.Add("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":[[[[1]]]],\"headline\":7}</script>")
	c := newCleaner(f)
	f.Fuzz(func(t *testing.T, raw string) {
		if !utf8.ValidString(raw) {
			t.Skip()
		}
		d := &document.Document{Format: document.FormatHTML, Raw: raw}
		if err := c.Run(d); err != nil {
			t.Fatal(err)
		}
		checkOutput(t, d)
	})
}

func FuzzCleanText(f *testing.F) {
	f.Add(readFileF(f, "huawei-cybersecurity-push.txt"))
	f.Add(readFileF(f, "huawei-2bn-cybersecurity.txt"))
	f.Add("By \n\nLatest in\n\n\nx is editor at y.")
	f.Add("Jane Doe\nEditor, Paper\n\nJane Doe is Editor at Paper.")
	c := newCleaner(f)
	f.Fuzz(func(t *testing.T, raw string) {
		if !utf8.ValidString(raw) {
			t.Skip()
		}
		d := &document.Document{Format: document.FormatText, Raw: raw}
		if err := c.Run(d); err != nil {
			t.Fatal(err)
		}
		checkOutput(t, d)
	})
}

func checkOutput(t *testing.T, d *document.Document) {
	t.Helper()
	if !utf8.ValidString(d.Text) {
		t.Fatalf("text is not UTF-8: %q", d.Text)
	}
	if !utf8.ValidString(d.Meta.Title) {
		t.Fatalf("title is not UTF-8: %q", d.Meta.Title)
	}
	for _, r := range d.Removed {
		if r.Reason == "" || !utf8.ValidString(r.Text) {
			t.Fatalf("bad removed block %+v", r)
		}
	}
}

func readFileF(f *testing.F, name string) string {
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		f.Fatal(err)
	}
	return string(b)
}

func TestReasonsAreKebabWords(t *testing.T) {
	c := newCleaner(t)
	rs := c.Reasons()
	if len(rs) < 10 {
		t.Fatalf("only %d reasons: %q", len(rs), rs)
	}
	known := map[string]bool{}
	for _, r := range rs {
		known[r] = true
		for _, ch := range r {
			if !(ch >= 'a' && ch <= 'z' || ch == '-') {
				t.Errorf("reason %q is not a kebab-case word", r)
			}
		}
	}
	for _, name := range []string{"news.html", "blog.html"} {
		d := run(t, c, document.FormatHTML, readFile(t, name))
		for _, r := range d.Removed {
			if !known[r.Reason] {
				t.Errorf("%s: reason %q missing from Reasons()", name, r.Reason)
			}
		}
	}
	d := run(t, c, document.FormatText, readFile(t, "huawei-cybersecurity-push.txt"))
	for _, r := range d.Removed {
		if !known[r.Reason] {
			t.Errorf("seed: reason %q missing from Reasons()", r.Reason)
		}
	}
}
