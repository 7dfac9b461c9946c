package clean

import (
	"testing"

	"github.com/claimex/claimex/document"
)

func TestGuessLanguage(t *testing.T) {
	c := newCleaner(t)
	for _, tc := range []struct{ want, text string }{
		{"en", "The government said on Tuesday that it would raise the minimum wage next year, after unions had called for a larger increase. Economists warned that the move could push up prices for consumers."},
		{"de", "Die Regierung hat am Dienstag angekündigt, den Mindestlohn im kommenden Jahr zu erhöhen, nachdem die Gewerkschaften eine stärkere Anhebung gefordert hatten. Ökonomen warnten, dass die Preise für Verbraucher steigen könnten."},
		{"fr", "Le gouvernement a annoncé mardi qu'il relèverait le salaire minimum l'an prochain, après que les syndicats ont réclamé une hausse plus forte. Les économistes ont averti que cette mesure pourrait faire monter les prix pour les consommateurs."},
		{"es", "El Gobierno anunció el martes que subirá el salario mínimo el próximo año, después de que los sindicatos pidieran un aumento mayor. Los economistas advirtieron que la medida podría elevar los precios para los consumidores."},
		{"it", "Il governo ha annunciato martedì che aumenterà il salario minimo il prossimo anno, dopo che i sindacati avevano chiesto un aumento più consistente. Gli economisti hanno avvertito che la misura potrebbe far salire i prezzi per i consumatori."},
		{"pt", "O governo anunciou na terça-feira que vai aumentar o salário mínimo no próximo ano, depois de os sindicatos terem pedido um aumento maior. Os economistas alertaram que a medida pode elevar os preços para os consumidores."},
		{"nl", "De regering heeft dinsdag aangekondigd dat het minimumloon volgend jaar wordt verhoogd, nadat de vakbonden om een grotere stijging hadden gevraagd. Economen waarschuwden dat de maatregel de prijzen voor consumenten kan opdrijven."},
		{"", "Wage rise announced"},
		// Languages without a word list are no guess.
		{"", "Regeringen meddelade på tisdagen att minimilönen ska höjas nästa år, efter att facken hade krävt en större ökning. Ekonomer varnade för att åtgärden kan driva upp priserna för konsumenterna i hela landet."},
		{"", "Pemerintah mengumumkan pada hari Selasa bahwa upah minimum akan dinaikkan tahun depan, setelah serikat pekerja menuntut kenaikan yang lebih besar. Para ekonom memperingatkan bahwa langkah itu dapat menaikkan harga bagi konsumen di seluruh negeri."},
		{"", "Ajax Amsterdam 2 Vitesse Arnhem 1. Feyenoord Rotterdam 0 Twente Enschede 0. NAC Breda 1 Roda JC Kerkrade 3. PSV Eindhoven 4 Willem II Tilburg 1. Heerenveen 2 Utrecht 2. Groningen 1 Sparta Rotterdam 0."},
	} {
		if got := c.langs.guess(tc.text); got != tc.want {
			t.Errorf("guess(%.40q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A page that declares its language keeps it; one that does not gets the
// guess; pasted German text is German.
func TestLanguageMeta(t *testing.T) {
	c := newCleaner(t)
	body := "<article><h1>Bahn droht Streik</h1><p>Die Gewerkschaft hat am Montag mit neuen Streiks gedroht, falls die Bahn bis Ende der Woche kein besseres Angebot vorlegt.</p>" +
		"<p>Ein Sprecher der Bahn sagte, das Angebot sei fair. Weitere Streiks würden vor allem Pendler treffen, die täglich auf die Bahn angewiesen seien.</p></article>"
	if d := run(t, c, document.FormatHTML, `<html lang="de-DE"><body>`+body+`</body></html>`); d.Meta.Language != "de-DE" {
		t.Errorf("declared: language = %q", d.Meta.Language)
	}
	if d := run(t, c, document.FormatHTML, `<html><body>`+body+`</body></html>`); d.Meta.Language != "de" {
		t.Errorf("undeclared: language = %q", d.Meta.Language)
	}
	if d := run(t, c, document.FormatText, "Bahn droht Streik\n\nDie Gewerkschaft hat am Montag mit neuen Streiks gedroht, falls die Bahn bis Ende der Woche kein besseres Angebot vorlegt.\n\nEin Sprecher der Bahn sagte, das Angebot sei fair."); d.Meta.Language != "de" {
		t.Errorf("text: language = %q", d.Meta.Language)
	}
}

func TestNormLang(t *testing.T) {
	for in, want := range map[string]string{"EN": "en", "en-us": "en-US", "en_GB": "en-GB", "pt-br": "pt-BR",
		"zh-tw": "zh-TW", "en-US,en;q=0.9": "en-US", "not a tag": "", "und": "", "": ""} {
		if got := normLang(in); got != want {
			t.Errorf("normLang(%q) = %q, want %q", in, got, want)
		}
	}
}
