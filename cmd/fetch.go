package cmd

import (
	"context"
	"sync"

	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/internal/batch"
	"github.com/claimex/claimex/internal/fetch"
)

// fetchClient is shared by every command of the process, so its per-host
// rate limit and robots.txt cache hold across workers and inputs.
var fetchClient = sync.OnceValue(func() *fetch.Client {
	return fetch.New(fetch.Options{UserAgent: "claimex/" + version() + " (+https://github.com/claimex/claimex)"})
})

// processDoc runs the pipeline on one item, fetching a URL item first: the
// page's final URL becomes meta.url, since where it was found outranks what
// it says of itself.
func processDoc(ctx context.Context, x *extract.Extractor, it batch.Item, opts extract.Options) (*extract.Document, error) {
	if it.URL != "" && it.Data == nil {
		page, err := fetchClient().Fetch(ctx, it.URL, opts.MaxBytes)
		if err != nil {
			return nil, err
		}
		it.Data, it.Input.FetchedFrom = page.Data, page.URL
		if it.Input.Format == "" && opts.Format == extract.Auto {
			it.Input.Format = page.Format
		}
	}
	return batch.Document(ctx, x, it, opts)
}

// process is processDoc returning the document's record.
func process(ctx context.Context, x *extract.Extractor, it batch.Item, opts extract.Options) (extract.Record, error) {
	d, err := processDoc(ctx, x, it, opts)
	if err != nil {
		return extract.Record{}, err
	}
	return extract.NewRecord(d), nil
}
