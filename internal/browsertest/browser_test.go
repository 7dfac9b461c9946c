package browsertest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/claimex/claimex/extract"
	"github.com/claimex/claimex/report"
)

// browserPath finds Chromium. Without one the test skips, unless CI is set:
// CI installs Debian's chromium first, so a missing browser there is a failure.
func browserPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI is set but no Chromium is installed (.ci/run installs Debian's chromium package)")
	}
	t.Skip("no Chromium browser installed (apt-get install chromium): browser checks of the HTML report skipped")
	return ""
}

// page is a report open in a headless browser, with what it logged and requested.
type page struct {
	ctx      context.Context
	mu       sync.Mutex
	console  []string // console errors, exceptions and browser log errors
	requests []string // every URL the page requested
}

func openReport(t *testing.T, articles []report.Article) *page {
	t.Helper()
	return openReportWith(t, articles, report.Options{Generator: "claimex test"})
}

func openReportWith(t *testing.T, articles []report.Article, ropts report.Options) *page {
	t.Helper()
	exe := browserPath(t)
	file := filepath.Join(t.TempDir(), "report.html")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := report.Write(f, articles, ropts); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.WindowSize(1280, 1900))
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	p := &page{ctx: ctx}
	if err := chromedp.Listen(ctx, p.record); err != nil {
		t.Fatal(err)
	}
	fileURL := (&url.URL{Scheme: "file", Path: file}).String()
	tctx, tcancel := context.WithTimeout(ctx, 30*time.Second)
	defer tcancel()
	if err := chromedp.Do(tctx, chromedp.Navigate(fileURL)); err != nil {
		t.Fatal(err)
	}
	p.mu.Lock()
	p.requests = removeFirst(p.requests, fileURL)
	p.mu.Unlock()
	return p
}

func (p *page) record(ev any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if e.Type == "error" || e.Type == "assert" {
			p.console = append(p.console, fmt.Sprintf("console.%s", e.Type))
		}
	case *runtime.EventExceptionThrown:
		p.console = append(p.console, "exception: "+e.ExceptionDetails.Text)
	case *log.EventEntryAdded:
		if e.Entry.Level == log.EntryLevelError {
			p.console = append(p.console, "log: "+e.Entry.Text)
		}
	case *network.EventRequestWillBeSent:
		p.requests = append(p.requests, e.Request.URL)
	}
}

func removeFirst(list []string, s string) []string {
	for i, x := range list {
		if x == s {
			return append(list[:i:i], list[i+1:]...)
		}
	}
	return list
}

func eval[T any](t *testing.T, p *page, js string) T {
	t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// checkQuiet fails on console errors and on any load besides the report itself.
func (p *page) checkQuiet(t *testing.T) {
	t.Helper()
	time.Sleep(200 * time.Millisecond) // let late events arrive
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.console) > 0 {
		t.Errorf("console errors: %q", p.console)
	}
	if len(p.requests) > 0 {
		t.Errorf("the report loaded %q; it must load nothing", p.requests)
	}
}

// visibleFields is the text of the claim fields panels a reader can see.
const visibleFields = `Array.from(document.querySelectorAll('.details .fields')).filter(s => s.getClientRects().length > 0).map(s => s.id + ': ' + s.querySelector('.claimant').textContent)`

