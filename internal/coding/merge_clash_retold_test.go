package coding

import "testing"

// TestClashRetoldJoins checks that a clash told again in a later sentence
// with one side only («دخلوا في اشتباكات مع الشرطة») joins the clash told
// with both sides, and that the same words at another place stay apart.
func TestClashRetoldJoins(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []joinCase{
		{"تجددت الاشتباكات بين قوات الشرطة ومسلحين قبليين في مدينة الفلوجة يوم الثلاثاء. وأفاد شهود بأن مسلحين دخلوا في اشتباكات مع الشرطة قرب السوق في الفلوجة.", "ASSAULT", 1, 2, 0},
		{"اندلعت مواجهات عنيفة بين المتظاهرين وقوات الأمن في مدينة كرج يوم الخميس. وشوهد شبان في اشتباكات مع قوات الأمن في كرج.", "ASSAULT", 1, 2, 0},
		// another town: another clash
		{"تجددت الاشتباكات بين قوات الشرطة ومسلحين قبليين في مدينة الفلوجة يوم الثلاثاء. وأفاد شهود بأن مسلحين دخلوا في اشتباكات مع الشرطة قرب السوق في الرمادي.", "ASSAULT", 2, 1, 0},
	}
	runJoinCases(t, an, cases)
}

// TestClashSideNotActor checks that the dead of a clash do not become the
// clash's missing side when another blow of their sentence joins it
// («مقتل عشرات الحوثيين في المواجهات والغارات»).
func TestClashSideNotActor(t *testing.T) {
	an := chainAnalyzer(t)
	for _, text := range []string{
		"وأكدت مصادر محلية مقتل عشرات الحوثيين في المواجهات والغارات الجوية على جبهة صرواح، خلال اليومين الماضيين.",
		"وذكرت مصادر قبلية مقتل عشرات الحوثيين في الاشتباكات والقصف المدفعي في مديرية نهم.",
	} {
		got, all := chainEventsOf(t, an, text, "ASSAULT")
		if len(got) != 1 || got[0].Actor != nil || got[0].Recipient == nil || !namesOverlap(got[0].Recipient.Name, "الحوثيين") {
			t.Errorf("Analyze(%s) = %s, want one ASSAULT with no actor and the Houthis as recipient", text, all)
		}
	}
}
