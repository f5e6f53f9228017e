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

  // openRules lists the rules; each opens in the editor.
  async function openRules() {
    show(el('p', { text: t('loading') }));
    let data;
    try { data = await call('GET', 'api/v1/rules'); } catch (e) { show(el('h3', { text: t('rules') }), el('p', { class: 'err', text: String(e.message) })); return; }
    const list = el('ul', { class: 'event-list', id: 'rules-list' });
    for (const r of data.rules || []) {
      const label = r.id + (r.name ? ' · ' + r.name : '') + (r.disabled ? ' (' + t('disabled') + ')' : '');
      list.append(el('li', { dir: 'auto', 'data-rule': r.id, text: label }));
    }
    show(el('h3', { text: t('rules') }), (data.rules || []).length ? list : el('p', { class: 'meta', text: t('noRules') }));
  }

  function route() {
    if (location.hash === '#rules') openRules();
  }
  function label() { const a = $('#rules-link'); if (a) a.textContent = t('rules'); }
  document.addEventListener('DOMContentLoaded', () => {
    label();
    const b = $('#lang');
    if (b) b.addEventListener('click', () => setTimeout(label, 0));
    window.addEventListener('hashchange', route);
    route();
  });
})();
