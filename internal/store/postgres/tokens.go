package postgres

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad"
)

// Token roles, weakest first (as internal/web names them).
const (
	RoleReader = "reader"
	RoleEditor = "editor"
	RoleAdmin  = "admin"
)

// CreateToken makes a new API token with a role and stores only its
// SHA-256. The token is returned once; it cannot be read back.
func (s *Store) CreateToken(ctx context.Context, role, name string) (string, error) {
	switch role {
	case RoleReader, RoleEditor, RoleAdmin:
	default:
		return "", marsad.Errorf(marsad.EINVALID, "role must be reader, editor or admin, not %q", role)
	}
	if hasNUL(name) {
		return "", marsad.Errorf(marsad.EINVALID, "token name holds a NUL character")
	}
	raw := make([]byte, 24)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	tok := "msd_" + hex.EncodeToString(raw)
	_, err := s.pool.Exec(ctx, `INSERT INTO tokens(hash, role, name, created) VALUES ($1, $2, $3, $4)`,
		hashToken(tok), role, name, time.Now().UnixNano())
	if err != nil {
		return "", dbError("create token", err)
	}
	return tok, nil
}

// TokenRole returns the role of a token and records its use (at most once
// a minute); ENOTFOUND for an unknown token.
func (s *Store) TokenRole(ctx context.Context, tok string) (string, error) {
	h := hashToken(tok)
	var role string
	var last *int64
	err := s.pool.QueryRow(ctx, `SELECT role, last_used FROM tokens WHERE hash = $1`, h).Scan(&role, &last)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", marsad.Errorf(marsad.ENOTFOUND, "unknown token")
	}
	if err != nil {
		return "", dbError("token", err)
	}
	now := time.Now().UnixNano()
	if last == nil || now-*last > int64(time.Minute) {
		if _, err := s.pool.Exec(ctx, `UPDATE tokens SET last_used = $1 WHERE hash = $2`, now, h); err != nil {
			return "", dbError("token", err)
		}
	}
	return role, nil
}

// TokenInfo describes a stored token (never the token itself).
type TokenInfo = marsad.TokenInfo

// Tokens lists the stored tokens, oldest first.
func (s *Store) Tokens(ctx context.Context) ([]TokenInfo, error) {
	rows, err := s.pool.Query(ctx, `SELECT hash, role, name, created, last_used FROM tokens ORDER BY created, hash`)
	if err != nil {
		return nil, dbError("tokens", err)
	}
	out := []TokenInfo{}
	var ti TokenInfo
	var created int64
	var last *int64
	_, err = pgx.ForEachRow(rows, []any{&ti.Hash, &ti.Role, &ti.Name, &created, &last}, func() error {
		t := ti
		t.Hash = t.Hash[:12]
		t.Created = time.Unix(0, created).UTC()
		if last != nil {
			t.LastUsed = time.Unix(0, *last).UTC()
		}
		out = append(out, t)
		return nil
	})
	if err != nil {
		return nil, dbError("tokens", err)
	}
	return out, nil
}

func hashToken(tok string) string {
	sum := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(sum[:])
}
