package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// measureRune is [measure] written rune by rune, the reference its byte
// tables must agree with.
func measureRune(s string) (n, punc int32) {
	for i, r := range s {
		size := utf8.RuneLen(r)
		if r == utf8.RuneError {
			size = 1
		}
		switch {
		case strings.ContainsRune(" \n\t\r\f", r):
			if r == ' ' && i > 0 && i+1 < len(s) {
				a, _ := utf8.DecodeLastRuneInString(s[:i])
				b, _ := utf8.DecodeRuneInString(s[i+1:])
				if unicode.Is(unicode.Han, a) && unicode.Is(unicode.Han, b) {
					punc++
				}
			}
		case strings.ContainsRune(".,?!;", r):
			n++
			punc++
		default:
			n += int32(size)
			if wideMark(s[i:]) {
				punc++
			}
		}
	}
	return n, punc
}

func TestMeasureAgreesWithRunes(t *testing.T) {
	texts := []string{"", "a b", "Hello, world. Yes!", "山里 天气很好，走吧", "“Quoted,” he said — twice…", "x\u3000y。z！", "Ünïcode; ok?"}
	files, _ := filepath.Glob("../../testdata/articles/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	for _, s := range texts {
		n, p := measure(s)
		wn, wp := measureRune(s)
		if n != wn || p != wp {
			t.Errorf("measure(%.40q) = %d, %d; want %d, %d", s, n, p, wn, wp)
		}
	}
}
