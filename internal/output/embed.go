package output

import "github.com/claimex/claimex/extract"

// EmbeddedRecord is a document record whose claims also carry their
// entities and values as objects (--embed), so a reader needs no join.
// Its fields are those of [extract.Record], in the same order.
type EmbeddedRecord struct {
	Schema   string             `json:"schema" yaml:"schema"`
	Source   string             `json:"source" yaml:"source"`
	ID       any                `json:"id" yaml:"id"`
	Format   string             `json:"format" yaml:"format"`
	Meta     extract.RecordMeta `json:"meta" yaml:"meta"`
	Text     string             `json:"text" yaml:"text"`
	Removed  []extract.Removed  `json:"removed" yaml:"removed"`
	Warnings []extract.Warning  `json:"warnings" yaml:"warnings"`
	Entities []extract.Entity   `json:"entities" yaml:"entities"`
	Values   []extract.Value    `json:"values" yaml:"values"`
	Claims   []EmbeddedClaim    `json:"claims" yaml:"claims"`
}

// EmbeddedClaim is a claim with the objects its ids name.
type EmbeddedClaim struct {
	extract.Claim `yaml:",inline"`
	Embedded      Embedded `json:"embedded" yaml:"embedded"`
}

// Embedded holds a claim's claimant entity (null when unresolved), entities and values.
type Embedded struct {
	Claimant *extract.Entity  `json:"claimant" yaml:"claimant"`
	Entities []extract.Entity `json:"entities" yaml:"entities"`
	Values   []extract.Value  `json:"values" yaml:"values"`
}

// Embed returns r with every claim's entities and values embedded.
func Embed(r *extract.Record) EmbeddedRecord {
	entities := make(map[string]*extract.Entity, len(r.Entities))
	for i := range r.Entities {
		entities[r.Entities[i].ID] = &r.Entities[i]
	}
	values := make(map[string]*extract.Value, len(r.Values))
	for i := range r.Values {
		values[r.Values[i].ID] = &r.Values[i]
	}
	out := EmbeddedRecord{Schema: r.Schema, Source: r.Source, ID: r.ID, Format: r.Format, Meta: r.Meta, Text: r.Text,
		Removed: r.Removed, Warnings: r.Warnings, Entities: r.Entities, Values: r.Values, Claims: make([]EmbeddedClaim, 0, len(r.Claims))}
	for _, c := range r.Claims {
		ec := EmbeddedClaim{Claim: c, Embedded: Embedded{Entities: []extract.Entity{}, Values: []extract.Value{}}}
		if c.Claimant != nil && c.Claimant.Entity != nil {
			ec.Embedded.Claimant = entities[*c.Claimant.Entity]
		}
		for _, id := range c.Entities {
			if e := entities[id]; e != nil {
				ec.Embedded.Entities = append(ec.Embedded.Entities, *e)
			}
		}
		for _, id := range c.Values {
			if v := values[id]; v != nil {
				ec.Embedded.Values = append(ec.Embedded.Values, *v)
			}
		}
		out.Claims = append(out.Claims, ec)
	}
	return out
}
