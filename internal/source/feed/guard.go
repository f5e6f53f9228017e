package feed

import (
	"fmt"
	"net/netip"
	"syscall"

	"github.com/marsad/marsad"
)

// guard decides which addresses the poller may connect to. It runs at dial
// time on the resolved address, so a hostname that resolves (or re-resolves,
// as in DNS rebinding) to an internal address is refused.
type guard struct {
	allowPrivate bool
	allow        []netip.Prefix
}

func newGuard(allowPrivate bool, nets []string) (*guard, error) {
	g := &guard{allowPrivate: allowPrivate}
	for _, s := range nets {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "allowed network %q is not a CIDR prefix", s)
		}
		g.allow = append(g.allow, p.Masked())
	}
	return g, nil
}

// nonPublic lists ranges that are not covered by netip's predicates but are
// still not the public internet.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, broadcast
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("100::/64"),        // discard
}

// embeddedV4 returns the IPv4 address carried inside NAT64 and 6to4 IPv6
// addresses, which a gateway may forward to an internal IPv4 host.
func embeddedV4(a netip.Addr) (netip.Addr, bool) {
	if !a.Is6() {
		return netip.Addr{}, false
	}
	b := a.As16()
	switch {
	case netip.MustParsePrefix("64:ff9b::/96").Contains(a):
		return netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}), true
	case netip.MustParsePrefix("2002::/16").Contains(a):
		return netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}), true
	}
	return netip.Addr{}, false
}

// isPublic reports whether a is a globally routable unicast address.
func isPublic(a netip.Addr) bool {
	a = a.Unmap()
	if !a.IsValid() || a.IsUnspecified() || a.IsLoopback() || a.IsPrivate() ||
		a.IsLinkLocalUnicast() || a.IsMulticast() || a.IsLinkLocalMulticast() ||
		a.IsInterfaceLocalMulticast() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(a) {
			return false
		}
	}
	if v4, ok := embeddedV4(a); ok {
		return isPublic(v4)
	}
	return true
}

// check returns an EINVALID error when a may not be contacted.
func (g *guard) check(a netip.Addr) error {
	a = a.Unmap()
	if g.allowPrivate || isPublic(a) {
		return nil
	}
	for _, p := range g.allow {
		if p.Contains(a) {
			return nil
		}
	}
	return marsad.Errorf(marsad.EINVALID,
		"refusing to connect to non-public address %s (private, loopback, link-local, multicast or reserved; set AllowPrivate to allow)", a)
}

// checkHost checks a URL host that is an IP literal; hostnames are checked
// when dialled.
func (g *guard) checkHost(host string) error {
	a, err := netip.ParseAddr(host)
	if err != nil {
		return nil
	}
	return g.check(a)
}

// control is a net.Dialer.Control hook: address is the resolved "ip:port".
func (g *guard) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("dial %s: unexpected address %q: %w", network, address, err)
	}
	return g.check(ap.Addr())
}
