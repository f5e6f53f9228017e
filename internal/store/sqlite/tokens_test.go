package sqlite_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/store/sqlite"
)

func TestTokens(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	made := map[string]string{}
	for _, role := range []string{sqlite.RoleReader, sqlite.RoleEditor, sqlite.RoleAdmin} {
		tok, err := st.CreateToken(ctx, role, "test "+role)
		if err != nil {
			t.Fatalf("CreateToken(%s) error %v", role, err)
		}
		made[role] = tok
	}
	for role, tok := range made {
		got, err := st.TokenRole(ctx, tok)
		if err != nil || got != role {
			t.Errorf("TokenRole(%s token) = %q, %v, want %q", role, got, err, role)
		}
	}
	if _, err := st.TokenRole(ctx, "msd_nope"); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("TokenRole(unknown) error = %v, want ENOTFOUND", err)
	}
	if _, err := st.CreateToken(ctx, "root", ""); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("CreateToken(root) error = %v, want EINVALID", err)
	}
	list, err := st.Tokens(ctx)
	if err != nil || len(list) != 3 {
		t.Fatalf("Tokens() = %d, %v, want 3", len(list), err)
	}
	for _, ti := range list {
		for _, tok := range made {
			if strings.Contains(tok, ti.Hash) {
				t.Errorf("token list shows part of a token: %q", ti.Hash)
			}
		}
		if ti.LastUsed.IsZero() {
			t.Errorf("token %s: last_used not recorded", ti.Name)
		}
	}
}
