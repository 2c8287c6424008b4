// page.js: puts the views together: filters, selection, path, tabs, the drawing loop, the
// pointer on the canvas, and window.kgView, the hook through which tests read the page.

const graph = loadGraph();
const sim = createLayout(graph);
const cam = createCamera();
const canvas = document.getElementById('graph');
const names = createNameIndex(graph);
const view = {
  shownNode: new Uint8Array(graph.count), shownEdge: new Uint8Array(graph.edges.length),
  kindShown: graph.data.kinds.map(() => true), from: '', to: '', hideIsolated: true,
  selected: -1, hovered: -1, pathNodes: new Set(), pathEdges: new Set(),
  // Whether an event lies in the date window (an undated one only when there is none).
  inWindow(i) {
    if (!view.from && !view.to) return true;
    if (Number.isNaN(graph.dayOf[i])) return false;
    return (!view.from || graph.lastDayOf[i] >= dayNumber(view.from)) &&
           (!view.to || graph.dayOf[i] <= dayNumber(view.to));
  },
};
const stats = { drawn: 0, frames: 0, firstFrameMs: null };
let dirty = true, sideDirty = true;

function applyFilters() {
  for (let i = 0; i < graph.count; ++i) {
    const node = graph.nodes[i];
    view.shownNode[i] = view.kindShown[node.kind] && (node.kind !== EVENT_KIND || view.inWindow(i)) ? 1 : 0;
  }
  const linked = new Uint8Array(graph.count);
  view.shownEdgeCount = 0;
  graph.edges.forEach((e, i) => {
    view.shownEdge[i] = view.shownNode[e.source] && view.shownNode[e.target] ? 1 : 0;
    if (view.shownEdge[i]) { linked[e.source] = linked[e.target] = 1; view.shownEdgeCount++; }
  });
  if (view.hideIsolated) for (let i = 0; i < graph.count; ++i) if (!linked[i]) view.shownNode[i] = 0;
  sim.setActive(view.shownNode, view.shownEdge);
  if (stats.frames > 0) sim.reheat(0.25);
  for (const i of view.pathNodes) if (!view.shownNode[i]) { clearPath(); break; }
  document.getElementById('from').value = view.from;
  document.getElementById('to').value = view.to;
  timeline.setRange(view.from, view.to);
  updateLegend();
  dirty = sideDirty = true;
}

function updateLegend() {
  const shown = graph.data.kinds.map(() => 0), total = graph.data.kinds.map(() => 0);
  for (let i = 0; i < graph.count; ++i) {
    total[graph.nodes[i].kind]++;
    if (view.shownNode[i]) shown[graph.nodes[i].kind]++;
  }
  document.querySelectorAll('#legend .count').forEach((span, kind) => {
    span.textContent = shown[kind] + ' / ' + total[kind];
  });
  const edges = view.shownEdgeCount;
  document.getElementById('status').textContent =
    shown.reduce((a, b) => a + b, 0) + ' of ' + graph.count + ' nodes, ' + edges + ' of ' +
    graph.edges.length + ' edges shown';
}

function buildLegend() {
  const legend = document.getElementById('legend');
  graph.data.kinds.forEach((kind, k) => {
    const li = element('li');
    const box = element('input');
    box.type = 'checkbox'; box.checked = true; box.id = 'kind-' + kind.name;
    box.addEventListener('change', () => { view.kindShown[k] = box.checked; applyFilters(); });
    const swatch = element('span', null, 'swatch');
    swatch.style.background = kind.colour;
    const label = element('label', kind.name);
    label.htmlFor = box.id;
    li.append(box, swatch, label, element('span', '', 'count'));
    legend.append(li);
  });
  const edgeLegend = document.getElementById('edge-legend');
  graph.data.edgeKinds.forEach((name, k) => {
    const line = element('span', null, 'line');
    line.style.borderColor = EDGE_COLOURS[k];
    const li = element('li');
    li.append(line, element('span', name));
    edgeLegend.append(li);
  });
}

function select(i, centre) {
  view.selected = i;
  if (i >= 0) {
    showCard(document.getElementById('card'), graph, i, actions);
    if (centre) {
      showTab('graph-view');
      if (cam.scale < 0.8) cam.scale = 0.8;
      cam.centreOn(sim.x[i], sim.y[i]);
    }
  }
  dirty = sideDirty = true;
}

