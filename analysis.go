package marsad

import "context"

// Span is a half-open range [Start, End) of Unicode code points in an
// article's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Entity types, as in the evaluation contract.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// Actor is a canonical actor (a country's government, an armed group, a
// person…) or one built from a phrase («وزير الداخلية العراقي» → IRQ GOV).
type Actor struct {
	ID      string   `json:"id,omitempty"`      // dictionary id, empty for actors built from a phrase
	Name    string   `json:"name"`              // the surface form used in the article
	Canon   string   `json:"canon,omitempty"`   // canonical Arabic name
	English string   `json:"english,omitempty"` // canonical English name
	Country string   `json:"country,omitempty"` // ISO 3166-1 alpha-3; empty for transnational
	Sector  string   `json:"sector,omitempty"`  // GOV MIL POL REB OPP PTY IGO NGO MED CVL BUS EDU REL JUD LEG
	Aliases []string `json:"aliases,omitempty"` // other names seen in the article
}

// Entity is a named-entity mention.
type Entity struct {
	Span
	Text  string `json:"text"`
	Type  string `json:"type"` // PER ORG LOC MISC
	Actor *Actor `json:"actor,omitempty"`
}

// Geographic precision in the ACLED sense.
const (
	PrecisionPoint    = 1 // town or site: the coordinates are the place
	PrecisionRegion   = 2 // district or area near the point
	PrecisionProvince = 3 // first-level division or country: the point is only a centroid
)

// Place kinds.
const (
	KindCountry  = "country"
	KindProvince = "province"
	KindDistrict = "district"
	KindCity     = "city"
	KindTown     = "town"
	KindVillage  = "village"
	KindSite     = "site"
	KindRegion   = "region"
)

// Place is a resolved place mention (or, in events, the place meant).
type Place struct {
	Span
	Name      string  `json:"name"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Country   string  `json:"country,omitempty"` // ISO 3166-1 alpha-3
	Admin1    string  `json:"admin1,omitempty"`
	Kind      string  `json:"kind,omitempty"`
	GazID     string  `json:"gazetteer_id,omitempty"`
	Precision int     `json:"precision,omitempty"`
}

// Quote is reported speech with its speaker.
type Quote struct {
	Span
	Text    string `json:"text"`
	Speaker *Actor `json:"speaker,omitempty"`
	Verb    string `json:"verb,omitempty"` // the reporting verb: قال، أكد، أضاف …
	Direct  bool   `json:"direct"`         // in quotation marks
}

// Auxiliary modes of PLOVER: a coded happening that is not a current event.
const (
	AuxHistorical   = "historical"
	AuxFuture       = "future"
	AuxHypothetical = "hypothetical"
	AuxNegated      = "negated"
)

// Event is one PLOVER event backed by evidence sentences.
type Event struct {
	ID            string   `json:"id"`
	ArticleID     string   `json:"article_id,omitempty"`
	Type          string   `json:"type"`               // one of the 16 PLOVER types
	Mode          string   `json:"mode,omitempty"`     // PLOVER mode
	Contexts      []string `json:"contexts,omitempty"` // terrorism, military, migration…
	Aux           string   `json:"aux,omitempty"`      // Aux* when not a current event
	Evidence      []Span   `json:"evidence"`
	Trigger       string   `json:"trigger,omitempty"`
	Actor         *Actor   `json:"actor,omitempty"`
	Recipient     *Actor   `json:"recipient,omitempty"`
	Symmetric     bool     `json:"symmetric,omitempty"`
	Location      *Place   `json:"location,omitempty"`
	Origin        *Place   `json:"origin,omitempty"`
	Destination   *Place   `json:"destination,omitempty"`
	Date          string   `json:"date,omitempty"`           // YYYY-MM-DD
	DatePrecision string   `json:"date_precision,omitempty"` // day, week, month, year
	Count         *int     `json:"count,omitempty"`
	CountEstimate bool     `json:"count_estimate,omitempty"` // a vague quantity read conservatively
	Confidence    float64  `json:"confidence"`
}

// Analysis is everything Marsad found in one article.
type Analysis struct {
	ArticleID string   `json:"article_id"`
	Entities  []Entity `json:"entities"`
	Places    []Place  `json:"places"`
	Quotes    []Quote  `json:"quotes"`
	Events    []Event  `json:"events"`
}

// PLOVER event types.
var EventTypes = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
	"MOBILIZE", "COERCE", "ASSAULT",
}

// Analyzer finds entities, places, quotes and events in one article. It is
// pure: the same article gives the same analysis.
type Analyzer interface {
	Analyze(ctx context.Context, a *Article) (*Analysis, error)
}
