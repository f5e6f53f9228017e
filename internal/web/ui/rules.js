// Marsad's watch-rule editor (admin). Rule ids, names and YAML are data:
// they reach the page through textContent and form values, never innerHTML.
'use strict';

(function () {
  const I18N = {
    ar: {
      rules: 'قواعد المراقبة', loading: 'جارٍ التحميل…', noRules: 'لا قواعد بعد', newRule: 'قاعدة جديدة',
      edit: 'تعديل', validate: 'تحقّق', save: 'حفظ', del: 'حذف', test: 'جرّب على المقالات الأخيرة',
      valid: 'القاعدة سليمة', saved: 'حُفظت القاعدة', deleted: 'حُذفت القاعدة', confirmDelete: 'حذف هذه القاعدة؟',
      yaml: 'نص القاعدة (YAML)', disabled: 'معطّلة', adminPrompt: 'تعديل القواعد يتطلب رمز مدير (marsad token create --role admin):',
      matches: 'أحداث مطابقة', alerts: 'تنبيهات كانت ستُطلق', articlesChecked: 'مقالات فُحصت', sources: 'مصادر',
      back: 'كل القواعد', noMatch: 'لا شيء يطابق في المقالات الأخيرة', line: 'السطر'
    },
    en: {
      rules: 'Watch rules', loading: 'Loading…', noRules: 'No rules yet', newRule: 'New rule',
      edit: 'Edit', validate: 'Validate', save: 'Save', del: 'Delete', test: 'Test against recent articles',
      valid: 'The rule is valid', saved: 'Rule saved', deleted: 'Rule deleted', confirmDelete: 'Delete this rule?',
      yaml: 'Rule (YAML)', disabled: 'disabled', adminPrompt: 'Editing rules needs an admin token (marsad token create --role admin):',
      matches: 'Matching events', alerts: 'Alerts it would raise', articlesChecked: 'articles checked', sources: 'sources',
      back: 'All rules', noMatch: 'Nothing matches in the recent articles', line: 'line'
    }
  };
  const $ = (sel) => document.querySelector(sel);
  const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'ar');
  const t = (k) => I18N[lang()][k] || I18N.ar[k] || k;

  // el builds an element; children are nodes or strings (as text nodes).
  function el(tag, attrs, ...children) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') n.className = v;
      else if (k === 'text') n.textContent = v;
      else if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
      else n.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === undefined || c === null) continue;
      n.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return n;
  }

  // call makes an API request with the tab's token; on 401/403 it asks for
  // an admin token once. The body, if any, is sent as YAML text.
  async function call(method, path, yaml, retried) {
    const headers = { Accept: 'application/json' };
    const tok = sessionStorage.getItem('marsad.token');
    if (tok) headers.Authorization = 'Bearer ' + tok;
    if (yaml !== undefined) headers['Content-Type'] = 'application/yaml';
    const resp = await fetch(path, { method, headers, body: yaml, credentials: 'same-origin' });
    if ((resp.status === 401 || resp.status === 403) && !retried) {
      const nt = window.prompt(t('adminPrompt'));
      if (nt && nt.trim()) {
        sessionStorage.setItem('marsad.token', nt.trim());
        return call(method, path, yaml, true);
      }
    }
    const body = await resp.json().catch(() => ({}));
    if (body.status !== 'success') throw new Error((body.error && body.error.message) || ('HTTP ' + resp.status));
    return body.data;
  }

  function show(...nodes) {
    $('#panel-body').replaceChildren(...nodes);
    $('#panel').hidden = false;
  }

  const TEMPLATE = '# id: lower-case letters, digits, - and _\nid: my-rule\nname: My rule\ntypes: [ASSAULT]\nplaces:\n  - country: SYR\nmin_sources: 1\n';
  // view is what the panel shows, redrawn as it was when the language changes.
  const view = { name: '', id: '', text: '', status: '' };

  // openRules lists the rules; each opens in the editor.
  async function openRules(status) {
    Object.assign(view, { name: 'list', id: '', text: '', status: status || '' });
    show(el('p', { text: t('loading') }));
    let data;
    try { data = await call('GET', 'api/v1/rules'); } catch (e) { show(el('h3', { text: t('rules') }), el('p', { class: 'err', text: String(e.message) })); return; }
    const rules = data.rules || [];
    const list = el('ul', { class: 'event-list', id: 'rules-list' });
    for (const r of rules) {
      const label = r.id + (r.name ? ' · ' + r.name : '') + (r.disabled ? ' (' + t('disabled') + ')' : '');
      list.append(el('li', { dir: 'auto', 'data-rule': r.id, text: label, onclick: () => openRule(r.id) }));
    }
    const note = view.status ? el('p', { class: 'ok', id: 'rule-msg', dir: 'auto', text: view.status }) : null;
    if (note) note.style.color = '#1d6b2f';
    show(el('h3', { text: t('rules') }), note,
      el('p', {}, el('button', { type: 'button', id: 'rule-new', onclick: () => editRule('', TEMPLATE) }, t('newRule'))),
      rules.length ? list : el('p', { class: 'meta', text: t('noRules') }));
  }

  async function openRule(id) {
    show(el('p', { text: t('loading') }));
    try {
      const d = await call('GET', 'api/v1/rules/' + encodeURIComponent(id));
      editRule(id, d.yaml || '');
    } catch (e) { show(el('p', { class: 'err', text: String(e.message) })); }
  }

  // lineOf is the line number an error message starts with ("line 7: …").
  function lineOf(msg) { const m = /^line (\d+)/.exec(msg || ''); return m ? Number(m[1]) : 0; }

  // selectLine puts the caret on line n of the textarea and selects it.
  function selectLine(ta, n) {
    const lines = ta.value.split('\n');
    if (n < 1 || n > lines.length) return;
    let start = 0;
    for (let i = 0; i < n - 1; i++) start += lines[i].length + 1;
    ta.focus();
    ta.setSelectionRange(start, start + lines[n - 1].length);
  }

  // editRule shows one rule's YAML; id is '' for a new rule.
  function editRule(id, text) {
    Object.assign(view, { name: 'edit', id, text });
    const ta = el('textarea', { id: 'rule-yaml', dir: 'ltr', lang: 'en', rows: '18', spellcheck: 'false', 'aria-label': t('yaml') });
    ta.value = text;
    // Styles through the CSSOM: the page's CSP refuses inline style attributes.
    Object.assign(ta.style, { width: '100%', fontFamily: 'monospace', fontSize: '.9rem', direction: 'ltr', textAlign: 'left' });
    ta.addEventListener('input', () => { view.text = ta.value; });
    const msg = el('p', { id: 'rule-msg', dir: 'auto', role: 'status' });
    const results = el('div', { id: 'rule-results' });
    const say = (cls, s) => { msg.className = cls; msg.style.color = cls === 'ok' ? '#1d6b2f' : ''; msg.textContent = s; };
    const fail = (e) => {
      const m = String(e.message || e);
      say('err', m);
      const n = lineOf(m);
      if (n) selectLine(ta, n);
    };
    const validate = async () => {
      results.replaceChildren();
      try { const d = await call('POST', 'api/v1/rules/validate', ta.value); say('ok', t('valid') + ': ' + d.rule.id); return d.rule; } catch (e) { fail(e); return null; }
    };
    const save = async () => {
      const r = await validate();
      if (!r) return;
      try {
        await call('PUT', 'api/v1/rules/' + encodeURIComponent(id || r.id), ta.value);
        openRules(t('saved') + ': ' + r.id);
      } catch (e) { fail(e); }
    };
    const del = async () => {
      if (!window.confirm(t('confirmDelete'))) return;
      try { await call('DELETE', 'api/v1/rules/' + encodeURIComponent(id)); openRules(t('deleted') + ': ' + id); } catch (e) { fail(e); }
    };
    const test = async () => {
      results.replaceChildren(el('p', { text: t('loading') }));
      let d;
      try { d = await call('POST', 'api/v1/rules/test', ta.value); } catch (e) { results.replaceChildren(); fail(e); return; }
      say('ok', d.articles + ' ' + t('articlesChecked') + ' · ' + d.matched + ' ' + t('matches'));
      const matches = el('ul', { class: 'event-list', id: 'rule-matches' });
      for (const mt of d.matches || []) {
        const li = el('li', { dir: 'auto', text: [mt.date || '', mt.type, mt.title || mt.article_id, mt.source || ''].filter(Boolean).join(' · ') });
        li.addEventListener('click', () => { location.hash = 'article=' + encodeURIComponent(mt.article_id) + '&event=' + encodeURIComponent(mt.event_id); });
        matches.append(li);
      }
      const alerts = el('ul', { class: 'event-list', id: 'rule-alerts' });
      for (const a of d.alerts || []) {
        const first = (a.reports && a.reports[0]) || {};
        alerts.append(el('li', { dir: 'auto', text: [a.state, a.event && a.event.type, first.title || '', a.sources + ' ' + t('sources')].filter(Boolean).join(' · ') }));
      }
      results.replaceChildren(
        el('h4', { text: t('matches') + ' (' + d.matched + ')' }), (d.matches || []).length ? matches : el('p', { class: 'meta', text: t('noMatch') }),
        el('h4', { text: t('alerts') + ' (' + (d.alerts || []).length + ')' }), alerts);
    };
    const btn = (bid, label, fn) => el('button', { type: 'button', id: bid, onclick: fn }, label);
    show(el('p', {}, el('a', { href: '#rules', id: 'rule-back', onclick: (e) => { e.preventDefault(); openRules(); } }, t('back'))),
      el('h3', { dir: 'auto', text: id || t('newRule') }),
      el('label', { for: 'rule-yaml', class: 'meta', text: t('yaml') }), ta,
      el('p', { class: 'rule-buttons' }, btn('rule-validate', t('validate'), validate), ' ', btn('rule-save', t('save'), save), ' ',
        btn('rule-test', t('test'), test), ' ', id ? btn('rule-delete', t('del'), del) : null),
      msg, results);
  }

  // redraw shows the current view again in the new language.
  function redraw() {
    label();
    if ($('#panel').hidden || !$('#panel-body #rule-new, #panel-body #rule-yaml')) return;
    if (view.name === 'list') openRules(view.status);
    else if (view.name === 'edit') editRule(view.id, view.text);
  }

  function route() {
    if (location.hash === '#rules') openRules();
  }
  function label() { const a = $('#rules-link'); if (a) a.textContent = t('rules'); }
  document.addEventListener('DOMContentLoaded', () => {
    label();
    const b = $('#lang');
    if (b) b.addEventListener('click', () => setTimeout(redraw, 0));
    // The link does not change the hash when it is already #rules.
    const a = $('#rules-link');
    if (a) a.addEventListener('click', () => { if (location.hash === '#rules') openRules(); });
    window.addEventListener('hashchange', route);
    route();
  });
})();