// The shortest path between two nodes over the shown edges (breadth-first, direction ignored).
function shortestPath(from, to) {
  const previous = new Int32Array(graph.count).fill(-1), via = new Int32Array(graph.count).fill(-1);
  previous[from] = from;
  const queue = [from];
  for (let head = 0; head < queue.length && previous[to] < 0; ++head) {
    const node = queue[head];
    for (const e of graph.adjacency[node]) {
      if (!view.shownEdge[e]) continue;
      const next = other(graph.edges[e], node);
      if (previous[next] >= 0) continue;
      previous[next] = node; via[next] = e;
      queue.push(next);
    }
  }
  if (previous[to] < 0) return null;
  const nodes = [to], edges = [];
  for (let node = to; node !== from; node = previous[node]) { edges.push(via[node]); nodes.push(previous[node]); }
  return { nodes: nodes.reverse(), edges: edges.reverse() };
}

function pickedNode(input) {
  if (input.dataset.node !== undefined) return Number(input.dataset.node);
  const match = names.find(input.value, 1)[0];
  return match ? match.node : -1;
}

function findPath() {
  const from = pickedNode(document.getElementById('path-from'));
  const to = pickedNode(document.getElementById('path-to'));
  const result = document.getElementById('path-result');
  clearPath();
  if (from < 0 || to < 0) { result.append(element('li', 'Pick two names first.', 'hint')); return; }
  const path = view.shownNode[from] && view.shownNode[to] ? shortestPath(from, to) : null;
  if (!path) { result.append(element('li', 'No path between them among the shown nodes.', 'hint')); return; }
  path.nodes.forEach((node, k) => {
    const li = element('li');
    if (k > 0) li.append(element('div', edgeLabel(graph, graph.edges[path.edges[k - 1]], path.nodes[k - 1]), 'edge'));
    li.append(nodeLink(node, actions));
    result.append(li);
  });
  view.pathNodes = new Set(path.nodes);
  view.pathEdges = new Set(path.edges);
  cam.fit(path.nodes, sim.x, sim.y);
  cam.scale = Math.min(cam.scale, 2);
  cam.fit(path.nodes, sim.x, sim.y);
  cam.userMoved = true;
  dirty = true;
}

function clearPath() {
  view.pathNodes = new Set(); view.pathEdges = new Set();
  document.getElementById('path-result').replaceChildren();
  dirty = true;
}

function showTab(id) {
  document.querySelectorAll('#tabs button').forEach((b) => b.classList.toggle('active', b.dataset.tab === id));
  document.querySelectorAll('.view').forEach((v) => { v.hidden = v.id !== id; });
  if (id === 'matrix-view') matrixView.draw(view);
  dirty = sideDirty = true;
}

const actions = {
  graph,
  select,
  centre(i) { cam.centreOn(sim.x[i], sim.y[i]); dirty = true; },
  setPathEnd(inputId, i) {
    const input = document.getElementById(inputId);
    input.value = graph.nodes[i].name;
    input.dataset.node = String(i);
    const fromSet = document.getElementById('path-from').dataset.node !== undefined;
    const toSet = document.getElementById('path-to').dataset.node !== undefined;
    if (fromSet && toSet) findPath();
  },
};

const timeline = createTimeline(document.getElementById('timeline'), graph, (from, to) => {
  view.from = from; view.to = to;
  applyFilters();
  if (!document.getElementById('matrix-view').hidden) matrixView.draw(view);
});
const matrixView = createMatrix(document.getElementById('matrix'), document.getElementById('cell'), graph, actions);

// ---- The pointer on the graph ----
let gesture = null;
canvas.addEventListener('pointerdown', (event) => {
  const i = nodeAt(graph, sim, cam, view, event.offsetX, event.offsetY);
  canvas.setPointerCapture(event.pointerId);
  gesture = { node: i, x: event.offsetX, y: event.offsetY, tx: cam.tx, ty: cam.ty, moved: false };
  if (i >= 0) {
    sim.pinned[i] = 1;
    sim.alphaTarget = 0.1;
    sim.reheat(0.1);
    cam.userMoved = true;
  }
});
canvas.addEventListener('pointermove', (event) => {
  if (!gesture) {
    const i = nodeAt(graph, sim, cam, view, event.offsetX, event.offsetY);
    if (i !== view.hovered) { view.hovered = i; dirty = true; }
    canvas.style.cursor = i >= 0 ? 'pointer' : 'grab';
    return;
  }
  if (Math.abs(event.offsetX - gesture.x) + Math.abs(event.offsetY - gesture.y) > 3) gesture.moved = true;
  if (gesture.node >= 0) {
    sim.x[gesture.node] = cam.toWorldX(event.offsetX);
    sim.y[gesture.node] = cam.toWorldY(event.offsetY);
  } else {
    cam.tx = gesture.tx + event.offsetX - gesture.x;
    cam.ty = gesture.ty + event.offsetY - gesture.y;
    cam.userMoved = true;
  }
  dirty = true;
});
canvas.addEventListener('pointerup', () => {
  if (!gesture) return;
  if (gesture.node >= 0) {
    sim.pinned[gesture.node] = 0;
    sim.alphaTarget = 0;
  }
  if (!gesture.moved) select(gesture.node, false);
  gesture = null;
});
canvas.addEventListener('wheel', (event) => {
  event.preventDefault();
  cam.zoomAt(event.offsetX, event.offsetY, Math.exp(-event.deltaY * 0.0015));
  dirty = true;
}, { passive: false });

