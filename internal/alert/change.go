package alert

import (
	"context"
	"slices"

	"github.com/marsad/marsad"
)

// OnChange applies an analyst's correction or deletion of an event (the
// web server's PATCH/DELETE /api/v1/events/{id}) to the alerts: a corrected
// event that still matches a rule replaces its report in place; one that no
// longer matches, or a deleted one, leaves the alerts it was in (an alert
// left without reports resolves); a corrected event that now matches a rule
// is observed like a new one. a is the event's article.
func (m *Manager) OnChange(ctx context.Context, a *marsad.Article, ch marsad.EventChange) {
	if a == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.cfg.Now().UTC()
	var ev *marsad.Event
	matched := map[string]bool{}
	if ch.Action == marsad.ChangeCorrect && ch.Event != nil {
		ev = ch.Event
		if ev.ID == "" {
			ev.ID = ch.EventID
		}
		for _, r := range m.rules.Match(ev, a) {
			matched[r.ID] = true
		}
	}
	seen := map[string]bool{} // rules with an alert holding the event
	for ruleID, list := range m.active {
		keep := list[:0]
		for _, al := range list {
			i := slices.IndexFunc(al.Reports, func(r Report) bool { return r.EventID == ch.EventID })
			if i < 0 {
				keep = append(keep, al)
				continue
			}
			if matched[ruleID] {
				seen[ruleID] = true
				rep := al.Reports[i]
				rep.Event = *ev
				rep.Evidence = evidenceList(a.Text, ev.Evidence)
				if addReport(al, rep) {
					al.UpdatedAt, al.Version = now, al.Version+1
					m.save(al)
				}
				keep = append(keep, al)
				continue
			}
			al.Reports = slices.Delete(al.Reports, i, i+1)
			countSources(al)
			al.UpdatedAt, al.Version = now, al.Version+1
			if len(al.Reports) == 0 {
				wasFiring := al.State == StateFiring
				al.State, al.ResolvedAt = StateResolved, now
				m.save(al)
				if r := m.rules.Rule(ruleID); wasFiring && r != nil {
					m.notify(ctx, r, &Notification{Version: 1, Status: StateResolved, Rule: *r, Alert: al})
				}
				continue
			}
			al.Event = al.Reports[0].Event
			if r := m.rules.Rule(ruleID); r != nil {
				m.advance(ctx, r, al, now) // fewer sources may stop the for clock
			}
			m.save(al)
			keep = append(keep, al)
		}
		if len(keep) == 0 {
			delete(m.active, ruleID)
		} else {
			m.active[ruleID] = keep
		}
	}
	if ev == nil {
		return
	}
	for _, r := range m.rules.Match(ev, a) {
		if !seen[r.ID] {
			m.observe(ctx, r, ev, a, now)
		}
	}
}

// save writes an alert, logging a failure (alert state in memory stays
// right; the next save retries). m.mu is held.
func (m *Manager) save(al *Alert) {
	if err := m.db.saveAlert(al); err != nil {
		m.log.Error("save alert", "rule", al.RuleID, "alert", al.ID, "err", err)
	}
}
