package envelope

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/marsad/marsad"
)

func TestFail(t *testing.T) {
	tests := []struct {
		err    error
		status int
		code   string
		msg    string
	}{
		{marsad.Errorf(marsad.EINVALID, "bad limit"), 400, marsad.EINVALID, "bad limit"},
		{marsad.Errorf(marsad.ENOTFOUND, "no such article"), 404, marsad.ENOTFOUND, "no such article"},
		{marsad.Errorf(marsad.ECONFLICT, "taken"), 409, marsad.ECONFLICT, "taken"},
		{marsad.Errorf(marsad.ETOOLARGE, "big"), 413, marsad.ETOOLARGE, "big"},
		{marsad.Errorf(marsad.EUNAUTHORIZED, "token"), 401, marsad.EUNAUTHORIZED, "token"},
		{marsad.Errorf(marsad.EFORBIDDEN, "role"), 403, marsad.EFORBIDDEN, "role"},
		{marsad.Errorf(marsad.EUNAVAILABLE, "down"), 503, marsad.EUNAVAILABLE, "down"},
		{errors.New("disk on fire"), 500, marsad.EINTERNAL, "internal error"},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		Fail(rec, httptest.NewRequest("GET", "/x", nil), nil, tt.err)
		var env Envelope
		if err := json.Unmarshal(rec.Body.Bytes(), &env); err != nil {
			t.Fatal(err)
		}
		if rec.Code != tt.status || env.Status != "error" || env.Error.Code != tt.code || env.Error.Message != tt.msg {
			t.Errorf("Fail(%v) = %d %+v, want %d %s %q", tt.err, rec.Code, env.Error, tt.status, tt.code, tt.msg)
		}
		if got := rec.Header().Get("WWW-Authenticate") != ""; got != (tt.status == http.StatusUnauthorized) {
			t.Errorf("Fail(%v): WWW-Authenticate set = %v", tt.err, got)
		}
	}
}

func TestOKEscapesHTML(t *testing.T) {
	rec := httptest.NewRecorder()
	OK(rec, map[string]string{"text": "<script>x</script>"})
	if b := rec.Body.String(); b != "{\"status\":\"success\",\"data\":{\"text\":\"\\u003cscript\\u003ex\\u003c/script\\u003e\"}}\n" {
		t.Errorf("OK body = %s, want the markup escaped", b)
	}
}
