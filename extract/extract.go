package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/claims"
	"github.com/claimex/claimex/extract/clean"
	"github.com/claimex/claimex/extract/entities"
	"github.com/claimex/claimex/extract/segment"
	"github.com/claimex/claimex/extract/values"
	"github.com/claimex/claimex/rules"
)

// Document is the type that flows through the pipeline.
type Document = document.Document

// InputFormat says how to read an input.
type InputFormat string

// Input formats.
const (
	// Auto sniffs HTML and treats everything else as text. It is the default.
	Auto InputFormat = "auto"
	// Text reads the input as plain text.
	Text InputFormat = "text"
	// HTML reads the input as a web page.
	HTML InputFormat = "html"
)

// DefaultMaxBytes is the default limit on the size of one input.
const DefaultMaxBytes = 20 << 20

// Options configure an [Extractor].
type Options struct {
	// Rules is the rule set; nil uses the embedded default packs.
	Rules *rules.Set
	// Published is the reference date for relative dates when the article
	// gives none. The zero time means unknown.
	Published time.Time
	// Format forces the input format; "" means [Auto].
	Format InputFormat
	// MaxBytes limits the size of one input; 0 means [DefaultMaxBytes].
	MaxBytes int64
	// Timeout limits the processing of one document; 0 means no limit.
	Timeout time.Duration
}

// Input describes one article to extract.
type Input struct {
	// Source names the input in the record: the path as given, "-" for stdin.
	Source string
	// ID is echoed into the record (JSON Lines input); nil otherwise.
	ID any
	// Format overrides Options.Format for this input when not "".
	Format InputFormat
	// URL, Title and Published are hints that fill metadata the article lacks.
	URL, Title, Published string
	// Reference overrides Options.Published for this input when not zero: the
	// date relative expressions resolve against when the article gives none.
	Reference time.Time
	// FetchedFrom is the address the input was fetched from (a crawl's
	// WARC-Target-URI, the final URL of a download). It becomes meta.url,
	// over the page's own canonical link: it is where the text was read.
	FetchedFrom string
	// ContentType is the HTTP Content-Type the input was served with, when
	// known; its charset decodes bytes that are not UTF-8.
	ContentType string
	// Truncated is a crawler's reason for storing the input incomplete
	// (WARC-Truncated), or "".
	Truncated string
}

// Extractor runs the pipeline. It is safe for concurrent use.
type Extractor struct {
	opts     Options
	cleaner  *clean.Cleaner
	segments *segment.Segmenter
	entities *entities.Finder
	values   *values.Finder
	claims   *claims.Finder
}

// New builds an Extractor, compiling every rule once. The stages build
// their tables from the rules alone, so they build them side by side.
func New(opts Options) (*Extractor, error) {
	if opts.Rules == nil {
		set, err := rules.LoadDefault()
		if err != nil {
			return nil, err
		}
		opts.Rules = set
	}
	opts = withDefaults(opts, opts.Rules)
	set := opts.Rules
	x := &Extractor{opts: opts}
	var wg sync.WaitGroup
	var errs [4]error
	wg.Go(func() { x.values, errs[2] = values.New(set) })
	wg.Go(func() { x.claims, errs[3] = claims.New(set) })
	x.segments = segment.New(set)
	x.cleaner, errs[0] = clean.New(set)
	x.entities, errs[1] = entities.New(set)
	wg.Wait()
	for _, err := range errs { // in pipeline order, as when built one by one
		if err != nil {
			return nil, err
		}
	}
	return x, nil
}

// withDefaults fills the zero fields of opts, with set as the rules.
func withDefaults(opts Options, set *rules.Set) Options {
	opts.Rules = set
	if opts.Format == "" {
		opts.Format = Auto
	}
	if opts.MaxBytes == 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	return opts
}

// ErrTimeout is returned when a document takes longer than Options.Timeout.
var ErrTimeout = errors.New("processing took too long")

// ErrOverBudget is returned for a document whose output would grow faster
// than its text (a run-on of nested attributions, say).
var ErrOverBudget = document.ErrOverBudget

// ExtractReader reads one article from r and runs the pipeline on it.
func (x *Extractor) ExtractReader(ctx context.Context, r io.Reader, in Input) (*Document, error) {
	data, err := readLimited(r, x.opts.MaxBytes)
	if err != nil {
		return nil, err
	}
	return x.ExtractOwned(ctx, data, in)
}

// stopGrace is how long Extract waits, after a timeout, for the stages to
// notice it and return, so that a timed-out document's work does not go on
// beside the next one.
const stopGrace = 2 * time.Second

// Extract runs the pipeline on one article's bytes. The stages check ctx
// (and Options.Timeout) as they go: once it is done they stop, and Extract
// returns an error wrapping [ErrTimeout] or the context's error.
func (x *Extractor) Extract(ctx context.Context, data []byte, in Input) (*Document, error) {
	return x.extract(ctx, data, in, false)
}

