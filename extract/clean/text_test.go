package clean

import (
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
