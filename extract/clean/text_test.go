package clean

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// Short lines that belong to a news article (datelines, result lines,
// fixtures, tables, wrapped fragments) stay; headlines of other stories
// after the body still go.
func TestTextKeepsArticleLines(t *testing.T) {
	c := newCleaner(t)
	tests := []struct {
		name  string
		raw   string
		keeps []string
		drops []string
	}{
		{
			name: "dateline and results after the body",
			raw: "SOCCER - DUTCH FIRST DIVISION RESULTS.\n\nAMSTERDAM 1997-03-14\n\n" +
				"Ajax moved three points clear at the top of the Dutch first division on Friday after a late goal from their Danish striker.\n\n" +
				"Results of Dutch first division matches on Friday:\n\n" +
				"Ajax Amsterdam 2 Vitesse Arnhem 1\n\nFeyenoord Rotterdam 0 Twente Enschede 0\n\nNAC Breda 1 Roda JC Kerkrade 3\n\n" +
				"Scorers: Jari Litmanen (12th), Tijani Babangida (88th)\n\nAttendance: 42,000",
			keeps: []string{"AMSTERDAM 1997-03-14", "Ajax Amsterdam 2 Vitesse Arnhem 1", "NAC Breda 1 Roda JC Kerkrade 3",
				"Scorers: Jari Litmanen (12th), Tijani Babangida (88th)", "Attendance: 42,000"},
		},
		{
			name: "fixtures and wrapped lines inside the body",
			raw: "RUGBY - LIONS TOUR ITINERARY.\n\nLONDON 1997-01-10\n\n" +
				"The British Lions will play thirteen matches on their tour\n\nof South Africa starting in May, the tour organisers\n\nsaid on Friday.\n\n" +
				"Tour itinerary:\n\nMay 24 v Eastern Province (at Port Elizabeth)\n\nMay 28 v Border (at East London)\n\nMay 31 v Western Province (at Cape Town)\n\n" +
				"June 21 First test (at Cape Town)\n\n" +
				"The squad will be named next month after the end of the Five Nations championship, the organisers said.",
			keeps: []string{"of South Africa starting in May, the tour organisers", "May 28 v Border (at East London)",
				"June 21 First test (at Cape Town)", "The squad will be named next month"},
		},
		{
			name: "a table between paragraphs",
			raw: "Canadian bank assets rise\n\nOTTAWA 1996-08-30\n\n" +
				"Chartered bank assets rose in the week to August 28, the Bank of Canada said in its weekly statement.\n\n" +
				"Notes in circulation 27.35 +0.435 +0.237\n\nGovt securities outstanding 463.73 +1.660 +10.436\n\nM1 63.02 62.83 57.50\n\n" +
				"The central bank did not comment on the figures, which are seasonally adjusted.",
			keeps: []string{"Notes in circulation 27.35 +0.435 +0.237", "M1 63.02 62.83 57.50"},
		},
		{
			name: "a score card after the body",
			raw: "Pakistan set England 250 to win\n\n" +
				"Pakistan scored 249 for nine in their 50 overs in the first one-day international at Old Trafford on Thursday.\n\n" +
				"Saeed Anwar c Stewart b Gough 33\n\nIjaz Ahmed b Croft 79\n\nSalim Malik c Stewart b Hollioake 23\n\nMushtaq Ahmed not out 14\n\n" +
				"-- London sports desk +44 171 542 7951",
			keeps: []string{"Saeed Anwar c Stewart b Gough 33", "Mushtaq Ahmed not out 14", "London sports desk"},
		},
		{
			name: "a results page without prose",
			raw: "SOCCER - JAPANESE LEAGUE RESULTS.\n\nTOKYO 1996-08-31\n\nResults of J-League matches on Saturday:\n\n" +
				"Kashima 2 Urawa 1\n\nNagoya 1 Kashiwa 1\n\nStandings:\n\nKashima 21\n\nUrawa 19\n\nNagoya 17\n\nKashiwa 15",
			keeps: []string{"TOKYO 1996-08-31", "Kashima 2 Urawa 1", "Nagoya 1 Kashiwa 1", "Kashima 21", "Kashiwa 15"},
		},
		{
			name: "a list the article introduces stays",
			raw: "Microsoft patches zero-day flaw\n\n" +
				"Microsoft has released an emergency patch for a zero-day vulnerability in Windows that attackers have been exploiting to take over corporate networks.\n\n" +
				"The company advised customers to take three steps:\n\n" +
				"Admins should apply the update as soon as possible\nHome users will get it automatically over the next week\nOlder systems remain at risk until they are replaced\n\n" +
				"Craig Hale\nStaff Writer, TechRadar Pro",
			keeps: []string{"Admins should apply the update", "Older systems remain at risk"},
			drops: []string{"Staff Writer"},
		},
		{
			name: "image source and caption labels go",
			raw: "Rail fares to rise\n\nRail fares in England will rise by up to 4.9% from March, the government has announced on Tuesday.\n\n" +
				"Image source, Reuters\nImage caption,\nPassengers at a London station on Tuesday morning\n\n" +
				"The increase is below the rate of inflation but campaigners said passengers would still be hit hard.",
			keeps: []string{"The increase is below the rate of inflation"},
			drops: []string{"Image source", "Passengers at a London station"},
		},
		{
			name: "topic tags and a comments invitation after the body go",
			raw: "Rail operators face fines over late trains\n\n" +
				"Train companies will be fined for persistent delays under new rules announced by the regulator on Thursday.\n\n" +
				"The rail industry body said the targets were unrealistic given the state of the network.\n\n" +
				"More about\nRail\nTrains\nOffice of Rail and Road\n\n" +
				"Join our commenting forum\nJoin thought-provoking conversations, follow other readers and see their replies",
			keeps: []string{"The rail industry body said the targets were unrealistic"},
			drops: []string{"More about", "Office of Rail and Road", "commenting forum", "thought-provoking"},
		},
		{
			name: "headlines of other stories after the body go",
			raw: "Port strike enters third day\n\n" +
				"Dock workers stayed off the job for a third day on Wednesday as talks between the union and port operators stalled again.\n\n" +
				"The union said it would not return until the offer matched inflation, and operators said they could not pay more.\n\n" +
				"Ferry operator cancels winter sailings to the islands\nCouncil approves new harbour wall after storm damage\nFishing fleet warns of job losses as quotas are cut",
			keeps: []string{"The union said it would not return"},
			drops: []string{"Ferry operator cancels winter sailings", "Council approves new harbour wall", "Fishing fleet warns of job losses"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, c, document.FormatText, tc.raw)
			checkKeepsDrops(t, d, tc.keeps, tc.drops)
		})
	}
}

