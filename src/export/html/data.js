// data.js: reads the page's data and derives what the views need.
//
// The JSON in <script id="kg-data"> (written by src/export/html_data.cpp) is
//   {corpus, kinds: [{name, colour}], edgeKinds: [name],
//    nodes: [{id, kind, name, aliases?, items, n?, date?, end?}],   kind: index into kinds
//    edges: [{source, target, kind, evidence: [[item, rule, sentence]]}],  nodes by position,
//           rule and sentence as positions in `rules` and `sentences`
//    rules: [id], sentences: [text],
//    matrix: {title, rows: [node], columns: [node], cells: [[row, column, [event node]]]} | null,
//    matrixNote}
// The page's scripts share one function scope; each file's top-level names are distinct.

const EVENT_KIND = 4;

function loadGraph() {
  const data = JSON.parse(document.getElementById('kg-data').textContent);
  const count = data.nodes.length;
  const adjacency = Array.from({ length: count }, () => []);
  data.edges.forEach((edge, i) => {
    adjacency[edge.source].push(i);
    if (edge.target !== edge.source) adjacency[edge.target].push(i);
  });
  const degree = Int32Array.from(adjacency, (list) => list.length);
  // The edges' ends and kinds again as typed arrays, for the loops that run every frame.
  const edgeSource = Int32Array.from(data.edges, (e) => e.source);
  const edgeTarget = Int32Array.from(data.edges, (e) => e.target);
  const edgeKind = Int32Array.from(data.edges, (e) => e.kind);
  const eventOfItem = new Map();
  data.nodes.forEach((node, i) => { if (node.kind === EVENT_KIND) eventOfItem.set(node.n, i); });
  const dayOf = new Float64Array(count).fill(NaN);  // events: first day, as a day number
  const lastDayOf = new Float64Array(count).fill(NaN);
  data.nodes.forEach((node, i) => {
    if (node.kind !== EVENT_KIND || !node.date) return;
    dayOf[i] = dayNumber(node.date);
    lastDayOf[i] = node.end ? dayNumber(node.end) : dayOf[i];
  });
  // Nodes by degree, highest first: the order in which labels are drawn.
  const byDegree = Array.from({ length: count }, (_, i) => i).sort((a, b) => degree[b] - degree[a] || a - b);
  return { data, nodes: data.nodes, edges: data.edges, adjacency, degree, edgeSource, edgeTarget,
           edgeKind, eventOfItem, dayOf, lastDayOf, byDegree, count };
}

// "2018-06-19" -> days since 1970-01-01; NaN for anything else.
function dayNumber(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000 : NaN;
}

function isoDate(day) {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

// The key names are compared on: case, accents and punctuation ignored.
function foldName(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function other(edge, node) { return edge.source === node ? edge.target : edge.source; }

function shorten(text, width) {
  return text.length > width ? text.slice(0, width - 1) + '\u2026' : text;
}

// "2018-06-19" or "2018-06-19..2018-06-20".
function eventDates(node) {
  if (!node.date) return '';
  return node.end && node.end !== node.date ? node.date + '..' + node.end : node.date;
}

// An element with text: the page never writes data as HTML.
function element(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = text;
  if (className) e.className = className;
  return e;
}
