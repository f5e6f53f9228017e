package web

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/marsad/marsad"
)

// Roles, weakest first. A route names the least role it admits; public
// routes (health, metrics, the OpenAPI document) need no token.
const (
	RolePublic = "public"
	RoleReader = "reader"
	RoleEditor = "editor" // push articles, correct and delete events
	RoleAdmin  = "admin"  // feeds, rules, tokens
)

var rank = map[string]int{RolePublic: 0, RoleReader: 1, RoleEditor: 2, RoleAdmin: 3}

// TokenStore keeps API tokens hashed (internal/store/sqlite implements it).
type TokenStore interface {
	// TokenRole returns a token's role; ENOTFOUND when it is unknown.
	TokenRole(ctx context.Context, token string) (string, error)
	// CreateToken stores a new token with a role and returns it, once.
	CreateToken(ctx context.Context, role, name string) (string, error)
}

type callerKey struct{}

// Caller is who made a request: the role and a name for change records
// ("token:" and the first 12 hex digits of the token's SHA-256, or
// "anonymous").
type Caller struct {
	Role string `json:"role"`
	Who  string `json:"who"`
}

// callerOf returns the caller that guard put in the request's context.
func callerOf(ctx context.Context) Caller {
	c, _ := ctx.Value(callerKey{}).(Caller)
	return c
}

// authenticate resolves the request's bearer token, if any.
func (s *Server) authenticate(r *http.Request) (Caller, error) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return Caller{Who: "anonymous"}, nil
	}
	tok, found := strings.CutPrefix(h, "Bearer ")
	if !found || strings.TrimSpace(tok) == "" {
		return Caller{}, marsad.Errorf(marsad.EUNAUTHORIZED, "the Authorization header must be Bearer TOKEN")
	}
	sum := sha256.Sum256([]byte(tok))
	who := "token:" + hex.EncodeToString(sum[:6])
	for _, t := range s.tokens {
		if subtle.ConstantTimeCompare(sum[:], t[:]) == 1 {
			return Caller{Role: RoleEditor, Who: who}, nil
		}
	}
	if s.deps.Tokens != nil {
		role, err := s.deps.Tokens.TokenRole(r.Context(), tok)
		if err == nil {
			return Caller{Role: role, Who: who}, nil
		}
		if marsad.ErrorCode(err) != marsad.ENOTFOUND {
			return Caller{}, err
		}
	}
	return Caller{}, marsad.Errorf(marsad.EUNAUTHORIZED, "unknown token")
}

// guard admits a request to a route whose least role is role: public
// routes always; reader routes anonymously when AnonymousRead is on; the
// others with a token of that role or stronger.
func (s *Server) guard(role string, h handlerFunc) handlerFunc {
	if role == RolePublic {
		return h
	}
	return func(w http.ResponseWriter, r *http.Request) error {
		c, err := s.authenticate(r)
		if err != nil {
			return err
		}
		if c.Role == "" {
			if role == RoleReader && s.cfg.AnonymousRead {
				return h(w, r.WithContext(context.WithValue(r.Context(), callerKey{}, c)))
			}
			return marsad.Errorf(marsad.EUNAUTHORIZED, "a bearer token is required")
		}
		if rank[c.Role] < rank[role] {
			return marsad.Errorf(marsad.EFORBIDDEN, "this needs the %s role; the token has %s", role, c.Role)
		}
		return h(w, r.WithContext(context.WithValue(r.Context(), callerKey{}, c)))
	}
}

func (s *Server) whoami(w http.ResponseWriter, r *http.Request) error {
	return ok(w, callerOf(r.Context()))
}

func (s *Server) createToken(w http.ResponseWriter, r *http.Request) error {
	if s.deps.Tokens == nil {
		return marsad.Errorf(marsad.EUNAVAILABLE, "this server keeps no token store")
	}
	var in struct{ Role, Name string }
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&in); err != nil {
		return marsad.Errorf(marsad.EINVALID, "want a JSON object {\"role\": \"reader|editor|admin\", \"name\": \"…\"}")
	}
	tok, err := s.deps.Tokens.CreateToken(r.Context(), in.Role, in.Name)
	if err != nil {
		return err
	}
	return ok(w, map[string]string{"token": tok, "role": in.Role, "name": in.Name})
}
