package coding

// relayAside reports an attribution at i («، حسب/بحسب/وفق(ا) Y،») that
// stands between a reporting verb of the sentence with its speaker and the
// verb's complementiser at start: «وقالت المصادر العسكرية، حسب وسائل إعلام
// إسرائيلية، إن …», «وأكد صالحي، وفقا لوكالة الأنباء الإيرانية، أن …». Y
// only relays; the verb's subject said it.
func relayAside(d *doc, i, start int, verbs []rv) bool {
	if start >= len(d.toks) || !complementiser(d, start) {
		return false
	}
	for _, v := range verbs {
		if v.ok && v.i < i && i-v.i <= 14 && !v.inner {
			return true
		}
	}
	return false
}
