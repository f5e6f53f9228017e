package queue

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Stats counts what a queue did in this process.
type Stats struct {
	Published   uint64 // items accepted by Publish
	Duplicates  uint64 // publishes dropped as duplicates within the window
	Redelivered uint64 // deliveries after the first
	DeadLetters uint64 // items given up on
	Replayed    uint64 // dead letters put back on the queue by an operator
}

// Statser is an optional Queue capability: report the counts so far.
type Statser interface{ Stats() Stats }

// Collector exports a queue's lag and counts as Prometheus metrics:
// marsad_queue_pending, marsad_queue_ack_pending (asked of the queue at
// each scrape), and the marsad_queue_*_total counters of this process.
func Collector(q Queue) prometheus.Collector { return &collector{q: q} }

type collector struct{ q Queue }

var (
	descPending     = prometheus.NewDesc("marsad_queue_pending", "Items published and not yet delivered to a worker.", nil, nil)
	descAckPending  = prometheus.NewDesc("marsad_queue_ack_pending", "Items delivered and not yet acknowledged.", nil, nil)
	descPublished   = prometheus.NewDesc("marsad_queue_published_total", "Items published by this process.", nil, nil)
	descDuplicates  = prometheus.NewDesc("marsad_queue_duplicate_publishes_total", "Publishes dropped by the de-duplication window.", nil, nil)
	descRedelivered = prometheus.NewDesc("marsad_queue_redeliveries_total", "Deliveries after the first received by this process.", nil, nil)
	descDead        = prometheus.NewDesc("marsad_queue_dead_letters_total", "Items given up on by this process.", nil, nil)
	descReplayed    = prometheus.NewDesc("marsad_queue_replays_total", "Dead letters put back on the work queue by this process.", nil, nil)
	descLagUp       = prometheus.NewDesc("marsad_queue_lag_up", "1 when the queue answered the lag query at this scrape.", nil, nil)
)

func (c *collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descPending, descAckPending, descPublished, descDuplicates, descRedelivered, descDead, descReplayed, descLagUp} {
		ch <- d
	}
}

func (c *collector) Collect(ch chan<- prometheus.Metric) {
	if l, ok := c.q.(Lagger); ok {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		lag, err := l.Lag(ctx)
		cancel()
		up := 0.0
		if err == nil {
			up = 1
			ch <- prometheus.MustNewConstMetric(descPending, prometheus.GaugeValue, float64(lag.Pending))
			ch <- prometheus.MustNewConstMetric(descAckPending, prometheus.GaugeValue, float64(lag.AckPending))
		}
		ch <- prometheus.MustNewConstMetric(descLagUp, prometheus.GaugeValue, up)
	}
	if s, ok := c.q.(Statser); ok {
		st := s.Stats()
		ch <- prometheus.MustNewConstMetric(descPublished, prometheus.CounterValue, float64(st.Published))
		ch <- prometheus.MustNewConstMetric(descDuplicates, prometheus.CounterValue, float64(st.Duplicates))
		ch <- prometheus.MustNewConstMetric(descRedelivered, prometheus.CounterValue, float64(st.Redelivered))
		ch <- prometheus.MustNewConstMetric(descDead, prometheus.CounterValue, float64(st.DeadLetters))
		ch <- prometheus.MustNewConstMetric(descReplayed, prometheus.CounterValue, float64(st.Replayed))
	}
}
