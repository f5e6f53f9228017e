// Package envelope is the one shape of every Marsad API answer —
// {status, data} or {status, error: {code, message}} — and the one place
// where marsad error codes become HTTP statuses. The API server and the
// alert endpoints both answer through it.
package envelope

import (
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/marsad/marsad"
)

// Envelope is the JSON body of every answer.
type Envelope struct {
	Status string     `json:"status"` // success | error
	Data   any        `json:"data,omitempty"`
	Error  *ErrorBody `json:"error,omitempty"`
}

// ErrorBody says what went wrong.
type ErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// WriteJSON writes v as JSON with HTML escaped: article text is data and
// must never become markup.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

// OK writes a success envelope around data.
func OK(w http.ResponseWriter, data any) error {
	WriteJSON(w, http.StatusOK, Envelope{Status: "success", Data: data})
	return nil
}

// Status maps an error code to its HTTP status.
func Status(code string) int {
	switch code {
	case marsad.EINVALID:
		return http.StatusBadRequest
	case marsad.ENOTFOUND:
		return http.StatusNotFound
	case marsad.ECONFLICT:
		return http.StatusConflict
	case marsad.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case marsad.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case marsad.EFORBIDDEN:
		return http.StatusForbidden
	case marsad.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// Fail writes err as an error envelope. Internal errors are logged with
// the request (their details never reach the client); an unauthorized
// answer names the bearer scheme.
func Fail(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) {
	code := marsad.ErrorCode(err)
	if code == marsad.EINTERNAL && log != nil {
		log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if code == marsad.EUNAUTHORIZED {
		w.Header().Set("WWW-Authenticate", `Bearer realm="marsad"`)
	}
	WriteJSON(w, Status(code), Envelope{Status: "error", Error: &ErrorBody{Code: code, Message: marsad.ErrorMessage(err)}})
}
