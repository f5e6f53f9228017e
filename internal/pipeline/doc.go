// Package pipeline turns raw items from any source into stored, analysed
// articles. It owns the concurrency: sources hand items to a Runner, workers
// extract, validate, fingerprint and analyse them, and one writer stores
// them. A failing item is data — it becomes a marsad.Rejection with its stage
// and reason — and the run goes on; only a store failure stops it.
package pipeline
