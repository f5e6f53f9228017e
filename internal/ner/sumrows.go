package ner

// sumRows18Go is sumRows18 in plain Go: the order of additions every
// implementation must keep.
func sumRows18Go(acc *[2 * numLabels]float32, w []float32, rows []uint32) {
	for _, r := range rows {
		k := int(r)
		row := w[k : k+2*numLabels : k+2*numLabels]
		for j := range acc {
			acc[j] += row[j]
		}
	}
}

// sumRows9Go is sumRows9 in plain Go.
func sumRows9Go(acc *[numLabels]float32, w []float32, rows []uint32) {
	for _, r := range rows {
		k := int(r)
		row := w[k : k+numLabels : k+numLabels]
		for j := range acc {
			acc[j] += row[j]
		}
	}
}
