package entities

import (
	"slices"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestNewsOrganizations checks organization names built from heads, lists
// and legal forms, and places that stay places, in ordinary news sentences.
func TestNewsOrganizations(t *testing.T) {
	cases := []struct {
		text      string
		name, typ string
		aliases   []string
	}{
		{"The Reserve Bank of India has cut interest rates four times this year.", "Reserve Bank of India", "ORG", nil},
		{"A Department of Health and Social Care spokesperson said the government would not pay.", "Department of Health and Social Care", "ORG", nil},
		{"The Department for Science, Innovation and Technology said the first villages would be connected.", "Department for Science, Innovation and Technology", "ORG", nil},
		{"The Japan Chamber of Commerce and Industry, which says it represents small firms, welcomed the plan.", "Japan Chamber of Commerce and Industry", "ORG", nil},
		{"Police said Ghana's Cyber Security Authority had traced the payments.", "Cyber Security Authority", "ORG", nil},
		{"Police said Ghana's Cyber Security Authority had traced the payments.", "Ghana", "GPE", nil},
		{"The Nordic Pilots' Union said 94 per cent of its members backed the strike.", "Nordic Pilots' Union", "ORG", nil},
		{"Bids came from Nordvind Energy A/S, a Danish company that runs turbines in the North Sea.", "Nordvind Energy A/S", "ORG", nil},
		{"Openreach, the network arm of BT Group plc, said it welcomed the scheme.", "BT Group plc", "ORG", nil},
		{"Openreach, the network arm of BT Group plc, said it welcomed the scheme.", "Openreach", "ORG", nil},
		{"Power costs twice as much, according to Red Eléctrica, the national grid operator.", "Red Eléctrica", "ORG", nil},
		{"Sahel BioPharma, which opened the plant earlier this year, said orders had doubled.", "Sahel BioPharma", "ORG", nil},
		{"The National Cyber Security Centre said it was working with the hospital.", "National Cyber Security Centre", "ORG", nil},
		{"The largest awards go to Cumbria, Powys and Herefordshire.", "Powys", "GPE", nil},
		{"Pilots at Aurora Airways voted to strike. Aurora's chief executive, Ingrid Solberg, insisted the airline could not pay.", "Aurora Airways", "ORG", []string{"Aurora", "the airline"}},
		{"Severnside Rovers have unveiled plans for a stadium.\n\nRovers insisted that the development would create jobs.", "Severnside Rovers", "ORG", []string{"Rovers"}},
		{"The European Commission approved the aid, a claim the Commission denied.", "European Commission", "ORG", []string{"Commission"}},
		{"The Society of Indian Automobile Manufacturers (SIAM) said sales fell. SIAM expects a recovery.", "Society of Indian Automobile Manufacturers", "ORG", []string{"SIAM"}},
		{"The Country Land and Business Association (CLA) said the money was wasted, the CLA said.", "Country Land and Business Association", "ORG", []string{"CLA"}},
		{"The United Rail Workers union welcomed the committee vote.", "United Rail Workers", "ORG", nil},
		{"Bristol City Council's planning chief said the club had applied. Bristol has grown.", "Bristol", "GPE", nil},
		{"Sen. Thomas Whitley (R-Texas), the committee's ranking Republican, argued against it.", "Texas", "GPE", nil},
		{"The derailment in Carver Falls forced the evacuation of 2,000 people.", "Carver Falls", "GPE", nil},
		{"USA TODAY reported last month that the port had closed.", "USA TODAY", "ORG", nil},
		{"Awards go to upland areas of Cumbria and the North Yorkshire Moors.", "North Yorkshire Moors", "LOC", nil},
		{"The NCSC said it was working with the trust and NHS England to understand the impact.", "NHS England", "ORG", nil},
		{"The group owns a smelter near the port of Matarani.", "Matarani", "GPE", nil},
		{"Environmental group Mar Viva Canarias argued that the turbines should be moved.", "Mar Viva Canarias", "ORG", nil},
		{"Officials will meet residents in Circleville and Chillicothe in the coming months.", "Chillicothe", "GPE", nil},
		{"Kenya Obuya Mwangi spoke to reporters on Monday.\n\nKenya has closed its border.", "Kenya", "GPE", nil},
		{"An uneasy ceasefire has prevailed in Nagorno-Karabakh, which represents a fifth of Azerbaijan.", "Nagorno-Karabakh", "GPE", nil},
		{"Arai's government will present the full budget to the Diet before the end of March.", "Diet", "ORG", nil},
		{"Tim Guldimann, the Swiss diplomat who heads the OSCE Chechnya mission, was criticised.", "Chechnya", "GPE", nil},
		{"Workers at Brightwater Foods Ltd voted to strike, the GMB union said. The union said the company had refused to negotiate.", "GMB", "ORG", []string{"the union"}},
		{"Workers at Brightwater Foods Ltd voted to strike, the GMB union said. The union said the company had refused to negotiate.", "Brightwater Foods Ltd", "ORG", []string{"the company"}},
		{"The Mid Wales Tourism Partnership and Ceredigion County Council backed the plan.", "Ceredigion County Council", "ORG", nil},
		// "County" ends a place's name; a club's only on a sports page.
		{"Two people were injured by falling trees in Marlow County on Sunday.", "Marlow County", "LOC", nil},
		{"SOCCER - DERBY BEAT LEEDS.\n\nDerby County beat Leeds United 2-0 on Saturday.", "Derby County", "ORG", nil},
		{"Shares in Northgate Mining Corp rose after the company said its Kalgoorlie mine had restarted.", "Kalgoorlie", "GPE", nil},
		{"The Royal College of Nursing (RCN) said its members would strike. The college said pay had fallen.", "Royal College of Nursing", "ORG", []string{"RCN", "the college"}},
		{"The Scottish Environment Protection Agency (Sepa) said the river was polluted. Sepa will test the water.", "Scottish Environment Protection Agency", "ORG", []string{"Sepa"}},
		{"Kestrel is in talks to acquire the Peruvian copper producer Minera Sol Andino.\n\nMinera Sol Andino, which is listed in Lima and Toronto, said it had received approaches.", "Minera Sol Andino", "ORG", nil},
		// A place that is also a first name, before a surname.
		{"Vladimir Putin met the envoy on Monday.", "Vladimir Putin", "PERSON", nil},
		{"Elizabeth Warren said on Monday that the bill would pass. Warren has long backed it.", "Elizabeth Warren", "PERSON", nil},
		{"Georgia Power said the outage was over.", "Georgia Power", "ORG", nil},
		{"The Orlando Sentinel reported the shooting first.", "Orlando Sentinel", "ORG", nil},
		{"Tourists crowd Washington every spring. The Washington Examiner reported the figures.", "Washington Examiner", "ORG", nil},
		// A kind of body in apposition before the name types it.
		{"The cuts were first reported by the newspaper Harbour Tidende on Monday.", "Harbour Tidende", "ORG", nil},
		// A news dateline's place in capitals, before its dash.
		{"Car plant idle\n\nDETROIT — Workers at the plant stayed home on Monday.", "DETROIT", "GPE", nil},
		{"Car plant idle\n\nLOS ANGELES — Workers at the plant stayed home on Monday.", "LOS ANGELES", "GPE", nil},
		{"Car plant idle\n\nWARREN, Mich. — Workers at the plant stayed home on Monday.", "WARREN", "GPE", nil},
		{"Car plant idle\n\nFBI — Agents searched the plant on Monday.", "FBI", "ORG", nil},
		// A body's noun modifying a person's title in an apposition.
		{"Travelers should wait, said Helen Cho, an airline analyst at Morningstar.", "Helen Cho", "PERSON", nil},
		{"Tom Weir, a bank economist, said rates would fall.", "Tom Weir", "PERSON", nil},
		// A name set off by commas after a body's noun.
		{"The storm hit on Monday. The utility, Coastal Power, said it had restored power.", "Coastal Power", "ORG", nil},
		// A listed first name before a surname that is a plural word.
		{"The app was fined. “It is a scandal,” said Tom Burrows.", "Tom Burrows", "PERSON", nil},
		// A nationality adjective that is no name of people.
		{"Philippine officials said the ships had left the shoal.", "Philippine", "NORP", nil},
	}
	for _, c := range cases {
		d := runText(t, c.text)
		e := find(d, c.name)
		if e == nil || e.Type != c.typ {
			t.Errorf("%q: want %s %s, got %+v", c.text, c.typ, c.name, d.Entities)
			continue
		}
		for _, a := range c.aliases {
			if !slices.Contains(e.Aliases, a) && e.Name != a {
				t.Errorf("%q: %s lacks alias %q: %v", c.text, c.name, a, e.Aliases)
			}
		}
	}
}

// TestRoleNouns checks that a role noun names the latest organization whose
// name fits it, and nothing when none does.
func TestRoleNouns(t *testing.T) {
	text := "Interpol said on Friday that police in seven countries had arrested 300 suspects. Tidewall Bank said it had frozen accounts.\n\nThe agency said most of the victims were small businesses."
	d := runText(t, text)
	if e := find(d, "Interpol"); e == nil || !slices.Contains(e.Aliases, "the agency") {
		t.Errorf("Interpol lacks alias the agency: %+v", d.Entities)
	}
	// "the company" is the company named as a subject, not a public body
	// or a name after a preposition.
	d = runText(t, "The European Commission approved the aid.\n\nThe plant, to be built by Silvana Semiconductors GmbH, will make chips.\n\nThe money comes from the Commission. Construction will begin in the summer, the company said.")
	if e := find(d, "Silvana Semiconductors GmbH"); e == nil || !slices.Contains(e.Aliases, "the company") {
		t.Errorf("Silvana lacks alias the company: %+v", d.Entities)
	}
	d = runText(t, "Openreach, the network arm of BT Group plc, said it welcomed the scheme. A spokeswoman for the company said engineers were ready.")
	if e := find(d, "Openreach"); e == nil || !slices.Contains(e.Aliases, "the company") {
		t.Errorf("Openreach lacks alias the company: %+v", d.Entities)
	}
	// With only a public body in view, "the company" names none.
	d = runText(t, "The Harbour Agency fined the port operator on Monday.\n\nThe company said it would appeal.")
	if e := find(d, "Harbour Agency"); e == nil || slices.Contains(e.Aliases, "the company") {
		t.Errorf("a public body took the alias the company: %+v", d.Entities)
	}
	d = runText(t, "Tidewall Bank said it had frozen accounts.\n\nThe union said its members would strike.")
	if e := find(d, "The union"); e != nil {
		t.Errorf("the union named %s with no union in view", e.Name)
	}
	// A role with a qualifier names a person only with that qualifier: the
	// prime minister is "the minister", not "the finance minister".
	d = runText(t, "Prime Minister Anna Lind spoke on Tuesday.\n\nThe finance minister said the deficit would shrink. The minister disagreed.")
	if e := find(d, "Anna Lind"); e == nil || slices.Contains(e.Aliases, "the finance minister") || !slices.Contains(e.Aliases, "the minister") {
		t.Errorf("Anna Lind's aliases: %+v", d.Entities)
	}
}

// TestNewsJunk checks words that are no entities: common-noun acronyms,
// quarters, products, and the nouns of a page in another language.
func TestNewsJunk(t *testing.T) {
	cases := []struct{ text, not string }{
		{"Bharat Motors plans to launch its first electric SUV in 2020.", "SUV"},
		{"Sales fell 23.5% to 118,400 vehicles in Q3 2019, Bharat Motors said.", "Q3"},
		{"Rs 2,000 crore will be invested over four years, Bharat Motors said.", "Rs"},
		{"Patients were told to avoid GP surgeries, NHS Wales said.", "GP"},
		{"Sales of the Tesla Model Y fell, while the Ford F-150 Lightning gained.", "Tesla Model Y"},
		{"Sales of the Tesla Model Y fell, while the Ford F-150 Lightning gained.", "Ford F-150 Lightning"},
		{"The FY2024 results showed margins rose 12%.", "FY2024"},
		{"Ericsson says wins 1.2 bln SKR China order.", "SKR China"},
		{"He is best known for \"Viva Zapata\" and \"On the Waterfront\".", "Waterfront"},
		{"Talks with the North stalled, and the Government said it would wait.", "Government"},
		{"The recall covers the MagCharge Duo, which was sold for phones and laptops.", "MagCharge Duo"},
	}
	for _, c := range cases {
		d := runText(t, c.text)
		if e := find(d, c.not); e != nil {
			t.Errorf("%q: found %s %s", c.text, e.Type, e.Name)
		}
	}
}

// TestDeclaredLanguage checks that the nouns of a page the clean stage
// declares German are not read by the English capitalization rules.
func TestDeclaredLanguage(t *testing.T) {
	text := "Die Bahn bot zuletzt eine Lohnerhöhung von 4,5 Prozent in zwei Stufen sowie eine Einmalzahlung von 1.500 Euro an. Die Gewerkschaft fordert dagegen 7 Prozent mehr Geld und eine Senkung der Wochenarbeitszeit auf 35 Stunden. Ein Sprecher der Deutschen Bahn sagte, man sei zu weiteren Gesprächen bereit, die Forderungen der Gewerkschaft seien aber nicht finanzierbar. Nach Angaben des Konzerns waren von dem letzten Streik mehr als eine Million Reisende betroffen, und die Pendler in Berlin und Frankfurt mussten auf andere Verkehrsmittel ausweichen."
	d := &document.Document{Text: text, Meta: document.Meta{Language: "de"}}
	runText(t, "warm up")
	segCache.Run(d)
	if err := testFinder(t).Run(d); err != nil {
		t.Fatal(err)
	}
	if e := find(d, "Prozent"); e != nil {
		t.Errorf("found %s %s on a German page", e.Type, e.Name)
	}
	if e := find(d, "Berlin"); e == nil {
		t.Errorf("gazetteer place Berlin not found on a German page: %v", names(d))
	}
}

// TestNewsTitles checks title phrases with the nouns of their field, an
// "of"/"for" tail, an owner's possessive or an honorific in between.
func TestNewsTitles(t *testing.T) {
	cases := []struct{ text, name, title string }{
		{"“We will enforce them,” competition commissioner Anneli Virtanen told a news conference.", "Anneli Virtanen", "competition commissioner"},
		{"The trust’s chief executive, Dr Amara Nwosu, apologised to patients.", "Amara Nwosu", "chief executive"},
		{"“They use the same tools,” said Kirsty Rowan, a threat analyst at the firm.", "Kirsty Rowan", "threat analyst"},
		{"Local councillor Peter Haines warned that waiting lists would grow.", "Peter Haines", "councillor"},
		{"“Cybercrime does not respect borders,” said Hélène Marchetti, Interpol's director of cybercrime.", "Hélène Marchetti", "director of cybercrime"},
		{"Peru's energy and mines minister, Carlos Huamán, warned any buyer.", "Carlos Huamán", "energy and mines minister"},
		{"“Today's agreement is fair,” said Maria Delgado, the EPA's regional administrator.", "Maria Delgado", "regional administrator"},
		{"Bristol City Council's cabinet member for planning, Tariq Hussain, told the BBC it would decide.", "Tariq Hussain", "cabinet member for planning"},
		{"Alicia Romero, the agency's deputy director of communications, said the review would take months.", "Alicia Romero", "deputy director of communications"},
		{"The mayor of Eastport, Linda Carver, defended the plan on Monday.", "Linda Carver", "mayor"},
		{"Pastor Anna Lindgren said the church would open its hall.", "Anna Lindgren", "pastor"},
		{"County Sheriff Tom Brandt said the road would stay closed.", "Tom Brandt", "sheriff"},
		{"House Majority Whip Ana Ruiz said the vote was close.", "Ana Ruiz", "majority whip"},
	}
	for _, c := range cases {
		d := runText(t, c.text)
		e := find(d, c.name)
		if e == nil || !slices.Contains(e.Titles, c.title) {
			t.Errorf("%q: want %s with title %q, got %+v", c.text, c.name, c.title, e)
		}
	}
	// "the administrative centre" after a town is no title.
	d := runText(t, "Tanks advanced to within 10 km of Arbil, the administrative centre of the region.")
	if e := find(d, "Arbil"); e != nil && e.Type == "PERSON" {
		t.Errorf("Arbil: got %+v", e)
	}
}

// FuzzNewsEntities checks that any text yields mentions inside it, in order.
func FuzzNewsEntities(f *testing.F) {
	for _, s := range []string{"Mr Ab Cd Ef said.", "Sen. Thomas Whitley (R-Texas), the ranking Republican.", "Nordvind Energy A/S, a Danish company.", "The Department for Science, Innovation and Technology said.", "Dr Amara Nwosu, the trust's chief executive of cybercrime, said."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := runText(t, s)
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
					t.Fatalf("mention %+v of %q outside %q", m, e.Name, s)
				}
			}
		}
	})
}
