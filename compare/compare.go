package compare

import (
	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/rules"
)

// Comparer compares documents with one compiled rule set. It is safe for
// concurrent use.
type Comparer struct {
	cfg *config
}

// New compiles the compare rules of set; nil uses the embedded packs.
func New(set *rules.Set) (*Comparer, error) {
	if set == nil {
		var err error
		if set, err = rules.LoadDefault(); err != nil {
			return nil, err
		}
	}
	cfg, err := newConfig(set)
	if err != nil {
		return nil, err
	}
	return &Comparer{cfg: cfg}, nil
}

// Input is one document to compare: its record, or the error that kept it
// from being read (it is then listed with the error, and has no claims).
type Input struct {
	Record *extract.Record
	Source string // used when Record is nil
	ID     any    // used when Record is nil
	Err    error
}

// Compare links the entities of the inputs, groups their claims and gives
// each group its slots and status. Groups come in order of their first
// member; members in input order, then claim order.
func (c *Comparer) Compare(inputs []Input) *Report {
	rep := &Report{Schema: SchemaVersion, Documents: []Document{}, Entities: []Entity{}, Groups: []Group{}}
	docs := make([]*extract.Record, len(inputs))
	for i, in := range inputs {
		rec := in.Record
		d := Document{Index: i, Source: in.Source, ID: in.ID}
		if in.Err != nil || rec == nil {
			msg := "no record"
			if in.Err != nil {
				msg = in.Err.Error()
			}
			d.Error = &msg
			rec = &extract.Record{Source: in.Source, ID: in.ID}
		} else {
			d.Source, d.ID = rec.Source, rec.ID
			d.Title, d.Site, d.Published, d.URL = rec.Meta.Title, rec.Meta.Site, rec.Meta.Published, rec.Meta.URL
		}
		docs[i] = rec
		rep.Documents = append(rep.Documents, d)
	}
	lk := c.cfg.linkEntities(docs)
	rep.Entities = append(rep.Entities, lk.entities...)
	items := c.cfg.items(docs, lk)
	for n, members := range c.cfg.groupItems(items) {
		rep.Groups = append(rep.Groups, c.cfg.newGroup(n, members, items, docs, lk))
	}
	return rep
}
