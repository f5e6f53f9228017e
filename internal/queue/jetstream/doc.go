// Package jetstream is the NATS JetStream implementation of queue.Queue.
//
// Items are published to a work-queue stream with a Nats-Msg-Id header
// equal to queue.ItemID, so the stream's duplicate window drops
// re-publishes. Every process worker pulls from one durable consumer with
// explicit acknowledgement: a message not acknowledged within AckWait (a
// worker was killed) is delivered again, with the BackOff schedule, until
// MaxDeliver deliveries; then the MAX_DELIVERIES advisory moves it to the
// dead-letter stream with its reason. A handler that knows an item can
// never succeed terminates it, which dead-letters it at once.
package jetstream
