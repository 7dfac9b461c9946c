package output

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/claimex/claimex/extract"
)

// ValueText writes a value's normalized form on one line: "2000000000 USD",
// "2000000000-3000000000 USD", "12.5%", "300 suspects", "2019-01-01/2019-04-30"
// (an ISO 8601 interval), "P5Y"; "~" marks an approximate amount.
func ValueText(v extract.Value) string {
	s := normalized(v.Type, generic(v.Value))
	if v.Approximate && s != "" {
		s = "~" + s
	}
	return s
}

// ValueAmount is a value's number and its unit (currency, "%" or the
// quantity's unit), for spreadsheets; ok is false for dates and ranges.
func ValueAmount(v extract.Value) (amount, unit string, ok bool) {
	g := generic(v.Value)
	switch v.Type {
	case "percent":
		if f, isNum := g.(float64); isNum {
			return number(f), "%", true
		}
	case "money", "quantity":
		m, _ := g.(map[string]any)
		f, isNum := m["amount"].(float64)
		if !isNum {
			return "", "", false
		}
		unit, _ = m["currency"].(string)
		if v.Type == "quantity" {
			unit, _ = m["unit"].(string)
		}
		return number(f), unit, true
	}
	return "", "", false
}

// generic turns a value (a Go struct fresh from the pipeline, or a map read
// back from JSON) into JSON's generic form, so one formatter serves both.
func generic(v any) any {
	data, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	var g any
	if json.Unmarshal(data, &g) != nil {
		return nil
	}
	return g
}

func normalized(typ string, g any) string {
	switch x := g.(type) {
	case string:
		return x
	case float64:
		if typ == "percent" {
			return number(x) + "%"
		}
		return number(x)
	case map[string]any:
		switch typ {
		case "money":
			return money(x)
		case "quantity":
			return strings.TrimSpace(field(x, "amount") + " " + field(x, "unit"))
		case "period":
			return field(x, "start") + "/" + field(x, "end")
		}
	}
	return ""
}

func money(m map[string]any) string {
	cur := field(m, "currency")
	amount, lo, hi := field(m, "amount"), field(m, "min"), field(m, "max")
	switch {
	case amount != "":
	case lo != "" && hi != "":
		amount = lo + "-" + hi
	case lo != "":
		amount = ">=" + lo
	case hi != "":
		amount = "<=" + hi
	case m["vague"] == true:
		amount = "vague"
	}
	return strings.TrimSpace(amount + " " + cur)
}

func field(m map[string]any, key string) string {
	switch x := m[key].(type) {
	case string:
		return x
	case float64:
		return number(x)
	}
	return ""
}

// number writes f without an exponent: 2000000000, 12.5.
func number(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