// A text made only of what reads as furniture is all the article there is.
func TestTextNeverEmpty(t *testing.T) {
	c := newCleaner(t)
	d := run(t, c, document.FormatText, "By Angie Mar November 2019")
	if d.Text != "By Angie Mar November 2019" || len(d.Removed) != 0 {
		t.Errorf("text = %q, removed %+v", d.Text, d.Removed)
	}
}

// A page pasted from a browser: dateline, share label, image source and
// caption, byline with outlet, topic tags and a "More on this story" list.
func TestPastedPage(t *testing.T) {
	c := newCleaner(t)
	d := run(t, c, document.FormatText, readFile(t, "storm-paste.txt"))
	checkKeepsDrops(t, d, []string{
		"Storm Ciarán: Thousands without power as winds hit 100mph",
		"Tens of thousands of homes are without power after Storm Ciarán",
		"The Met Office issued an amber warning",
		`"It was the worst night I can remember," said one resident of St Helier`,
		"Network operators said engineers were working to restore supplies as quickly as possible.",
	}, []string{
		"Published", "Share", "Image source", "Waves crashed over the sea wall", "By Sarah Jones", "BBC News",
		"Related Topics", "More on this story", "Storm warnings issued", "Schools shut", "days ago",
	})
	checkMeta(t, d.Meta, document.Meta{
		Title: "Storm Ciarán: Thousands without power as winds hit 100mph", Authors: []string{"Sarah Jones"}, Published: "2023-11-02", Language: "en",
	})
}

// A whole page selected and pasted: menu words before the headline, a
// byline with its date, share labels and comments after the body.
func TestPastedMenus(t *testing.T) {
	c := newCleaner(t)
	d := run(t, c, document.FormatText, readFile(t, "menu-paste.txt"))
	checkKeepsDrops(t, d, []string{
		"Huawei unveils major cybersecurity push",
		"Huawei has revealed a multi-billion dollar spending plan",
		"upgrade research and development facilities as part of the major investment.",
	}, []string{"Skip to main content", "Reviews", "Deals", "By Mike Moore", "Image credit", "Share this article", "Comments (3)", "Great article"})
	checkMeta(t, d.Meta, document.Meta{Title: "Huawei unveils major cybersecurity push", Authors: []string{"Mike Moore"}, Published: "2018-12-18", Language: "en"})
}

