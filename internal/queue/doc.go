// Package queue is the contract between the roles of a Marsad deployment
// that hand raw items to each other: ingest publishes, process consumes
// and acknowledges. Memory is the in-process implementation used when no
// broker is configured; package jetstream is the NATS JetStream one, where
// many process workers share one durable consumer.
//
// A message is acknowledged once its effects are stored. A worker that
// dies before that leaves the message unacknowledged and it is delivered
// again; the pipeline's deterministic ids and idempotent writes make the
// second delivery harmless. A message that can never succeed is terminated
// and kept as a dead letter with its reason, never silently dropped.
package queue
