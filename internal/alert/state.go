package alert

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// StateFile is the name, in the data directory, of the SQLite file that
// keeps alerts and dead letters across restarts. It is separate from the
// article store: alert state is small, written by one process, and has its
// own lifecycle (it can be deleted to start alerting afresh).
const StateFile = "alerts.db"

const schema = `
CREATE TABLE IF NOT EXISTS alerts (
	id      TEXT PRIMARY KEY,
	rule    TEXT NOT NULL,
	state   TEXT NOT NULL,
	updated TEXT NOT NULL,
	body    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dead_letters (
	id      INTEGER PRIMARY KEY AUTOINCREMENT,
	created TEXT NOT NULL,
	body    TEXT NOT NULL
);`

// stateDB keeps alerts and dead letters; a nil db keeps dead letters in
// memory only.
type stateDB struct {
	db   *sql.DB
	mu   sync.Mutex   // guards mem and next
	mem  []DeadLetter // without a database
	next int64
}

func openState(dir string) (*stateDB, error) {
	if dir == "" {
		return &stateDB{}, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("alert state: %w", err)
	}
	path := filepath.Join(dir, StateFile)
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)")
	if err != nil {
		return nil, fmt.Errorf("open alert state: %w", err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("alert state schema in %s: %w", path, err)
	}
	return &stateDB{db: db}, nil
}

func (s *stateDB) close() error {
	if s.db == nil {
		return nil
	}
	return s.db.Close()
}

func (s *stateDB) saveAlert(a *Alert) error {
	if s.db == nil {
		return nil
	}
	b, err := json.Marshal(a)
	if err != nil {
		return err
	}
	_, err = s.db.Exec(`INSERT INTO alerts(id, rule, state, updated, body) VALUES(?,?,?,?,?)
		ON CONFLICT(id) DO UPDATE SET state=excluded.state, updated=excluded.updated, body=excluded.body`,
		a.ID, a.RuleID, string(a.State), a.UpdatedAt.Format(time.RFC3339Nano), string(b))
	if err != nil {
		return fmt.Errorf("save alert: %w", err)
	}
	return nil
}

func (s *stateDB) deleteAlert(id string) error {
	if s.db == nil {
		return nil
	}
	if _, err := s.db.Exec(`DELETE FROM alerts WHERE id = ?`, id); err != nil {
		return fmt.Errorf("delete alert: %w", err)
	}
	return nil
}

func (s *stateDB) loadAlerts() ([]*Alert, error) {
	if s.db == nil {
		return nil, nil
	}
	rows, err := s.db.Query(`SELECT body FROM alerts`)
	if err != nil {
		return nil, fmt.Errorf("load alerts: %w", err)
	}
	defer rows.Close()
	var out []*Alert
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, fmt.Errorf("load alerts: %w", err)
		}
		var a Alert
		if err := json.Unmarshal([]byte(body), &a); err != nil {
			return nil, fmt.Errorf("load alerts: bad row: %w", err)
		}
		out = append(out, &a)
	}
	return out, rows.Err()
}

// DeadLetter is a delivery that failed for good.
type DeadLetter struct {
	ID       int64     `json:"id"`
	Created  time.Time `json:"created"`
	Webhook  string    `json:"webhook"`
	URL      string    `json:"url"`
	RuleID   string    `json:"rule_id"`
	AlertID  string    `json:"alert_id"`
	Attempts int       `json:"attempts"`
	Reason   string    `json:"reason"`
	Body     string    `json:"body"`
}

func (s *stateDB) addDeadLetter(d DeadLetter) error {
	if s.db == nil {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.next++
		d.ID = s.next
		s.mem = append(s.mem, d)
		if len(s.mem) > 1000 {
			s.mem = s.mem[len(s.mem)-1000:]
		}
		return nil
	}
	b, err := json.Marshal(d)
	if err != nil {
		return err
	}
	_, err = s.db.Exec(`INSERT INTO dead_letters(created, body) VALUES(?,?)`, d.Created.Format(time.RFC3339Nano), string(b))
	if err != nil {
		return fmt.Errorf("save dead letter: %w", err)
	}
	return nil
}

func (s *stateDB) deadLetters(limit int) ([]DeadLetter, error) {
	if s.db == nil {
		s.mu.Lock()
		defer s.mu.Unlock()
		var out []DeadLetter
		for i := len(s.mem) - 1; i >= 0 && len(out) < limit; i-- {
			out = append(out, s.mem[i])
		}
		return out, nil
	}
	rows, err := s.db.Query(`SELECT id, body FROM dead_letters ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("dead letters: %w", err)
	}
	defer rows.Close()
	var out []DeadLetter
	for rows.Next() {
		var id int64
		var body string
		if err := rows.Scan(&id, &body); err != nil {
			return nil, fmt.Errorf("dead letters: %w", err)
		}
		var d DeadLetter
		if err := json.Unmarshal([]byte(body), &d); err != nil {
			return nil, fmt.Errorf("dead letters: bad row: %w", err)
		}
		d.ID = id
		out = append(out, d)
	}
	return out, rows.Err()
}