func TestTextFurniture(t *testing.T) {
	c := newCleaner(t)
	tests := []struct {
		name    string
		raw     string
		keeps   []string
		drops   []string
		title   string
		authors string
	}{
		{
			name: "byline and related headlines",
			raw: "Council delays vote on housing plan\n\nBy Anna Kowalski and Ben Carter\n\n" +
				"The city council postponed a vote on its housing plan on Tuesday after residents packed the chamber to object to a new tower block.\n\n" +
				"Councillors said they needed more time to study traffic and school capacity before approving the scheme.\n\n" +
				"More from City Hall\nMayor unveils budget with record spending on parks\nBus lanes to be extended to the airport\nLibrary hours cut as staff shortage bites",
			keeps:   []string{"The city council postponed a vote", "Councillors said they needed more time"},
			drops:   []string{"By Anna Kowalski", "More from City Hall", "Mayor unveils budget", "Bus lanes", "Library hours"},
			title:   "Council delays vote on housing plan",
			authors: "Anna Kowalski|Ben Carter",
		},
		{
			name: "share bar, newsletter and cookie lines",
			raw: "Share this article\n\nFacebook\nTwitter\nEmail\n\n" +
				"Scientists have found that a common garden bird can remember the location of thousands of hidden seeds for months at a time.\n\n" +
				"Sign up for our newsletter to get the latest science news delivered to your inbox.\n\n" +
				"We use cookies to personalise content and ads. Accept all cookies",
			keeps: []string{"Scientists have found that a common garden bird"},
			drops: []string{"Share this article", "Facebook", "Sign up for our newsletter", "We use cookies"},
		},
		{
			name: "hard-wrapped prose stays whole",
			raw: "Wheat prices rose sharply on Monday after heavy rain\ndamaged crops across the region, traders said, and\nanalysts expected further gains this week.\n\n" +
				"The rise follows a dry spring that had already cut\nyields in the south of the country.",
			keeps: []string{"Wheat prices rose sharply on Monday after heavy rain damaged crops across the region",
				"The rise follows a dry spring that had already cut yields in the south of the country."},
		},
		{
			name: "a bulleted list in the body stays",
			raw: "Airline adds routes\n\nThe regional airline said on Friday that it would add four new routes to southern Europe next summer.\n\n" +
				"- Malaga, three flights a week\n- Faro, two flights a week\n- Naples, daily from June\n\n" +
				"Tickets go on sale next week, and the carrier expects to fly about 200,000 extra passengers over the season.",
			keeps: []string{"- Malaga, three flights a week", "- Naples, daily from June", "Tickets go on sale next week"},
		},
		{
			name: "short paragraphs in another language stay",
			raw: "Bahn baut neue Strecke\n\nDie Bahn will bis 2030 eine neue Schnellstrecke bauen.\n\nDas Projekt kostet rund vier Milliarden Euro.\n\n" +
				"Die Arbeiten beginnen im Frühjahr nach der Genehmigung.\n\nKritiker warnen vor weiteren Verzögerungen beim Bau.",
			keeps: []string{"Die Bahn will bis 2030", "Das Projekt kostet rund vier Milliarden Euro.", "Kritiker warnen"},
		},
		{
			name: "the byline author's closing bio",
			raw: "The city cannot afford another stadium\n\nBy Gail Turner\n\n" +
				"I have lived in this city for 30 years, and I have watched it pour money into projects that promised jobs.\n\n" +
				"The mayor insists taxpayers will pay nothing, but the deal gives the team $400 million in tax breaks.\n\n" +
				"Gail Turner is a retired city planner.",
			keeps:   []string{"I have lived in this city", "The mayor insists taxpayers will pay nothing"},
			drops:   []string{"Gail Turner is a retired city planner."},
			authors: "Gail Turner",
		},
		{
			name: "subheading between paragraphs stays",
			raw: "Rates held steady\n\nThe central bank kept its main interest rate unchanged on Thursday, as expected by most economists.\n\n" +
				"What comes next\n\nOfficials signalled that cuts could begin in the summer if inflation keeps falling.",
			keeps: []string{"What comes next", "Officials signalled that cuts could begin"},
			title: "Rates held steady",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, c, document.FormatText, tc.raw)
			checkKeepsDrops(t, d, tc.keeps, tc.drops)
			if tc.title != "" && d.Meta.Title != tc.title {
				t.Errorf("title = %q, want %q", d.Meta.Title, tc.title)
			}
			if tc.authors != "" && strings.Join(d.Meta.Authors, "|") != tc.authors {
				t.Errorf("authors = %q, want %q", d.Meta.Authors, tc.authors)
			}
		})
	}
}

// Text pasted with single line breaks between paragraphs still has paragraphs.
func TestTextLineBreaks(t *testing.T) {
	c := newCleaner(t)
	d := run(t, c, document.FormatText, "Rates held steady\n"+
		"The central bank kept its main interest rate unchanged on Thursday, as expected by most economists.\n"+
		"Officials signalled that cuts could begin in the summer if inflation keeps falling.")
	want := "Rates held steady\n\nThe central bank kept its main interest rate unchanged on Thursday, as expected by most economists.\n\n" +
		"Officials signalled that cuts could begin in the summer if inflation keeps falling."
	if d.Text != want {
		t.Errorf("text = %q\nwant   %q", d.Text, want)
	}
	if d.Meta.Title != "Rates held steady" {
		t.Errorf("title = %q", d.Meta.Title)
	}
}
