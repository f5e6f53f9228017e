package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func actorsCmd(t *testing.T, stdin string, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb, func(k string) string { return env[k] })
	return code, out.String(), errb.String()
}

func TestActorsCommand(t *testing.T) {
	code, out, errs := actorsCmd(t, "", nil, "actors", "resolve", "وزير الداخلية العراقي", "سيارة")
	if code != 0 {
		t.Fatalf("marsad actors resolve: exit %d, stderr %s", code, errs)
	}
	if !strings.Contains(out, `"country":"IRQ"`) || !strings.Contains(out, `"sector":"GOV"`) || !strings.Contains(out, `"found":false`) {
		t.Errorf("marsad actors resolve = %s, want IRQ GOV and one not found", out)
	}

	code, out, errs = actorsCmd(t, "أعلنت دمشق أن الجيش السوري انتشر.", nil, "actors", "link")
	if code != 0 || !strings.Contains(out, `"id":"SYR_MIL"`) || !strings.Contains(out, `"kind":"capital"`) {
		t.Errorf("marsad actors link: exit %d, out %s, stderr %s; want the capital and SYR_MIL", code, out, errs)
	}

	path := filepath.Join(t.TempDir(), "mine.yaml")
	if err := os.WriteFile(path, []byte("entries:\n  - {id: TEST_X, en: Test X, kind: armed group, country: IRQ, sector: REB, ar: [ألوية الاختبار]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = actorsCmd(t, "", map[string]string{"MARSAD_ACTORS": path}, "actors", "resolve", "ألوية الاختبار")
	if code != 0 || !strings.Contains(out, `"id":"TEST_X"`) {
		t.Errorf("marsad actors resolve with MARSAD_ACTORS: exit %d, out %s, stderr %s; want TEST_X", code, out, errs)
	}

	bad := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(bad, []byte("entries:\n  - {id: X, en: X, kind: k, sector: ARMY, ar: [س]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs = actorsCmd(t, "", nil, "actors", "check", bad); code == 0 || !strings.Contains(errs, "sector") {
		t.Errorf("marsad actors check BAD: exit %d, stderr %q; want a failure naming the sector", code, errs)
	}
	if code, _, _ = actorsCmd(t, "", nil, "actors"); code != 2 {
		t.Errorf("marsad actors: exit %d, want 2", code)
	}
}
