package web

import (
	"context"
	"net/http"

	"github.com/marsad/marsad"
)

// DeadLetterEditor puts a work-queue dead letter back on the queue or drops
// it; queue.Memory and the JetStream queue implement it.
type DeadLetterEditor interface {
	ReplayDeadLetter(ctx context.Context, id string) error
	DiscardDeadLetter(ctx context.Context, id string) error
}

// deadLetterAction is the answer to a replay or a discard.
type deadLetterAction struct {
	ID     string `json:"id"`
	Action string `json:"action"` // replayed | discarded
}

// replayDeadLetter puts dead letter {id} back on the work queue as a fresh
// delivery and removes it from the list. Replaying an id twice queues the
// item once: the second call is ENOTFOUND.
func (s *Server) replayDeadLetter(w http.ResponseWriter, r *http.Request) error {
	id, err := s.deadLetterID(r)
	if err != nil {
		return err
	}
	if err := s.deps.DeadLetterEditor.ReplayDeadLetter(r.Context(), id); err != nil {
		return err
	}
	s.log.Info("dead letter replayed", "dead_letter", id)
	return ok(w, deadLetterAction{ID: id, Action: "replayed"})
}

// discardDeadLetter drops dead letter {id} for good.
func (s *Server) discardDeadLetter(w http.ResponseWriter, r *http.Request) error {
	id, err := s.deadLetterID(r)
	if err != nil {
		return err
	}
	if err := s.deps.DeadLetterEditor.DiscardDeadLetter(r.Context(), id); err != nil {
		return err
	}
	s.log.Info("dead letter discarded", "dead_letter", id)
	return ok(w, deadLetterAction{ID: id, Action: "discarded"})
}

// deadLetterID reads {id}; without a queue there are no dead letters.
func (s *Server) deadLetterID(r *http.Request) (string, error) {
	id := r.PathValue("id")
	if s.deps.DeadLetterEditor == nil {
		return "", marsad.Errorf(marsad.ENOTFOUND, "no dead letter %q: this server has no work queue (serve --queue)", id)
	}
	if id == "" || len(id) > 64 {
		return "", marsad.Errorf(marsad.EINVALID, "dead letter id must be 1 to 64 characters")
	}
	return id, nil
}
