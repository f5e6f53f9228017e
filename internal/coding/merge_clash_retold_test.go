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
