package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
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

// New builds an Extractor, compiling every rule once.
func New(opts Options) (*Extractor, error) {
	if opts.Rules == nil {
		set, err := rules.LoadDefault()
		if err != nil {
			return nil, err
		}
		opts.Rules = set
	}
	if opts.Format == "" {
		opts.Format = Auto
	}
	if opts.MaxBytes == 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	x := &Extractor{opts: opts, segments: segment.New(opts.Rules)}
	var err error
	if x.cleaner, err = clean.New(opts.Rules); err != nil {
		return nil, err
	}
	if x.entities, err = entities.New(opts.Rules); err != nil {
		return nil, err
	}
	if x.values, err = values.New(opts.Rules); err != nil {
		return nil, err
	}
	if x.claims, err = claims.New(opts.Rules); err != nil {
		return nil, err
	}
	return x, nil
}

// ErrTimeout is returned when a document takes longer than Options.Timeout.
var ErrTimeout = errors.New("processing took too long")

// ExtractReader reads one article from r and runs the pipeline on it.
func (x *Extractor) ExtractReader(ctx context.Context, r io.Reader, in Input) (*Document, error) {
	data, err := readLimited(r, x.opts.MaxBytes)
	if err != nil {
		return nil, err
	}
	return x.Extract(ctx, data, in)
}

// Extract runs the pipeline on one article's bytes.
func (x *Extractor) Extract(ctx context.Context, data []byte, in Input) (*Document, error) {
	if int64(len(data)) > x.opts.MaxBytes {
		return nil, fmt.Errorf("input is %d bytes, over the limit of %d (raise --max-bytes)", len(data), x.opts.MaxBytes)
	}
	format := in.Format
	if format == "" {
		format = x.opts.Format
	}
	d, err := load(data, format)
	if err != nil {
		return nil, err
	}
	d.Source, d.ID = in.Source, in.ID
	if x.opts.Timeout <= 0 {
		return d, x.run(ctx, d, in)
	}
	ctx, cancel := context.WithTimeout(ctx, x.opts.Timeout)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- x.run(ctx, d, in) }()
	select {
	case err := <-done:
		return d, err
	case <-ctx.Done():
		return nil, fmt.Errorf("%w (over %s)", ErrTimeout, x.opts.Timeout)
	}
}

// ErrInternal marks a bug in a stage: the document could not be processed,
// but the caller's batch can go on.
var ErrInternal = errors.New("internal error")

// run passes d through every stage. A panic in a stage becomes an error
// wrapping [ErrInternal], so one bad document never ends a batch.
func (x *Extractor) run(ctx context.Context, d *Document, in Input) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v (please report this input)", ErrInternal, r)
		}
	}()
	if err := x.cleaner.Run(d); err != nil {
		return fmt.Errorf("clean: %w", err)
	}
	applyHints(d, in)
	d.Ref = x.reference(d, in)
	x.segments.Run(d)
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := x.entities.Run(d); err != nil {
		return fmt.Errorf("entities: %w", err)
	}
	if err := x.values.Run(d); err != nil {
		return fmt.Errorf("values: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := x.claims.Run(d); err != nil {
		return fmt.Errorf("claims: %w", err)
	}
	return nil
}

// applyHints fills metadata that the article lacks from the caller's hints.
func applyHints(d *Document, in Input) {
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