// ---- Controls ----
buildLegend();
document.getElementById('title').textContent = graph.data.corpus || 'kg';
document.getElementById('hide-isolated').addEventListener('change', (event) => {
  view.hideIsolated = event.target.checked; applyFilters();
});
for (const id of ['from', 'to'])
  document.getElementById(id).addEventListener('change', (event) => {
    view[id] = event.target.value; applyFilters();
  });
document.getElementById('all-dates').addEventListener('click', () => { view.from = view.to = ''; applyFilters(); });
document.getElementById('find-path').addEventListener('click', findPath);
document.getElementById('clear-path').addEventListener('click', clearPath);
document.getElementById('fit').addEventListener('click', () => { cam.userMoved = false; dirty = true; });
document.querySelectorAll('#tabs button').forEach((b) => b.addEventListener('click', () => showTab(b.dataset.tab)));
attachSuggestions(document.getElementById('search'), graph, names, (i) => select(i, true));
attachSuggestions(document.getElementById('path-from'), graph, names, () => {});
attachSuggestions(document.getElementById('path-to'), graph, names, () => {});
window.addEventListener('resize', () => { dirty = sideDirty = true; });
matrixView.init(view, graph.data.matrixNote);
applyFilters();

// ---- Drawing ----
function drawFrame() {
  const box = canvas.getBoundingClientRect();
  cam.width = box.width; cam.height = box.height;
  if (!cam.userMoved) cam.fit(sim.active, sim.x, sim.y);
  stats.drawn = drawGraph(fitCanvas(canvas, cam.width, cam.height), graph, sim, cam, view);
  if (sideDirty) { timeline.draw(view); sideDirty = false; }
  if (stats.frames++ === 0) stats.firstFrameMs = performance.now();
  dirty = false;
}

function loop() {
  requestAnimationFrame(loop);
  if (sim.running()) { sim.step(gesture && gesture.node >= 0 ? 8 : 14, !gesture); dirty = true; }
  if (dirty && !document.getElementById('graph-view').hidden) drawFrame();
  else if (sideDirty) { timeline.draw(view); sideDirty = false; }
}
drawFrame();
requestAnimationFrame(loop);

// The hook for tests and benchmarks (tests/browser/).
window.kgView = {
  nodeCount: graph.count,
  drawnNodes: () => stats.drawn,
  frames: () => stats.frames,
  redraw() { dirty = true; },
  firstFrameMs: () => stats.firstFrameMs,
  layoutRunning: () => sim.running(),
  busiest: () => graph.nodes[graph.byDegree.find((i) => view.shownNode[i])].id,
  selected: () => (view.selected >= 0 ? graph.nodes[view.selected].id : null),
  // The centre of a node in page coordinates, or null when it is not shown.
  screenPosition(id) {
    const i = graph.nodes.findIndex((node) => node.id === id);
    if (i < 0 || !view.shownNode[i]) return null;
    const box = canvas.getBoundingClientRect();
    return { x: box.left + cam.toScreenX(sim.x[i]), y: box.top + cam.toScreenY(sim.y[i]) };
  },
  node(id) {
    const node = graph.nodes.find((n) => n.id === id);
    return node ? { name: node.name, aliases: node.aliases || [], kind: graph.data.kinds[node.kind].name } : null;
  },
  // The matrix's rows and columns as node ids; null without a matrix.
  matrixRows: () => graph.data.matrix && graph.data.matrix.rows.map((i) => graph.nodes[i].id),
  matrixColumns: () => graph.data.matrix && graph.data.matrix.columns.map((i) => graph.nodes[i].id),
  matrixCell(r, c) {
    const centre = matrixView.cellCentre(r, c);
    return centre && { x: centre.x, y: centre.y, count: matrixView.cellCount(r, c, view) };
  },
};
