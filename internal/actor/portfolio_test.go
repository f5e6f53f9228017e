package actor

import "testing"

// TestPortfolio: the nisba after a minister's or a ministry's joined
// portfolio gives the country and the whole title is one actor; other
// roles joined by «و» stay two parties.
func TestPortfolio(t *testing.T) {
	d := loadDefault(t)
	cases := []struct {
		phrase, name, country string
	}{
		{"وزير الزراعة والري المصري", "وزير الزراعة والري المصري", "EGY"},
		{"وزير الخارجية وشؤون المغتربين السوري", "وزير الخارجية وشؤون المغتربين السوري", "SYR"},
		{"وزارة النقل والمواصلات العراقية", "وزارة النقل والمواصلات العراقية", "IRQ"},
		{"وزيرة التخطيط والتعاون الدولي الأردنية", "وزيرة التخطيط والتعاون الدولي الأردنية", "JOR"},
		{"الحكومة الشرعية والشعب اليمني", "الحكومة الشرعية", "YEM"},
		{"وزير الخارجية والسفير الكويتي", "وزير الخارجية", ""},
	}
	for _, tc := range cases {
		m, ok := d.Resolve(tc.phrase)
		if !ok || m.Actor.Name != tc.name || m.Actor.Country != tc.country {
			t.Errorf("Resolve(%s) = %q %q, %v; want %q %q", tc.phrase, m.Actor.Name, m.Actor.Country, ok, tc.name, tc.country)
		}
	}
}
