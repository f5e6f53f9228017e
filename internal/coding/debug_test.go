package coding

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestDebugText(t *testing.T) {
	s := os.Getenv("MARSAD_TEXT")
	if s == "" {
		t.Skip("set MARSAD_TEXT")
	}
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	evs, qs := c.CodeText(s, time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC))
	for _, e := range evs {
		fmt.Printf("%s %s aux=%s trig=%q A=%v R=%v d=%s\n", e.Type, e.Mode, e.Aux, e.Trigger, e.Actor, e.Recipient, e.Date)
	}
	for _, q := range qs {
		fmt.Printf("Q %v %q\n", q.Speaker, q.Text)
	}
}
