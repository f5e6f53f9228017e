package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/internal/ner"
)

func TestGazetteerNames(t *testing.T) {
	names, err := gazetteerNames()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d gazetteer names", len(names))
	has := map[ner.GazName]bool{}
	for _, n := range names {
		has[n] = true
	}
	for _, want := range []ner.GazName{{Name: "دمشق", Type: "LOC"}, {Name: "بشار الأسد", Type: "PERS"}} {
		if !has[want] {
			t.Errorf("gazetteerNames() lacks %v (%d names)", want, len(names))
		}
	}
}

func TestGeoNamesCities(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cities.tsv")
	data := "geonameid\tname\tname_ar\tname_ar_script\tadmin1_name_ar\tcountry_name_ar\n" +
		"1\tPalmyra\tتدمر\tarabic\tمحافظة حمص\tسوريا\n" +
		"2\tTarut\tTārūt\tlatin\t\tالسعودية\n" +
		"3\tHoms\tحمص\tarabic\tمحافظة حمص\tسوريا\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := geoNamesCities(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"تدمر", "محافظة حمص", "سوريا", "السعودية", "حمص"}
	if len(got) != len(want) {
		t.Fatalf("geoNamesCities = %v, want the names %v", got, want)
	}
	for i, n := range got {
		if n.Name != want[i] || n.Type != "LOC" {
			t.Errorf("name %d = %v, want {%s LOC}", i, n, want[i])
		}
	}
	if err := os.WriteFile(path, []byte("a\tb\n1\t2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := geoNamesCities(path); err == nil {
		t.Error("geoNamesCities(no Arabic name columns) = nil error, want an error")
	}
}