func TestReportInBrowser(t *testing.T) {
	rec := seedRecord(t, extract.Input{})
	p := openReport(t, []report.Article{{Source: rec.Source, Record: rec}})

	highlighted := eval[int](t, p, `new Set(Array.from(document.querySelectorAll('.text mark.claim')).map(m => m.dataset.claim)).size`)
	if highlighted != len(rec.Claims) || highlighted == 0 {
		t.Errorf("%d claims highlighted, the record has %d", highlighted, len(rec.Claims))
	}
	focusable := eval[int](t, p, `document.querySelectorAll('.text mark.claim[tabindex="0"]').length`)
	if focusable != len(rec.Claims) {
		t.Errorf("%d claims take keyboard focus, want %d", focusable, len(rec.Claims))
	}
	if shown := eval[[]string](t, p, visibleFields); len(shown) != 0 {
		t.Errorf("before any click, fields shown: %q", shown)
	}

	// Click a claim with a claimant: its fields, and only those, appear.
	var pick *extract.Claim
	for i := range rec.Claims {
		if rec.Claims[i].Claimant != nil {
			pick = &rec.Claims[i]
			break
		}
	}
	if pick == nil {
		t.Fatal("the seed article has no claim with a claimant")
	}
	if err := chromedp.Do(p.ctx, chromedp.Click(chromedp.CSS("#a1-"+pick.ID))); err != nil {
		t.Fatal(err)
	}
	want := []string{"a1-" + pick.ID + "-fields: " + pick.Claimant.Name}
	if shown := eval[[]string](t, p, visibleFields); strings.Join(shown, "|") != strings.Join(want, "|") {
		t.Errorf("after clicking %s, fields shown %q, want %q", pick.ID, shown, want)
	}

	// The keyboard reaches the same: focus the last claim and press Enter.
	last := rec.Claims[len(rec.Claims)-1]
	if err := chromedp.Do(p.ctx, chromedp.Focus(chromedp.CSS("#a1-"+last.ID)), chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	if shown := eval[[]string](t, p, visibleFields); len(shown) != 1 || !strings.HasPrefix(shown[0], "a1-"+last.ID+"-fields") {
		t.Errorf("after Enter on %s, fields shown %q", last.ID, shown)
	}
	p.checkQuiet(t)

	shot, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("CLAIMEX_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "..", "bin", "artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "report-seed.png")
	if err := os.WriteFile(out, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot of the seed report: %s", out)

	// In print every claim's fields are shown, and nothing stays sticky.
	if err := chromedp.Do(p.ctx, func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return chromedp.Void{}, err
	}); err != nil {
		t.Fatal(err)
	}
	if shown := eval[[]string](t, p, visibleFields); len(shown) != len(rec.Claims) {
		t.Errorf("printed, %d claims' fields are shown, want all %d", len(shown), len(rec.Claims))
	}
}

// hostile is text that would run script or break out of markup if it were not escaped.
const hostile = `<script>window.pwned = "script"</script>"><img src=x onerror="window.pwned='img'">` +
	`</textarea><script>window.pwned = "textarea"</script><svg onload="window.pwned='svg'">`

func TestHostileReportRunsNoScript(t *testing.T) {
	title := "Acme denies " + hostile
	text := title + "\n\nAcme Corp said it would invest $2bn " + hostile + " in new plants over the next five years, its chief executive said on Tuesday.\n\n" +
		"\"" + hostile + " is not our plan,\" Jane Doe, the chief executive, said.\n"
	rec := extractRecord(t, []byte(text), `evil"><script>alert(1)</script>.txt`, extract.Input{Format: extract.Text})
	if len(rec.Claims) == 0 {
		t.Fatal("the hostile article should still yield claims, so that claim marks carry hostile text")
	}
	rec.Meta.URL = ptr("javascript:window.pwned='href'")
	p := openReport(t, []report.Article{{Source: rec.Source, Record: rec}, {Source: hostile, Error: "failed: " + hostile}})

	// Give every claim a click, so handlers would run if any existed.
	for _, c := range rec.Claims {
		if err := chromedp.Do(p.ctx, chromedp.Click(chromedp.CSS("#a1-"+c.ID))); err != nil {
			t.Fatal(err)
		}
	}
	if pwned := eval[string](t, p, `String(window.pwned)`); pwned != "undefined" {
		t.Errorf("injected script ran: window.pwned = %q", pwned)
	}
	if n := eval[int](t, p, `document.scripts.length`); n != 1 {
		t.Errorf("%d script elements, want only the report's own", n)
	}
	if n := eval[int](t, p, `document.querySelectorAll('img, svg, textarea, iframe, [onerror], [onload]').length`); n != 0 {
		t.Errorf("%d injected elements or handlers in the page", n)
	}
	if n := eval[int](t, p, `document.querySelectorAll('a[href^="javascript:"]').length`); n != 0 {
		t.Errorf("%d javascript: links", n)
	}
	if got := eval[string](t, p, `document.title`); !strings.Contains(got, "claimex report") {
		t.Errorf("document title %q", got)
	}
	if !eval[bool](t, p, `document.querySelector('.text').textContent.includes('<script>window.pwned = "script"</script>')`) {
		t.Error("the hostile text should be shown as text")
	}
	p.checkQuiet(t)
}

func ptr[T any](v T) *T { return &v }
