package marsad

import "time"

// TokenInfo describes a stored API token without revealing it: the store
// keeps only its SHA-256.
type TokenInfo struct {
	Hash     string    `json:"hash"` // first 12 hex digits of the SHA-256
	Role     string    `json:"role"` // reader, editor or admin
	Name     string    `json:"name,omitempty"`
	Created  time.Time `json:"created"`
	LastUsed time.Time `json:"last_used,omitzero"`
}
