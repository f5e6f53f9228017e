package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad"
)

// maxRedirects bounds redirect chains; each hop passes the gate again.
const maxRedirects = 5

// fetcher performs polite, bounded, guarded GET requests.
type fetcher struct {
	client    *http.Client
	gate      *hostGate
	guard     *guard
	userAgent string
	now       func() time.Time
}

func newFetcher(cfg *Config, g *guard, now func() time.Time) *fetcher {
	dialer := &net.Dialer{
		Timeout:   cfg.Timeout,
		KeepAlive: 30 * time.Second,
		Control:   g.control,
	}
	tr := &http.Transport{
		// Environment proxies are ignored on purpose: through a proxy the
		// dial-time guard would see the proxy's address, not the target's.
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          64,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   15 * time.Second,
		ResponseHeaderTimeout: cfg.Timeout,
	}
	f := &fetcher{gate: newHostGate(cfg.PolitenessDelay), guard: g, userAgent: cfg.UserAgent, now: now}
	f.client = &http.Client{
		Transport: tr,
		Timeout:   cfg.Timeout,
		// Redirects are followed by get itself so that every hop goes
		// through the host gate and the guard.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	return f
}

// request is one GET with its conditional headers.
type request struct {
	url          string
	etag         string
	lastModified string
	limit        int64
	accept       string
}

// response is what get returns for a 200 or 304.
type response struct {
	status       int
	url          string // final URL after redirects
	body         []byte
	etag         string
	lastModified string
	contentType  string
}

// httpError is a non-2xx/304 answer. RetryAfter is set when the server sent
// a usable Retry-After header.
type httpError struct {
	Status     int
	URL        string
	RetryAfter time.Duration
}

func (e *httpError) retryDelay() time.Duration { return e.RetryAfter }

func (e *httpError) Error() string {
	s := fmt.Sprintf("%s: HTTP %d %s", e.URL, e.Status, http.StatusText(e.Status))
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %v)", e.RetryAfter)
	}
	return s
}

// get fetches r.url, following redirects by hand, each hop polite and
// guarded. Errors carry marsad codes: EINVALID (refused address, bad URL,
// 4xx), ENOTFOUND (404, 410), EUNAVAILABLE (5xx, 429, network, timeout),
// ETOOLARGE (body over the limit).
func (f *fetcher) get(ctx context.Context, r request) (*response, error) {
	target := r.url
	for hop := 0; ; hop++ {
		u, err := url.Parse(target)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
			return nil, marsad.Errorf(marsad.EINVALID, "fetch %q: not an http(s) URL", target)
		}
		if err := f.guard.checkHost(u.Hostname()); err != nil {
			return nil, fmt.Errorf("fetch %s: %w", target, err)
		}
		resp, next, err := f.once(ctx, u, r)
		if err != nil || next == "" {
			return resp, err
		}
		if hop+1 >= maxRedirects {
			return nil, marsad.Errorf(marsad.EINVALID, "fetch %s: more than %d redirects", r.url, maxRedirects)
		}
		target = next
	}
}

// once performs one request. When the answer is a redirect it returns the
// absolute next URL.
func (f *fetcher) once(ctx context.Context, u *url.URL, r request) (*response, string, error) {
	release, err := f.gate.acquire(ctx, u.Hostname())
	if err != nil {
		return nil, "", fmt.Errorf("fetch %s: %w", u, err)
	}
	var retryAfter time.Duration
	defer func() { release(retryAfter) }()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", marsad.Errorf(marsad.EINVALID, "fetch %s: %v", u, err)
	}
	req.Header.Set("User-Agent", f.userAgent)
	if r.accept != "" {
		req.Header.Set("Accept", r.accept)
	}
	if r.etag != "" {
		req.Header.Set("If-None-Match", r.etag)
	}
	if r.lastModified != "" {
		req.Header.Set("If-Modified-Since", r.lastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, "", classifyNetError(u.String(), err)
	}
	defer resp.Body.Close()

	switch {
	case resp.StatusCode == http.StatusNotModified:
		drain(resp.Body)
		return &response{status: resp.StatusCode, url: u.String(), etag: resp.Header.Get("ETag"),
			lastModified: resp.Header.Get("Last-Modified")}, "", nil
	case resp.StatusCode >= 300 && resp.StatusCode < 400:
		drain(resp.Body)
		loc := resp.Header.Get("Location")
		if loc == "" {
			return nil, "", marsad.Errorf(marsad.EINVALID, "fetch %s: HTTP %d without Location", u, resp.StatusCode)
		}
		next, err := u.Parse(loc)
		if err != nil {
			return nil, "", marsad.Errorf(marsad.EINVALID, "fetch %s: bad redirect Location %q", u, loc)
		}
		return nil, next.String(), nil
	case resp.StatusCode != http.StatusOK:
		drain(resp.Body)
		he := &httpError{Status: resp.StatusCode, URL: u.String()}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			he.RetryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), f.now())
			retryAfter = he.RetryAfter
		}
		code := marsad.EINVALID
		switch {
		case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
			code = marsad.ENOTFOUND
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusRequestTimeout || resp.StatusCode >= 500:
			code = marsad.EUNAVAILABLE
		}
		return nil, "", &marsad.Error{Code: code, Message: "fetch failed", Err: he}
	}

	if resp.ContentLength > r.limit {
		return nil, "", marsad.Errorf(marsad.ETOOLARGE, "fetch %s: body of %d bytes exceeds the limit of %d", u, resp.ContentLength, r.limit)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, r.limit+1))
	if err != nil {
		return nil, "", classifyNetError(u.String(), err)
	}
	if int64(len(body)) > r.limit {
		return nil, "", marsad.Errorf(marsad.ETOOLARGE, "fetch %s: body exceeds the limit of %d bytes", u, r.limit)
	}
	return &response{
		status:       resp.StatusCode,
		url:          u.String(),
		body:         body,
		etag:         resp.Header.Get("ETag"),
		lastModified: resp.Header.Get("Last-Modified"),
		contentType:  resp.Header.Get("Content-Type"),
	}, "", nil
}

// drain reads a little of an unwanted body so the connection can be reused.
func drain(r io.Reader) { _, _ = io.CopyN(io.Discard, r, 64<<10) }

// classifyNetError maps transport errors to codes: refused addresses keep
// their EINVALID, cancellation stays a context error, the rest is
// EUNAVAILABLE (retry later).
func classifyNetError(u string, err error) error {
	var me *marsad.Error
	if errors.As(err, &me) {
		return fmt.Errorf("fetch %s: %w", u, me)
	}
	if errors.Is(err, context.Canceled) {
		return err
	}
	msg := "network error"
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		msg = "timeout"
	}
	return &marsad.Error{Code: marsad.EUNAVAILABLE, Message: "fetch " + u + ": " + msg, Err: err}
}

// maxRetryAfter bounds what a server can ask for.
const maxRetryAfter = 7 * 24 * time.Hour

// parseRetryAfter reads delay-seconds or an HTTP date; 0 when absent or bad.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	var d time.Duration
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n <= 0 {
			return 0
		}
		if n > int64(maxRetryAfter/time.Second) {
			return maxRetryAfter
		}
		d = time.Duration(n) * time.Second
	} else if t, err := http.ParseTime(v); err == nil {
		d = t.Sub(now)
	}
	if d <= 0 {
		return 0
	}
	return min(d, maxRetryAfter)
}
