package claims

import (
	"os"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

func TestFrames(t *testing.T) {
	set, f := testFinder(t)
	q, r, c := document.Quote, document.Reported, document.Commitment
	cases := []struct {
		name string
		text string
		ents []ent
		want []want // every listed claim must be present
		none []string
	}{
		{name: "said after a straight quote",
			text: `"We believe that cyber security is a global issue," Hu said, "It's an industrywide issue and we need to address it together."`,
			ents: []ent{{document.Person, "Ken Hu", []string{"Hu"}}},
			want: []want{
				{kinds: k(q), claimant: "Ken Hu", contains: "cyber security is a global issue"},
				{kinds: k(q), claimant: "Ken Hu", contains: "we need to address it together"},
			}},
		{name: "straight single quotes split by the attribution",
			text: "'Any concerns on security should be based on evidence,' Hu said, 'and we oppose those allegations.' In the '90s the firm's rock 'n' roll era ended.",
			want: []want{
				{kinds: k(q), claimant: "Hu", contains: "based on evidence"},
				{kinds: k(q), claimant: "Hu", contains: "we oppose those allegations"},
			}},
		{name: "inverted after curly quotes",
			text: "“This isn’t tax reform,” said Douglas Holtz-Eakin, an economist.",
			want: []want{{kinds: k(q), claimant: "Douglas Holtz-Eakin", contains: "tax reform"}}},
		{name: "doubled apostrophes",
			text: "''It's more tinkering at the edges,'' said Alan Cole, an economist at the Tax Foundation.",
			want: []want{{kinds: k(q), claimant: "Alan Cole", contains: "tinkering at the edges"}}},
		{name: "colon before a quote",
			text: "Hu said: “Without factual evidence we don’t accept and we oppose those allegations.”",
			want: []want{{kinds: k(q), claimant: "Hu", contains: "we oppose those allegations"}}},
		{name: "that clause after a listener",
			text: "Clinton had told police officials that she didn't want the escort at all, but the NYPD overruled that request, the source added.",
			want: []want{
				{kinds: k(r), claimant: "Clinton", contains: "she didn't want the escort"},
				{kinds: k(r), claimant: "the source", contains: "the NYPD overruled that request"},
			}},
		{name: "sources after the content",
			text: "Secret Service protocol called for the nominee to be taken to a trauma center, sources said.",
			want: []want{{kinds: k(r), claimant: "sources", contains: "taken to a trauma center"}}},
		{name: "according to as the claimant",
			text: "According to the New York Times, the company lost $2 billion last year.",
			want: []want{{kinds: k(r), claimant: "New York Times", contains: "the company lost $2 billion"}}},
		{name: "according to as via",
			text: "“Any concerns should be based on factual evidence,” he told journalists, according to Reuters.",
			ents: []ent{{document.Person, "Ken Hu", nil}, {document.Org, "Reuters", nil}},
			want: []want{{kinds: k(q), via: "Reuters", contains: "factual evidence"}}},
		{name: "multi-paragraph quote",
			text: "Smith said: “The first paragraph of the statement goes on for a while.\n\n“And the second paragraph closes the long quotation here.”",
			want: []want{
				{kinds: k(q), claimant: "Smith", contains: "first paragraph"},
				{kinds: k(q), claimant: "Smith", contains: "second paragraph closes"},
			}},
		{name: "unattributed quote paragraph inherits",
			text: "“Any concerns on security should be based on factual evidence,” Hu told journalists.\n\n“Without factual evidence we don’t accept and we oppose those allegations.”",
			want: []want{{kinds: k(q), claimant: "Hu", contains: "we oppose those allegations"}}},
		{name: "mid-sentence speaker",
			text: "Climate change, Mr. Obama often says, is the greatest long-term threat facing the world.",
			want: []want{{kinds: k(r), claimant: "Mr. Obama", contains: "greatest long-term threat"}}},
		{name: "participle after the main clause",
			text: "Trump blasted the American media on Tuesday, saying that reporters were unbelievably dishonest.",
			want: []want{{kinds: k(r), claimant: "Trump", contains: "reporters were unbelievably dishonest"}}},
		{name: "commitment with plans",
			text: "Huawei has unveiled plans to invest $2bn in cyber security over the next five years.",
			want: []want{{kinds: k(c), claimant: "Huawei", contains: "invest $2bn"}}},
		{name: "reported future of the speaker is a commitment",
			text: "The Chinese mobile giant has revealed it will boost its staff numbers.",
			ents: []ent{{document.Org, "Huawei", nil}},
			want: []want{{kinds: k(c), contains: "boost its staff numbers"}}},
		{name: "passive",
			text: "It was reported that the company would close three plants in Ohio.",
			want: []want{{kinds: k(r), contains: "close three plants"}}},
		{name: "hedged stance",
			text: "The company hopes that the plan will help ease global concerns.",
			ents: []ent{{document.Org, "Huawei", nil}},
			want: []want{{kinds: k(r), hedged: &yes, contains: "help ease global concerns"}}},
		{name: "transcript labels",
			text: "\"PENCE: Well, look, she apparently thinks this is an episode of a show. But this is America.\n\n" +
				"WALLACE: If I may, sir, because we have got limited time.\n\n\"PENCE: And that is why he is on his way.\"\n\nWALLACE: Thank you.",
			want: []want{
				{kinds: k(q), claimant: "PENCE", contains: "this is America"},
				{kinds: k(q), claimant: "WALLACE", contains: "limited time"},
				{kinds: k(q), claimant: "PENCE", contains: "on his way"},
			}},
		{name: "a passive subject is no speaker",
			text: "He was formally called to testify before the committee twice in the past two weeks.",
			none: []string{"testify"}},
		{name: "a time between speaker and cue",
			text: "Obama has had a frosty relationship with McConnell, who in 2010 said the party's most important goal was to make Obama a one-term president.",
			ents: []ent{{document.Person, "Mitch McConnell", []string{"McConnell"}}, {document.Person, "Barack Obama", []string{"Obama"}}},
			want: []want{{kinds: k(r), claimant: "Mitch McConnell", contains: "most important goal"}}},
		{name: "an adjective opens the speaker",
			text: `Clinton "is the only candidate with the experience to keep America safe," retired Air Force general Lloyd Newton said.`,
			ents: []ent{{document.Person, "Lloyd Newton", nil}, {document.Person, "Hillary Clinton", []string{"Clinton"}}},
			want: []want{{kinds: k(q, r), claimant: "Lloyd Newton", contains: "the only candidate"}}},
		{name: "a month is no hedge",
			text: "Huawei said on May 5 that it had sold 200 million phones.",
			want: []want{{kinds: k(r), hedged: &no, contains: "sold 200 million phones"}}},
		{name: "scare quotes are not claims",
			text: "A campaign by the “five eyes” intelligence alliance has curbed its reach in Western nations.",
			none: []string{"five eyes"}},
		{name: "a plural noun is not a cue",
			text: "Several battleground states could be decisive in a close election this year.",
			none: []string{"decisive"}},
		{name: "the article's own clause before a participle",
			text: "Dockers at the port of Antwerp have voted overwhelmingly to walk out, threatening to halt shipments before the holidays.",
			want: []want{{kinds: k(document.Assertion), contains: "have voted overwhelmingly to walk out"}}},
		{name: "the article's own clause before a relative attribution",
			text: "Portugal has granted permits for two solar parks near Lisbon, in a push that the government says will cut imports of gas.",
			want: []want{
				{kinds: k(document.Assertion), contains: "Portugal has granted permits"},
				{kinds: k(r), claimant: "the government", contains: "will cut imports"},
			}},
		{name: "an amount approved is an act",
			text: "The European Commission on Tuesday approved €800 million in Italian state aid for a battery plant.",
			want: []want{{kinds: k(document.Assertion), contains: "approved €800 million"}},
			none: []string{"800 million"}},
		{name: "a profit posted is an act",
			text: "The retailer posted a net profit of $12 million for the quarter.",
			none: []string{"net profit"}},
		{name: "recalling an amount is an act",
			text: "Vantor Inc is recalling about 40,000 kettles after reports that the handles cracked.",
			want: []want{{kinds: k(document.Assertion), contains: "recalling about 40,000 kettles"}},
			none: []string{"handles cracked"}},
		{name: "an amount pledged to an end is a commitment",
			text: "The government has pledged £50m to repair flood defences in Yorkshire.",
			want: []want{{kinds: k(c), claimant: "The government", contains: "£50m to repair flood defences"}}},
		{name: "a base form after a name takes a clause",
			text: "Economists at Barclays Capital believe rates could fall twice next year.",
			ents: []ent{{document.Org, "Barclays Capital", nil}},
			want: []want{{kinds: k(r), claimant: "Barclays Capital", contains: "rates could fall twice"}}},
		{name: "an impersonal report with a time is hedged",
			text: "It was reported last week that Vantor had quietly closed its plant in Ohio.",
			want: []want{{kinds: k(r), hedged: &yes, contains: "Vantor had quietly closed its plant"}}},
		{name: "anonymous sources hedge",
			text: "A rival bidder had approached the board, according to people familiar with the talks.",
			want: []want{{kinds: k(r), hedged: &yes, contains: "A rival bidder had approached the board"}}},
		{name: "widely expected is hedged",
			text: "The Bank of Canada is widely expected to hold rates at its next meeting.",
			want: []want{{kinds: k(r, document.Assertion), hedged: &yes, contains: "hold rates at its next meeting"}}},
		{name: "a denial of the clause before",
			text: "Vantor had quietly stopped selling the heater in France, a claim the company denied.",
			ents: []ent{{document.Org, "Vantor Inc", []string{"Vantor", "the company"}}},
			want: []want{{kinds: k(r), claimant: "Vantor Inc", contains: "a claim the company denied"}}},
		{name: "a denial of an unsourced claim names the full form",
			text: "The European Parliament met on Monday. Lobbyists have allegedly been paying members, an allegation the Parliament rejected on Tuesday.",
			ents: []ent{{document.Org, "European Parliament", nil}},
			want: []want{
				{kinds: k(r), claimant: "European Parliament", contains: "have allegedly been paying members"},
				{kinds: k(r), hedged: &yes, contains: "have allegedly been paying members"},
			}},
		{name: "a quote over two paragraphs after an attributed one",
			text: "“This is the investment the region needs,” minister Ana Lopes told reporters.\n\n“We have checked the numbers. Without it, the plant would have gone to Asia.\n\n“The conditions are strict, and we will enforce them.”",
			ents: []ent{{document.Person, "Ana Lopes", nil}},
			want: []want{
				{kinds: k(q), claimant: "Ana Lopes", contains: "We have checked the numbers"},
				{kinds: k(q), claimant: "Ana Lopes", contains: "we will enforce them"},
			}},
		{name: "a name in apposition to an inverted speaker",
			text: "\"The fine is small change for a firm this size,\" said its founder, Maria Keane.",
			want: []want{{kinds: k(q), claimant: "Maria Keane", contains: "small change"}}},
		{name: "a speaker's name runs past a shorter mention",
			text: "The Baltic Dockers' Union said 90 per cent of its members had backed the strike. Campaign group Mar Azul Norte argued that the turbines were too close. The Department of Trade and Fair Competition said the deal would be reviewed.",
			ents: []ent{{document.Org, "Baltic Dockers", nil}, {document.Person, "Azul Norte", nil}, {document.Org, "Department of Trade", nil}},
			want: []want{
				{kinds: k(r), claimant: "Baltic Dockers' Union", contains: "90 per cent"},
				{kinds: k(r), claimant: "Mar Azul Norte", contains: "too close"},
				{kinds: k(r, c), claimant: "Department of Trade and Fair Competition", contains: "would be reviewed"},
			}},
		{name: "a spokesperson of a named organization",
			text: "Norvik Bank raised rates. A Halden Trust spokesperson said the fund would sell its stake.",
			ents: []ent{{document.Org, "Norvik Bank", nil}, {document.Org, "Halden Trust", nil}},
			want: []want{{kinds: k(r, c), claimant: "Halden Trust", contains: "sell its stake"}}},
		{name: "the company is the company the article is about",
			text: "Pelora Foods Ltd cut 300 jobs. Pelora said sales fell. Pelora shares dropped.\n\nThe Food Standards Agency fined a rival supplier on Monday.\n\nPrices could rise by 5 percent next year, the company said.",
			ents: []ent{{document.Org, "Pelora Foods Ltd", []string{"Pelora"}}, {document.Org, "Food Standards Agency", nil}},
			want: []want{{kinds: k(r), claimant: "Pelora Foods Ltd", contains: "Prices could rise"}}},
		{name: "an expectation in a relative clause leaves the main clause to the article",
			text: "The grant, announced on Monday by minister Joan Hale, will be paid to local councils through a tender that is expected to open early next year.",
			want: []want{
				{kinds: k(r), hedged: &yes, contains: "a tender that is expected to open"},
				{kinds: k(document.Assertion, c), contains: "will be paid to local councils"},
			},
			none: []string{"The grant, announced"}},
		{name: "a superlative is checkable",
			text: "Norway already has one of the largest hydropower fleets in Europe.",
			want: []want{{kinds: k(document.Assertion), contains: "one of the largest hydropower fleets"}}},
		{name: "a coordinated frame ends the content before it",
			text: "The Danish government said it would not step in for now, but a spokesman for the labour ministry noted that the state could order arbitration.",
			want: []want{
				{kinds: k(r, c), claimant: "Danish government", contains: "it would not step in for now"},
				{kinds: k(r), claimant: "the labour ministry", contains: "the state could order arbitration"},
			},
			none: []string{"for now, but"}},
		{name: "results reported are an act",
			text: "Vantor Airways reported a loss of $140 million in the first quarter.",
			none: []string{"a loss of"}},
		{name: "a participle after a mid-sentence frame",
			text: "The company may also seek a partner for battery cells, Sethi said, adding that talks with two firms were at an early stage.",
			ents: []ent{{document.Person, "Vikram Sethi", []string{"Sethi"}}},
			want: []want{
				{kinds: k(r), claimant: "Vikram Sethi", contains: "a partner for battery cells"},
				{kinds: k(r), claimant: "Vikram Sethi", contains: "talks with two firms"},
			},
			none: []string{"adding that talks"}},
		{name: "so far between the subject and the cue",
			text: "The finance ministry has so far resisted such calls from carmakers.",
			want: []want{{kinds: k(r), claimant: "The finance ministry", contains: "such calls"}}},
		{name: "a noun after an amount is no cue",
			text: "The margin narrowed by 3 percentage points to 9.2% in the quarter.",
			none: []string{"9.2%"}},
		{name: "the object of a relative clause ends before the main cue",
			text: "Sen. Ann Holt, the Iowa Democrat who wrote the bill, said the vote was long overdue.",
			ents: []ent{{document.Person, "Ann Holt", nil}},
			want: []want{{kinds: k(r), claimant: "Ann Holt", contains: "the vote was long overdue"}},
			none: []string{"the bill, said"}},
		{name: "the action of a commitment is no frame of its own",
			text: "The company plans to add a production line for malaria vaccines next year.",
			want: []want{{kinds: k(c), contains: "add a production line"}},
			none: []string{"a production line"}},
		{name: "a second verb of the same speaker",
			text: "The treasurer told reporters the scheme would cost about $1bn a year, but insisted the money would be recovered later.",
			want: []want{
				{kinds: k(r), claimant: "The treasurer", contains: "the scheme would cost"},
				{kinds: k(r), claimant: "The treasurer", contains: "the money would be recovered"},
			},
			none: []string{"but insisted"}},
		{name: "a manner adverb or a time clause is no content",
			text: "\"Thank you,\" Gowdy said sarcastically. Hollande said Friday as he entered the talks. Police revealed Tuesday the drug was found in the car.",
			want: []want{{kinds: k(r), claimant: "Police", contains: "the drug was found"}},
			none: []string{"sarcastically", "as he entered"}},
		{name: "a thing is no speaker of a loose stance verb",
			text: "The new keyboard may prove far more reliable than the old one.",
			none: []string{"far more reliable"}},
		{name: "an infinitive's stance is the subject's",
			text: "Governor Kristi Lane launched an effort to address the state's housing crisis.",
			ents: []ent{{document.Person, "Kristi Lane", nil}},
			want: []want{{kinds: k(r), claimant: "Kristi Lane", contains: "the state's housing crisis"}}},
		{name: "a named subject before an appositive and a relative clause",
			text: "Angela Brenner, a developer and spokeswoman for the Visa Coalition, which is made up of investors, said many of the examples failed to note the program's benefits.",
			ents: []ent{{document.Person, "Angela Brenner", nil}},
			want: []want{{kinds: k(r), claimant: "Angela Brenner", contains: "many of the examples failed"}}},
		{name: "an infinitive is no speaker",
			text: "Apple has agreed to pay $500m to settle claims that it slowed older iPhones.",
			none: []string{"it slowed older iPhones"}},
		{name: "the article's own clause takes no hedge from the claim after it",
			text: "The government has pledged £50m to repair flood defences in Yorkshire, in a move ministers hope will calm voters.",
			want: []want{
				{kinds: k(document.Assertion, c), hedged: &no, contains: "pledged £50m to repair flood defences"},
				{kinds: k(r), hedged: &yes, contains: "will calm voters"},
			}},
		{name: "the article's own clause keeps its own expectation",
			text: "The money will be handed to councils in Yorkshire through a tender that is expected to open early next year.",
			want: []want{{kinds: k(document.Assertion, c), hedged: &yes, contains: "will be handed to councils in Yorkshire"}}},
		{name: "as someone put it",
			text: "The main test for the visa is a \"lawful source of income,\" as a Homeland Security memo put it. He has long been seen, as The New Yorker put it in a profile, “the operator of the show.”",
			want: []want{
				{kinds: k(r), claimant: "Homeland Security memo", contains: "lawful source of income,\""},
				{kinds: k(q), claimant: "New Yorker", contains: "the operator of the show"},
			}},
		{name: "a participle after a preposition",
			text: "After saying her ankle was “so swollen I could barely walk,” Ms. Reyes was taken to hospital. Dr. Oz was criticised in 2014 for saying that green coffee extract was a magic cure.",
			want: []want{
				{kinds: k(r), claimant: "Ms. Reyes", contains: "so swollen I could barely walk"},
				{kinds: k(r), claimant: "Dr. Oz", contains: "green coffee extract was a magic cure"},
			}},
		{name: "a plural noun after a name is the subject's head",
			text: "Train drivers at Harbour Rail have voted to strike, threatening to halt services over Easter.",
			want: []want{{kinds: k(c, r), claimant: "Train drivers", contains: "halt services over Easter"}}},
		{name: "a short quote after a quote of the same paragraph",
			text: "\"We fell short of the standards our customers expect,\" chief executive Tom Hale said in a statement. \"We are sorry.\"",
			ents: []ent{{document.Person, "Tom Hale", nil}},
			want: []want{{kinds: k(q), claimant: "Tom Hale", contains: "We are sorry"}}},
		{name: "a quote closing a content before a coordinated verb",
			text: "Rachel Moore called the fine \"a slap on the wrist\" and urged ministers to act.",
			want: []want{{kinds: k(r), claimant: "Rachel Moore", contains: "the fine \"a slap on the wrist\""}}},
		{name: "a speaker with a place after the content",
			text: "The competition authority is expected to review the aid, officials in Brussels said.",
			ents: []ent{{document.GPE, "Brussels", nil}},
			want: []want{{kinds: k(r), claimant: "officials in Brussels", contains: "expected to review the aid"}}},
		{name: "a time before a content without that",
			text: "Baltic Autoworks said last month it would delay its battery project until 2028.",
			want: []want{{kinds: k(r, c), claimant: "Baltic Autoworks", contains: "it would delay its battery project"}}},
		{name: "last month between the speaker and the cue",
			text: "A study in The Lancet last month found that vaccine hesitancy had doubled since 2019.",
			want: []want{{kinds: k(r), claimant: "Lancet", contains: "vaccine hesitancy had doubled"}}},
		{name: "the reader is no speaker",
			text: "If you plan to retire early, you'll need savings. You're considering a loan that costs more than you think.",
			none: []string{"retire early", "a loan"}},
		{name: "the group is the group just named",
			text: "Kestrel Mining is in talks to buy Andino. A Chinese state-owned group had also approached Andino, although the group denied making an offer.",
			ents: []ent{{document.Org, "Kestrel Mining", nil}, {document.Org, "Andino", nil}},
			want: []want{{kinds: k(r), claimant: "Chinese state-owned group", contains: "making an offer"}}},
		{name: "an appositive is no antecedent",
			text: "The bids came from Nordvind Energy, a Danish company that runs turbines. The company said it would invest €2bn.",
			ents: []ent{{document.Org, "Nordvind Energy", nil}},
			want: []want{{kinds: k(r, c), claimant: "Nordvind Energy", contains: "invest €2bn"}}},
		{name: "asking not to be named is no claim",
			text: "One fund manager, who asked not to be named, said the price may prove too high. Another asked not to be identified.",
			want: []want{{kinds: k(r), hedged: &yes, contains: "the price may prove too high"}},
			none: []string{"not to be"}},
		{name: "a denial in a relative clause",
			text: "Vantor had overcharged customers for years, which the company denies.",
			ents: []ent{{document.Org, "Vantor", []string{"the company"}}},
			want: []want{{kinds: k(r), claimant: "Vantor", contains: "overcharged customers"}}},
		{name: "which as the subject is no denial",
			text: "The lobbying included members of the Saudi government, which has strongly denied any involvement in the attacks.",
			want: []want{{kinds: k(r), claimant: "Saudi government", contains: "any involvement in the attacks"}}},
		{name: "according to reports is hedged",
			text: "Vantor had quietly closed its plant in Lyon, according to local media reports.",
			want: []want{{kinds: k(r), hedged: &yes, contains: "quietly closed its plant"}}},
		{name: "the office is the office just named",
			text: "Ontario has spent C$1.2bn on agency nurses, according to the Financial Accountability Office. The office estimated that the cost would rise by 15% next year.",
			ents: []ent{{document.Org, "Financial Accountability Office", nil}, {document.GPE, "Ontario", nil}},
			want: []want{{kinds: k(r), claimant: "Financial Accountability Office", contains: "the cost would rise"}}},
		{name: "a government spokesperson",
			text: "The Nurses' Association said 87 per cent backed the strike. A government spokesperson added that hospitals would stay open.",
			ents: []ent{{document.Org, "Nurses' Association", nil}},
			want: []want{{kinds: k(r, c), claimant: "government spokesperson", contains: "hospitals would stay open"}}},
		{name: "a dateline is no content",
			text: "TORONTO — Nurses at 40 hospitals have voted to strike, the nurses' union said on Thursday.",
			want: []want{{kinds: k(r), claimant: "the nurses' union", contains: "Nurses at 40 hospitals have voted"}},
			none: []string{"TORONTO"}},
		{name: "a currency read as a name is not the company",
			text: "Bharat Motors Ltd reported a loss of Rs 412 crore. Bharat Motors plans to invest Rs 2,000 crore, and Rs 300 crore more later.\n\nSales fell 23.5% in the quarter, the company said.",
			ents: []ent{{document.Org, "Bharat Motors Ltd", []string{"Bharat Motors"}}, {document.Org, "Rs", nil}},
			want: []want{{kinds: k(r), claimant: "Bharat Motors Ltd", contains: "Sales fell 23.5%"}}},
		{name: "a name and a colon open a headline",
			text: "Sanders: Clinton Needs to Get Away From the Personality Stuff\n\nSenator Bernie Sanders made the remarks in an interview with reporters on Sunday.",
			want: []want{{kinds: k(r), claimant: "Sanders", contains: "Clinton Needs to Get Away"}}},
		{name: "a common noun and a colon are no speaker",
			text: "Stealth Over Health: Clinton Was Headed to the Hospital\n\nUpdate: The campaign released a statement on Monday.\n\nThe Gap Goes On: the assembly established a new agency in 2010.",
			none: []string{"Clinton Was Headed", "The campaign released", "the assembly established"}},
		{name: "a base form after names joined by and",
			text: "On the trail, Trump and Clinton point out their own credentials and each other's failings.",
			want: []want{{kinds: k(r), claimant: "Trump and Clinton", contains: "their own credentials"}}},
		{name: "a speaker with a contact clause",
			text: "In her favor, all the economists we spoke to said her proposals were more detailed than his.",
			want: []want{{kinds: k(r), claimant: "the economists", contains: "her proposals were more detailed"}}},
		{name: "a plural head of a name, and a clause of cause after the object",
			text: "Other members of Congress echo her concerns, in large part because most applicants must meet education requirements.",
			want: []want{{kinds: k(r), contains: "her concerns"}},
			none: []string{"most applicants"}},
		{name: "a stance's object ends before a contrast with a subject of its own",
			text: "Europeans derided the deal as toothless, but Mr. Obama learned from the experience.",
			want: []want{{kinds: k(r), claimant: "Europeans", contains: "the deal as toothless"}},
			none: []string{"learned from the experience"}},
		{name: "the subject of a lead verb speaks the infinitive",
			text: "On Monday, Gingrich went on to criticize the new trade agreement with Mexico.",
			ents: []ent{{document.Person, "Newt Gingrich", []string{"Gingrich"}}},
			want: []want{{kinds: k(r), claimant: "Newt Gingrich", contains: "the new trade agreement"}}},
		{name: "a source described by its nearness to the matter",
			text: "People close to the campaign said the decision was final. The talks collapsed, a person briefed on the talks said on Monday.",
			want: []want{
				{kinds: k(r), claimant: "People close to the campaign", contains: "the decision was final"},
				{kinds: k(r), claimant: "a person briefed on the talks", contains: "The talks collapsed"},
			}},
		{name: "a possessor yields to the name it qualifies",
			text: "Hillary Clinton's campaign manager Robby Mook said the debate would be decisive.",
			ents: []ent{{document.Person, "Hillary Clinton", nil}, {document.Person, "Robby Mook", nil}},
			want: []want{{kinds: k(r), claimant: "Robby Mook", contains: "the debate would be decisive"}}},
		{name: "a pro-form stands for the content",
			text: "Robby Mook said as much in an interview on Thursday. That was what Liz Wahl said when she resigned from the network in 2014.",
			want: []want{
				{kinds: k(r), claimant: "Robby Mook", contains: "as much"},
				{kinds: k(r), claimant: "Liz Wahl", contains: "what"},
			},
			none: []string{"she resigned", "an interview"}},
		{name: "a colon carries reported speech to the end of the paragraph",
			text: "Christie spoke on Wednesday.\n\nThe governor added: The economy is weak. Wages have not grown in a decade.\n\nThe governor said:\n\nIt is typical of her. She knows nothing about the state.\n\nOfficials did not respond.",
			want: []want{
				{kinds: k(r), claimant: "The governor", contains: "Wages have not grown"},
				{kinds: k(r), claimant: "The governor", contains: "It is typical of her"},
				{kinds: k(r), claimant: "The governor", contains: "She knows nothing"},
			},
			none: []string{"Officials did not respond"}},
		{name: "the subject's own noun before a that clause",
			text: "Democrats also persisted in arguments that the panel is trying to second-guess the FBI.",
			want: []want{{kinds: k(r), claimant: "Democrats", contains: "the panel is trying"}}},
		{name: "capitalized cue words are names",
			text: "Foreign investors may obtain United States citizenship by investing in projects.",
			none: []string{"citizenship"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(set, tc.text)
			withEntities(d, tc.ents)
			if err := f.Run(d); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				checkWant(t, d, w)
			}
			for _, n := range tc.none {
				for _, c := range d.Claims {
					if (c.Kind == q || c.Kind == r) && strings.Contains(c.Text, n) {
						t.Errorf("unexpected %s claim %q", c.Kind, c.Text)
					}
				}
			}
			checkClaims(t, d)
		})
	}
}

