// Package export writes events in the formats analysts load elsewhere: CSV
// with ACLED-like columns, JSON Lines of Marsad's own records, PLOVER JSON
// Lines (the PLOVER manual's field names), and GeoJSON (opens in QGIS).
//
// Writers stream: each event is written as it comes, so an export of a
// million events never holds them in memory. Stream pages through a store
// query with its cursor.
package export
