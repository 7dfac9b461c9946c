package clean

import (
	"encoding/json"
	"strings"
)

// ld is what JSON-LD says about the article.
type ld struct {
	headline, name, published, site, url, lang string
	body                                       string // articleBody
	authors                                    []string
}

// readLD finds the article object in JSON-LD blocks.
func readLD(blocks []string) ld {
	var out ld
	var best map[string]any
	bestRank := 0
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, y := range x {
				visit(y, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			r := ldRank(x)
			if r > bestRank {
				best, bestRank = x, r
			}
		}
	}
	for _, b := range blocks {
		var v any
		if json.Unmarshal([]byte(unCDATA(b)), &v) != nil {
			continue
		}
		visit(v, 0)
	}
	if best == nil {
		return out
	}
	out.headline = collapse(ldString(best["headline"]))
	if bestRank >= 4 {
		if s, ok := best["name"].(string); ok {
			out.name = collapse(s)
		}
	} else if out.headline == "" {
		out.headline = collapse(ldString(best["name"]))
	}
	out.published = ldString(best["datePublished"])
	if out.published == "" {
		out.published = ldString(best["dateCreated"])
	}
	out.url = ldString(best["url"])
	if out.url == "" {
		out.url = ldString(best["mainEntityOfPage"])
	}
	out.lang = ldString(best["inLanguage"])
	if b, ok := best["articleBody"].(string); ok {
		out.body = b
	}
	out.site = collapse(ldString(best["publisher"]))
	out.authors = ldNames(best["author"], 0)
	if len(out.authors) == 0 {
		out.authors = ldNames(best["creator"], 0)
	}
	return out
}

// unCDATA drops the CDATA wrapper some pages put around JSON-LD.
func unCDATA(s string) string {
	s = strings.TrimSpace(s)
	if t, ok := strings.CutPrefix(s, "<![CDATA["); ok {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), "]]>"))
	}
	return s
}

// ldRank rates a JSON-LD object as the article's description.
func ldRank(x map[string]any) int {
	types := ldTypes(x["@type"])
	r := 0
	for _, t := range types {
		switch {
		case strings.HasSuffix(t, "NewsArticle") || t == "ReportageNewsArticle" || t == "AnalysisNewsArticle":
			r = max(r, 5)
		case strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "LiveBlogPosting" || t == "Report":
			r = max(r, 4)
		case t == "WebPage" || t == "ItemPage":
			r = max(r, 1)
		}
	}
	if r > 0 && x["headline"] != nil {
		r++
	}
	return r
}

func ldTypes(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, y := range x {
			if s, ok := y.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldString reads a string, the first of a list, or an object's name, @id or url.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, y := range x {
			if s := ldString(y); s != "" {
				return s
			}
		}
	case map[string]any:
		for _, k := range []string{"name", "@id", "url"} {
			if s, ok := x[k].(string); ok && strings.TrimSpace(s) != "" {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}

func ldNames(v any, depth int) []string {
	if depth > 3 {
		return nil
	}
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, y := range x {
			out = append(out, ldNames(y, depth+1)...)
		}
		return out
	case map[string]any:
		if s, ok := x["name"].(string); ok {
			return []string{s}
		}
	}
	return nil
}