// ExtractOwned is [Extractor.Extract] for bytes the caller hands over: the
// document reads them in place instead of copying them, so they must not
// change afterwards. A caller that reads each input into a buffer of its
// own spares a copy of every input.
func (x *Extractor) ExtractOwned(ctx context.Context, data []byte, in Input) (*Document, error) {
	return x.extract(ctx, data, in, true)
}

// extract is Extract, reading data in place when owned.
func (x *Extractor) extract(ctx context.Context, data []byte, in Input, owned bool) (*Document, error) {
	if int64(len(data)) > x.opts.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes, over the limit of %d (Options.MaxBytes)", ErrTooLarge, len(data), x.opts.MaxBytes)
	}
	if x.opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, x.opts.Timeout)
		defer cancel()
	}
	format := in.Format
	if format == "" {
		format = x.opts.Format
	}
	d, err := load(data, format, in.ContentType, owned)
	if err != nil {
		return nil, err
	}
	d.Source, d.ID = in.Source, in.ID
	d.SetContext(ctx)
	done := make(chan error, 1)
	go func() { done <- x.run(d, in) }()
	select {
	case err = <-done:
	case <-ctx.Done():
		select { // the stages see ctx at their next check
		case <-done:
		case <-time.After(stopGrace):
		}
		err = ctx.Err()
	}
	if err != nil {
		return nil, x.stopped(ctx, err)
	}
	return d, nil
}

// stopped names a context error as a timeout when the deadline passed.
func (x *Extractor) stopped(ctx context.Context, err error) error {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) && errors.Is(err, context.Canceled) {
		if x.opts.Timeout > 0 {
			return fmt.Errorf("%w (over %s)", ErrTimeout, x.opts.Timeout)
		}
		return fmt.Errorf("%w: %w", ErrTimeout, err)
	}
	return err
}

// ErrInternal marks a bug in a stage: the document could not be processed,
// but the caller's batch can go on.
var ErrInternal = errors.New("internal error")

// dropRaw releases d's input, which no later stage reads. The metadata and
// removed furniture the cleaner took from it are copied first: a substring
// of the input would keep all of it alive while the later stages run.
func dropRaw(d *Document) {
	m := &d.Meta
	m.Title, m.Published, m.Site, m.URL, m.Language = strings.Clone(m.Title), strings.Clone(m.Published), strings.Clone(m.Site), strings.Clone(m.URL), strings.Clone(m.Language)
	for i := range m.Authors {
		m.Authors[i] = strings.Clone(m.Authors[i])
	}
	for i := range d.Removed {
		d.Removed[i].Text = strings.Clone(d.Removed[i].Text)
	}
	d.Raw = ""
}

// run passes d through every stage, checking d's context between them. A
// panic in a stage becomes an error wrapping [ErrInternal], so one bad
// document never ends a batch.
func (x *Extractor) run(d *Document, in Input) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v (please report this input)", ErrInternal, r)
		}
	}()
	if err := x.cleaner.Run(d); err != nil {
		return fmt.Errorf("clean: %w", err)
	}
	dropRaw(d)
	applyHints(d, in)
	d.Ref = x.reference(d, in)
	if err := d.Check(); err != nil {
		return err
	}
	CollectIfLarge(len(d.Text))
	x.segments.Run(d)
	if err := d.Check(); err != nil {
		return err
	}
	CollectIfLarge(len(d.Text))
	if err := x.entities.Run(d); err != nil {
		return fmt.Errorf("entities: %w", err)
	}
	if err := d.Check(); err != nil {
		return err
	}
	CollectIfLarge(len(d.Text))
	if err := x.values.Run(d); err != nil {
		return fmt.Errorf("values: %w", err)
	}
	dropNonFinite(d)
	if err := d.Check(); err != nil {
		return err
	}
	CollectIfLarge(len(d.Text))
	if err := x.claims.Run(d); err != nil {
		return fmt.Errorf("claims: %w", err)
	}
	if err := checkClaimBudget(d); err != nil {
		return err
	}
	return d.Check()
}

// applyHints fills metadata that the article lacks from the caller's hints.
func applyHints(d *Document, in Input) {
	if in.Truncated != "" {
		d.Warn(document.WarnTruncated, "the crawl stored this page incomplete (WARC-Truncated: "+in.Truncated+")")
	}
	if in.FetchedFrom != "" {
		d.Meta.URL = in.FetchedFrom
	}
	if d.Meta.URL == "" {
		d.Meta.URL = in.URL
	}
	if d.Meta.Site == "" {
		d.Meta.Site = clean.HostSite(d.Meta.URL)
	}
	if d.Meta.Title == "" {
		d.Meta.Title = in.Title
	}
	if d.Meta.Published == "" {
		d.Meta.Published = in.Published
	}
}

// reference picks the date relative expressions resolve against: the
// article's publication date, else the input's, else the extractor's.
func (x *Extractor) reference(d *Document, in Input) time.Time {
	if t, ok := ParseDate(d.Meta.Published); ok {
		return t
	}
	if !in.Reference.IsZero() {
		return in.Reference
	}
	return x.opts.Published
}

// ParseDate reads the date part of an ISO 8601 date or date-time.
func ParseDate(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	return t, err == nil
}