// TestVerbGroupOneClaim checks that a cue verb governing the infinitive of
// another cue verb gives one claim, not one for each verb.
func TestVerbGroupOneClaim(t *testing.T) {
	set, f := testFinder(t)
	for _, text := range []string{
		"Kestrel's chief executive, Rachel Whitford, declined to confirm the talks at a conference on Wednesday.",
		"The governor sought to reassure investors about the state's finances.",
	} {
		d := newDoc(set, text)
		if err := f.Run(d); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, c := range d.Claims {
			if c.Kind == document.Reported {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d reported claims, want 1: %+v", text, n, d.Claims)
		}
	}
}

// TestCoordinatedCut checks that no claim's content runs into the next
// coordinated frame of its sentence.
func TestCoordinatedCut(t *testing.T) {
	set, f := testFinder(t)
	for _, tc := range []struct{ text, across string }{
		{"The Danish government said it would not step in for now, but a spokesman for the labour ministry noted that the state could order arbitration.", "but a spokesman"},
		{"Ryo Tanaka claimed the package was a giveaway and said his party would push for a tax cut instead.", "and said"},
		{"The government has pledged £50m to repair flood defences, in a move ministers hope will calm voters.", "in a move"},
	} {
		d := newDoc(set, tc.text)
		if err := f.Run(d); err != nil {
			t.Fatal(err)
		}
		for _, c := range d.Claims {
			if c.Kind != document.Assertion && strings.Contains(c.Text, tc.across) {
				t.Errorf("%s claim %q runs across %q", c.Kind, c.Text, tc.across)
			}
		}
	}
}

// TestNoCommitment checks sentences that commit no one.
func TestNoCommitment(t *testing.T) {
	set, f := testFinder(t)
	for _, text := range []string{
		"Bernie Sanders offered some pointed advice to Hillary Clinton on Friday.",
		"Construction will begin in the summer, officials at Norvik Energy said.",
		"The charges relate to threatening to assault a federal official.",
		"If you plan to retire early, you will need savings.",
	} {
		d := newDoc(set, text)
		withEntities(d, []ent{{document.Org, "Norvik Energy", nil}})
		if err := f.Run(d); err != nil {
			t.Fatal(err)
		}
		for _, c := range d.Claims {
			if c.Kind == document.Commitment {
				t.Errorf("%q: unexpected commitment %q", text, c.Text)
			}
		}
	}
}

// TestNameRun checks the claimant's name when the speaker phrase holds more
// than the entity's mention.
func TestNameRun(t *testing.T) {
	set, f := testFinder(t)
	cases := []struct {
		text string
		ents []ent
		want string
	}{
		{"Chinese President Li Wen and Mr. Obama said they would sign the accord.",
			[]ent{{document.Person, "Li Wen", nil}, {document.NORP, "Chinese", nil}}, "Li Wen"},
		{"Former Halden Trust said the fund would sell its stake.",
			[]ent{{document.Org, "Halden Trust", nil}}, "Halden Trust"},
		{"The Baltic Dockers' Union said the strike would go ahead.",
			[]ent{{document.Org, "Baltic Dockers", nil}}, "Baltic Dockers' Union"},
		{"According to the Society of Indian Carmakers (SIC), sales fell for a year.",
			[]ent{{document.NORP, "Indian", nil}, {document.Org, "SIC", nil}}, "Society of Indian Carmakers"},
	}
	for _, tc := range cases {
		d := newDoc(set, tc.text)
		withEntities(d, tc.ents)
		if err := f.Run(d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range d.Claims {
			if c.Claimant != nil {
				got = append(got, c.Claimant.Name)
			}
		}
		if len(got) == 0 || got[0] != tc.want {
			t.Errorf("%q: claimants %q, want %q first", tc.text, got, tc.want)
		}
	}
}

// checkClaims checks the invariants every claim keeps.
func checkClaims(t *testing.T, d *document.Document) {
	t.Helper()
	prev := -1
	for i, c := range d.Claims {
		if c.ID != "c"+itoa(i+1) {
			t.Errorf("claim %d has id %q", i, c.ID)
		}
		if c.Start < 0 || c.End > len(d.Text) || c.Start >= c.End {
			t.Fatalf("claim %s span %v outside text of %d bytes", c.ID, c.Span, len(d.Text))
		}
		if c.Sentence.Start < 0 || c.Sentence.End > len(d.Text) || c.Sentence.Start > c.Sentence.End {
			t.Fatalf("claim %s sentence %v outside text", c.ID, c.Sentence)
		}
		if c.Text != d.Text[c.Start:c.End] || !utf8.ValidString(c.Text) {
			t.Errorf("claim %s text %q is not its span", c.ID, c.Text)
		}
		if c.Start < prev {
			t.Errorf("claim %s out of text order", c.ID)
		}
		prev = c.Start
		switch c.Kind {
		case document.Quote, document.Reported, document.Commitment, document.Assertion:
		default:
			t.Errorf("claim %s has kind %q", c.ID, c.Kind)
		}
		if c.Kind == document.Assertion && c.Claimant != nil {
			t.Errorf("assertion %s has a claimant", c.ID)
		}
		if c.Rule == "" {
			t.Errorf("claim %s has no rule", c.ID)
		}
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestEntitiesAndValues(t *testing.T) {
	set, f := testFinder(t)
	text := "Huawei has promised to invest $2bn in cyber security in the UK, Ken Hu said."
	d := newDoc(set, text)
	withEntities(d, []ent{{document.Org, "Huawei", nil}, {document.GPE, "UK", nil}, {document.Person, "Ken Hu", nil}})
	at := strings.Index(text, "$2bn")
	d.Values = []document.Value{{ID: "v1", Type: document.Money, Span: document.Span{Start: at, End: at + 4}, Text: "$2bn"}}
	if err := f.Run(d); err != nil {
		t.Fatal(err)
	}
	var commit, said *document.Claim
	for i := range d.Claims {
		switch d.Claims[i].Kind {
		case document.Commitment:
			commit = &d.Claims[i]
		case document.Reported:
			said = &d.Claims[i]
		}
	}
	if commit == nil || said == nil {
		t.Fatalf("want a commitment and a reported claim, got %+v", d.Claims)
	}
	if commit.Claimant == nil || commit.Claimant.Entity != "e1" || strings.Join(commit.Values, ",") != "v1" || strings.Join(commit.Entities, ",") != "e2" {
		t.Errorf("commitment: claimant %+v, entities %v, values %v", commit.Claimant, commit.Entities, commit.Values)
	}
	if said.Claimant == nil || said.Claimant.Name != "Ken Hu" || said.Claimant.Entity != "e3" || strings.Join(said.Entities, ",") != "e1,e2" {
		t.Errorf("reported: claimant %+v, entities %v", said.Claimant, said.Entities)
	}
}

func TestNew(t *testing.T) {
	set := testSet(t).Clone()
	if err := set.Merge("user.yaml", []byte("kind: attribution\nrules:\n  - id: speech\n    disabled: true\n")); err != nil {
		t.Fatal(err)
	}
	if _, err := New(set); err != nil {
		t.Fatalf("a set with some cues left should build: %v", err)
	}
	empty, err := rules.LoadFS(fstest.MapFS{}, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(empty); err == nil {
		t.Error("a set without attribution cues should not build")
	}
}

// TestConcurrent runs one Finder on several documents at once; run it with
// -race to check that Run keeps no state in the Finder.
func TestConcurrent(t *testing.T) {
	set, f := testFinder(t)
	data, err := os.ReadFile("testdata/huawei-cybersecurity-push.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := newDoc(set, string(data))
	if err := f.Run(want); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := newDoc(set, string(data))
			if err := f.Run(d); err != nil {
				t.Error(err)
				return
			}
			if len(d.Claims) != len(want.Claims) {
				t.Errorf("got %d claims, want %d", len(d.Claims), len(want.Claims))
			}
		}()
	}
	wg.Wait()
}

func FuzzClaims(f *testing.F) {
	set := testSet(f)
	finder, err := New(set)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(`"We believe," Hu said, "it's global." He added that it was fine.`)
	f.Add("“Open quote never closed\n\n“Next paragraph, said Smith")
	f.Add("''x'' said Y. According to Z, w. It was reported that q will, a source said.")
	f.Add("Huawei has promised to invest $2bn. ” “ ‘ ’ \"")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := newDoc(set, text)
		// An entity on every capitalized word, to exercise claimant resolution.
		for i, tk := range d.Tokens {
			if tk.Text != "" && tk.Text[0] >= 'A' && tk.Text[0] <= 'Z' {
				typ := []string{document.Person, document.Org, document.GPE}[i%3]
				d.Entities = append(d.Entities, document.Entity{ID: "e" + itoa(i), Type: typ, Name: tk.Text, Mentions: []document.Span{tk.Span}})
			}
		}
		if err := finder.Run(d); err != nil {
			t.Fatal(err)
		}
		checkClaims(t, d)
	})
}

// TestLinear checks that a text without sentence breaks, full of cues and
// quotation marks, costs work in proportion to its length. The work is the
// number of token tests the run makes, so the check does not depend on the
// load of the machine.
func TestLinear(t *testing.T) {
	set := testSet(t)
	finder, err := New(set)
	if err != nil {
		t.Fatal(err)
	}
	units := []string{
		"Hu said the plan works, a source said, according to Reuters, “and it will” he told them, saying that ",
		"Hu said after the plan works and Trump's claims about the deal will pass and ",
		"The company paid $5m to settle, a claim the firm denied, and Hu, its director, Joanna Pike, said ",
		"He said it would not step in, but a spokesman noted that it could act and argued that it may, in a move officials hope ",
	}
	steps := func(unit string, n int) int {
		r := newRun(finder, newDoc(set, strings.Repeat(unit, n)))
		r.claims()
		return r.steps
	}
	for _, u := range units {
		small, large := steps(u, 500), steps(u, 4000)
		t.Logf("%d steps, then %d for 8x the text", small, large)
		// Eight times the text: linear work takes about 8x, quadratic work 64x.
		if small == 0 || large > 12*small {
			t.Errorf("%q: 8x the text took %d steps against %d", u, large, small)
		}
	}
}

func BenchmarkClaims(b *testing.B) {
	set := testSet(b)
	finder, err := New(set)
	if err != nil {
		b.Fatal(err)
	}
	para := "“Any concerns or allegations on security at Huawei should be based on factual evidence,” he told journalists, according to Reuters. " +
		"Huawei has repeatedly insisted it operates independently of Beijing, a company statement added. " +
		"The government is expected to publish a telecoms review early next year, sources said.\n\n"
	text := strings.Repeat(para, 200)
	d := newDoc(set, text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		if err := finder.Run(d); err != nil {
			b.Fatal(err)
		}
	}
}
