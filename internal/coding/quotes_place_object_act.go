package coding

// actOpener reports a verb at i that is no reporting verb and opens a
// clause with its subject («توعد», «هاجم», «زار»): its subject is read
// only for a participle that follows («توعد رئيس الوزراء الإسرائيلي
// إيران وحزب الله، مشددا على أن …»), and a place right after a title
// closed by its nationality is its object there too, as after the verbs
// of objectVerb (placeObjectCut).
func (c *Coder) actOpener(d *doc, i int) bool {
	return !c.reportingAt(d, i) && !c.objectVerb(d, i)
}
