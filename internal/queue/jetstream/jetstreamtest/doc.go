// Package jetstreamtest gives tests a NATS server with JetStream: the one
// at 127.0.0.1:4222 (or MARSAD_TEST_NATS) when it answers, else an
// embedded nats-server on a random port with a temporary store.
package jetstreamtest
