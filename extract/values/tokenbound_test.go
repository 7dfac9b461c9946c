package values

import "testing"

// TestTokenBound checks that the token list is allocated at least at its
// length, and exactly at it for ASCII text.
func TestTokenBound(t *testing.T) {
	for _, text := range []string{
		"", " ", "Huawei will invest $2bn (£1.5bn) over 5 years, by 2023.\n\nSales rose 12.5%.",
		"B2B 4G a1b2 10,000 -- ...", "\t\v\f\r x",
	} {
		if got, want := tokenBound(text), len(tokenize(text)); got != want {
			t.Errorf("tokenBound(%q) = %d, tokenize finds %d", text, got, want)
		}
	}
	for _, text := range []string{
		"café crème 100元 ½ 10½", "naïve\u00a0résumé", "日本語のテキスト", "e\u0301t\u0301e\u0301", "\xff\xfe bad utf-8",
	} {
		if got, want := tokenBound(text), len(tokenize(text)); got < want {
			t.Errorf("tokenBound(%q) = %d, fewer than the %d tokens tokenize finds", text, got, want)
		}
	}
}

// FuzzTokenBound checks the bound on arbitrary text.
func FuzzTokenBound(f *testing.F) {
	f.Add("Sales rose 12.5% to £300m.")
	f.Add("naïve 100元")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := tokenBound(text), len(tokenize(text)); got < want {
			t.Fatalf("tokenBound(%q) = %d, fewer than %d tokens", text, got, want)
		}
	})
}
