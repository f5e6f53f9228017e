package marsad

import "context"

// ActorHit is an actor found by name or id, with how many stored events
// involve it (as actor or recipient).
type ActorHit struct {
	ID     string `json:"id,omitempty"`   // dictionary id, when the match is one
	Name   string `json:"name,omitempty"` // normalised name, when the match is a name
	Events int    `json:"events"`
}

// PlaceHit is a place name found in articles, where it was resolved, and
// how often it is mentioned.
type PlaceHit struct {
	Name     string  `json:"name"`
	Country  string  `json:"country,omitempty"`
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
	Mentions int     `json:"mentions"`
}

// Directory is a Store capability: search of actors and places by prefix.
type Directory interface {
	SearchActors(ctx context.Context, prefix string, limit int) ([]ActorHit, error)
	SearchPlaces(ctx context.Context, prefix string, limit int) ([]PlaceHit, error)
}
