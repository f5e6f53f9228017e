package alert

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"sync"
	"syscall"
	"time"

	"github.com/marsad/marsad"
)

// SignatureHeader carries the HMAC-SHA256 of the body, keyed with the
// webhook's secret: "sha256=<hex>".
const SignatureHeader = "X-Marsad-Signature"

// Sign returns the signature header value of body under secret.
func Sign(secret, body []byte) string {
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// Verify reports whether header is body's signature under secret, in
// constant time. Receivers use it.
func Verify(secret, body []byte, header string) bool {
	return hmac.Equal([]byte(header), []byte(Sign(secret, body)))
}

type delivery struct {
	hook     Webhook
	body     []byte
	ruleID   string
	alertID  string
	attempts int
	lastErr  string
}

// sender posts notifications with a fixed pool of workers fed by a bounded
// queue. enqueue never blocks: when the queue is full the delivery is
// dead-lettered at once, so a slow or failing endpoint cannot hold up
// ingestion.
type sender struct {
	cfg    *Config
	db     *stateDB
	client *http.Client
	queue  chan *delivery

	pending sync.WaitGroup // scheduled retries
}

func newSender(cfg *Config, db *stateDB) *sender {
	c := cfg.Client
	if c == nil {
		g := addrGuard{allowPrivate: cfg.AllowPrivate}
		d := &net.Dialer{Timeout: cfg.Timeout, Control: g.control}
		c = &http.Client{
			Timeout: cfg.Timeout,
			Transport: &http.Transport{
				DialContext:         d.DialContext,
				MaxIdleConnsPerHost: cfg.Workers,
				IdleConnTimeout:     90 * time.Second,
			},
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		}
	}
	return &sender{cfg: cfg, db: db, client: c, queue: make(chan *delivery, cfg.Queue)}
}

// enqueue hands a delivery to the workers or, if the queue is full,
// dead-letters it.
func (s *sender) enqueue(ctx context.Context, d *delivery) {
	select {
	case s.queue <- d:
	default:
		s.dead(d, "delivery queue full")
	}
}

func (s *sender) run(ctx context.Context) {
	var wg sync.WaitGroup
	for range s.cfg.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case d := <-s.queue:
					s.attempt(ctx, d)
				}
			}
		}()
	}
	wg.Wait()
	s.pending.Wait()
}

// attempt posts once and, on failure, schedules a retry after an
// exponential backoff with full jitter, or dead-letters the delivery.
func (s *sender) attempt(ctx context.Context, d *delivery) {
	d.attempts++
	err := s.post(ctx, d)
	if err == nil {
		return
	}
	d.lastErr = err.Error()
	if ctx.Err() != nil {
		s.dead(d, "shut down before delivery: "+d.lastErr)
		return
	}
	if d.attempts >= s.cfg.MaxAttempts {
		s.dead(d, fmt.Sprintf("gave up after %d attempts: %s", d.attempts, d.lastErr))
		return
	}
	wait := backoff(s.cfg.Backoff, s.cfg.MaxBackoff, d.attempts)
	s.pending.Add(1)
	go func() {
		defer s.pending.Done()
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-ctx.Done():
			s.dead(d, "shut down before retry: "+d.lastErr)
		case <-t.C:
			s.enqueue(ctx, d)
		}
	}()
}

// backoff is the delay before retry n (1-based): base·2^(n-1), capped, with
// "equal jitter" (half fixed, half random) so retries of many alerts spread
// out but never come back sooner than half the nominal delay.
func backoff(base, maxWait time.Duration, n int) time.Duration {
	d := base
	for i := 1; i < n && d < maxWait; i++ {
		d *= 2
	}
	d = min(d, maxWait)
	half := d / 2
	return half + time.Duration(rand.Int64N(int64(half)+1))
}

func (s *sender) post(ctx context.Context, d *delivery) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.hook.URL, bytes.NewReader(d.body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Marsad-Alerts/1")
	req.Header.Set("X-Marsad-Alert", d.alertID)
	req.Header.Set(SignatureHeader, Sign([]byte(d.hook.Secret), d.body))
	resp, err := s.client.Do(req)
	if err != nil {
		return err
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

func (s *sender) dead(d *delivery, reason string) {
	err := s.db.addDeadLetter(DeadLetter{Created: s.cfg.Now().UTC(), Webhook: d.hook.ID, URL: d.hook.URL,
		RuleID: d.ruleID, AlertID: d.alertID, Attempts: d.attempts, Reason: reason, Body: string(d.body)})
	if err != nil {
		s.cfg.Logger.Error("dead letter lost", "rule", d.ruleID, "webhook", d.hook.ID, "err", err)
		return
	}
	s.cfg.Logger.Warn("webhook delivery failed", "rule", d.ruleID, "webhook", d.hook.ID, "reason", reason)
}

// addrGuard refuses, at dial time (after DNS, so rebinding does not help),
// connections to addresses that are not public unicast, unless private
// addresses are allowed. Same policy as the feed poller's.
type addrGuard struct{ allowPrivate bool }

func (g addrGuard) control(network, address string, _ syscall.RawConn) error {
	if g.allowPrivate {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return marsad.Errorf(marsad.EFORBIDDEN, "webhook address %q not allowed", address)
	}
	if !publicAddr(ap.Addr()) {
		return marsad.Errorf(marsad.EFORBIDDEN, "webhook address %s is not public (set allow-private to permit it)", ap.Addr())
	}
	return nil
}

var nonPublicNets = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("2001:db8::/32"),
	netip.MustParsePrefix("100::/64"),
	netip.MustParsePrefix("fc00::/7"),
}

var (
	nat64  = netip.MustParsePrefix("64:ff9b::/96")
	sixTo4 = netip.MustParsePrefix("2002::/16")
)

// publicAddr reports whether a is globally routable unicast, looking inside
// NAT64 and 6to4 addresses at the IPv4 address they carry.
func publicAddr(a netip.Addr) bool {
	a = a.Unmap()
	if !a.IsValid() || a.IsUnspecified() || a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() ||
		a.IsMulticast() || a.IsLinkLocalMulticast() || a.IsInterfaceLocalMulticast() {
		return false
	}
	for _, p := range nonPublicNets {
		if p.Contains(a) {
			return false
		}
	}
	if a.Is6() {
		b := a.As16()
		switch {
		case nat64.Contains(a):
			return publicAddr(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		case sixTo4.Contains(a):
			return publicAddr(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
		}
	}
	return true
}
