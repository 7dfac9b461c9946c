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

// readItem returns an item's bytes and input, fetching a URL item; a
// fetched page's final URL is returned for meta.url.
func readItem(ctx context.Context, it batch.Item, opts extract.Options) (data []byte, in extract.Input, finalURL string, err error) {
	data, in = it.Data, it.Input
	switch {
	case data != nil:
	case it.URL != "":
		page, err := fetchClient().Fetch(ctx, it.URL, opts.MaxBytes)
		if err != nil {
			return nil, in, "", err
		}
		data, finalURL, in.URL = page.Data, page.URL, page.URL
		if in.Format == "" && opts.Format == extract.Auto {
			in.Format = page.Format
		}
	default:
		if data, err = batch.ReadFile(it.Path, opts.MaxBytes); err != nil {
			return nil, in, "", err
		}
		if in.Format == "" && opts.Format == extract.Auto {
			in.Format = formatByName(it.Path)
		}
	}
	return data, in, finalURL, nil
}
