// Package web is Marsad's HTTP server: the JSON API under /api/v1 (one
// envelope, errors mapped from marsad error codes in one place), health
// endpoints, and, later, the embedded UI.
package web
