package source

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC3339 in UTC; "" = not a date
	}{
		{"2018-02-18T21:35:43+04:00", "2018-02-18T17:35:43Z"},
		{"2018-02-18T21:35:43.123Z", "2018-02-18T21:35:43Z"},
		{"Sun, 18 Feb 2018 21:35:43 +0400", "2018-02-18T17:35:43Z"},
		{"Sun, 18 Feb 2018 21:35:43 GMT", "2018-02-18T21:35:43Z"},
		{"Mon, 5 Mar 2018 08:00:00 +0000", "2018-03-05T08:00:00Z"},
		{"2006-01-02", "2006-01-02T00:00:00Z"},
		{"2006-01-02 15:04:05", "2006-01-02T15:04:05Z"},
		{"2006-01-02T15:04:05", "2006-01-02T15:04:05Z"},
		{"2006/01/02", "2006-01-02T00:00:00Z"},
		{"1518975343", "2018-02-18T17:35:43Z"},
		{"1518975343000", "2018-02-18T17:35:43Z"},
		{"20180218", "2018-02-18T00:00:00Z"},
		{"18/02/2018", "2018-02-18T00:00:00Z"},
		{"05/03/2018", "2018-03-05T00:00:00Z"}, // day first
		{"18 February 2018", "2018-02-18T00:00:00Z"},
		{"February 18, 2018", "2018-02-18T00:00:00Z"},
		{"18 فبراير 2018", "2018-02-18T00:00:00Z"},
		{"الأحد، 18 شباط/فبراير 2018", "2018-02-18T00:00:00Z"},
		{"٣ تشرين الثاني ٢٠٢٠", "2020-11-03T00:00:00Z"},
		{"  2020-01-01  ", "2020-01-01T00:00:00Z"},
		{"", ""},
		{"yesterday", ""},
		{"not a date at all", ""},
		{"12", ""},
		{"0000-00-00", ""},
		{"1066-10-14", ""},
		{"99999999999999999999", ""},
		{"خبر عاجل", ""},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		gotS := ""
		if ok {
			gotS = got.UTC().Format(time.RFC3339)
		}
		if gotS != tt.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, gotS, ok, tt.want)
		}
	}
}

func TestMonthNamesFile(t *testing.T) {
	names, err := loadMonthNames(monthNamesFile)
	if err != nil {
		t.Fatalf("loadMonthNames(monthnames.txt) error: %v", err)
	}
	months := map[string]bool{}
	for _, m := range names {
		if m.en != "-" {
			months[m.en] = true
		}
	}
	if len(months) != 12 {
		t.Errorf("monthnames.txt covers %d months, want 12", len(months))
	}
	for _, bad := range []string{"يناير", "يناير\tJanuar", "\tJanuary"} {
		if _, err := loadMonthNames(bad); err == nil {
			t.Errorf("loadMonthNames(%q) = nil error, want one", bad)
		}
	}
}
