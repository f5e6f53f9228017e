package web_test

import (
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"os"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata golden files")

// TestOpenAPI checks the served document against the golden file and
// against the route table: every endpoint is documented, every documented
// path is served, and write endpoints declare the bearer scheme.
func TestOpenAPI(t *testing.T) {
	ts := newServer(t)
	resp, err := http.Get(ts.URL + "/api/v1/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	served, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	const golden = "testdata/openapi.golden.json"
	if *update {
		os.MkdirAll("testdata", 0o755)
		os.WriteFile(golden, served, 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(served) != string(want) {
		t.Errorf("served OpenAPI document differs from %s (go test ./internal/web -update to accept)", golden)
	}
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(served, &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi = %q, want 3.x", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for m := range ops {
			documented[strings.ToUpper(m)+" "+path] = true
		}
	}
	srv := newWebServer(t)
	var missing []string
	for _, r := range srv.Routes() {
		key := r.Method + " " + r.Path
		if !documented[key] {
			missing = append(missing, key)
			continue
		}
		delete(documented, key)
		if r.Write {
			var op struct{ Security []map[string]any }
			json.Unmarshal(doc.Paths[r.Path][strings.ToLower(r.Method)], &op)
			if len(op.Security) == 0 {
				t.Errorf("%s needs a token but its OpenAPI operation declares no security", key)
			}
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("endpoints missing from openapi.json: %v", missing)
	}
	for key := range documented {
		t.Errorf("openapi.json documents %s, which the server does not serve", key)
	}
}
