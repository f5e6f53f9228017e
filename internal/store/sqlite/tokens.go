package sqlite

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"time"

	"github.com/marsad/marsad"
)

// Token roles, weakest first.
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
	raw := make([]byte, 24)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	tok := "msd_" + hex.EncodeToString(raw)
	_, err := s.w.ExecContext(ctx, `INSERT INTO tokens(hash, role, name, created) VALUES (?, ?, ?, ?)`,
		hashToken(tok), role, name, time.Now().UnixNano())
	if err != nil {
		return "", dbError("create token", err)
	}
	return tok, nil
}

// TokenRole returns the role of a token and records its use; ENOTFOUND for
// an unknown token.
func (s *Store) TokenRole(ctx context.Context, tok string) (string, error) {
	h := hashToken(tok)
	var role string
	var last sql.NullInt64
	err := s.r.QueryRowContext(ctx, `SELECT role, last_used FROM tokens WHERE hash = ?`, h).Scan(&role, &last)
	if errors.Is(err, sql.ErrNoRows) {
		return "", marsad.Errorf(marsad.ENOTFOUND, "unknown token")
	}
	if err != nil {
		return "", dbError("token", err)
	}
	// Record use at most once a minute: reads should not queue writes.
	now := time.Now().UnixNano()
	if !last.Valid || now-last.Int64 > int64(time.Minute) {
		if _, err := s.w.ExecContext(ctx, `UPDATE tokens SET last_used = ? WHERE hash = ?`, now, h); err != nil {
			return "", dbError("token", err)
		}
	}
	return role, nil
}

// TokenInfo describes a stored token (never the token itself).
type TokenInfo = marsad.TokenInfo

// Tokens lists the stored tokens, oldest first.
func (s *Store) Tokens(ctx context.Context) ([]TokenInfo, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT hash, role, name, created, last_used FROM tokens ORDER BY created`)
	if err != nil {
		return nil, dbError("tokens", err)
	}
	defer rows.Close()
	out := []TokenInfo{}
	for rows.Next() {
		var ti TokenInfo
		var created int64
		var last sql.NullInt64
		if err := rows.Scan(&ti.Hash, &ti.Role, &ti.Name, &created, &last); err != nil {
			return nil, dbError("tokens", err)
		}
		ti.Hash = ti.Hash[:12]
		ti.Created = time.Unix(0, created).UTC()
		if last.Valid {
			ti.LastUsed = time.Unix(0, last.Int64).UTC()
		}
		out = append(out, ti)
	}
	return out, rows.Err()
}

func hashToken(tok string) string {
	sum := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(sum[:])
}
