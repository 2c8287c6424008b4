// layout.js: a force layout in the manner of d3-force, with a Barnes-Hut quadtree so that a
// tick costs O(n log n): charge between all nodes, springs along edges, a weak pull to the
// centre that keeps components together. Runs a few ticks per frame, cooling as it goes;
// dragging a node warms it again. Starting positions are a phyllotaxis spiral in
// breadth-first order, so the page looks the same every time it opens.

function createLayout(graph) {
  const n = graph.count;
  const x = new Float64Array(n), y = new Float64Array(n);
  const vx = new Float64Array(n), vy = new Float64Array(n);
  const pinned = new Uint8Array(n);
  const sim = { x, y, vx, vy, pinned, alpha: 1, alphaMin: 0.003, alphaTarget: 0, active: null,
                links: new Int32Array(0), ticks: 0 };
  const alphaDecay = 1 - Math.pow(sim.alphaMin, 1 / 300);
  const velocityKeep = 0.6, charge = -40, linkDistance = 26, gravity = 0.04, theta2 = 0.81;

  placeSpiral(graph, x, y);

  // The nodes and edges that take part: those shown. Link strengths follow d3's default,
  // 1 / min(degree), with degrees counted among the shown edges.
  sim.setActive = function (nodeShown, edgeShown) {
    const active = [];
    for (let i = 0; i < n; ++i) if (nodeShown[i]) active.push(i);
    sim.active = Int32Array.from(active);
    const links = [];
    for (let i = 0; i < graph.edges.length; ++i)
      if (edgeShown[i] && graph.edgeSource[i] !== graph.edgeTarget[i]) links.push(i);
    sim.links = Int32Array.from(links);
    const deg = new Int32Array(n);
    for (const i of links) { deg[graph.edgeSource[i]]++; deg[graph.edgeTarget[i]]++; }
    sim.linkDegree = deg;
  };

  const tree = createQuadtree(n);

  sim.tick = function () {
    const active = sim.active, alpha = sim.alpha;
    tree.build(active, x, y);
    for (let k = 0; k < active.length; ++k) tree.repel(active[k], x, y, vx, vy, charge * alpha, theta2);
    const deg = sim.linkDegree;
    for (let k = 0; k < sim.links.length; ++k) {
      const s = graph.edgeSource[sim.links[k]], t = graph.edgeTarget[sim.links[k]];
      let dx = x[t] + vx[t] - x[s] - vx[s], dy = y[t] + vy[t] - y[s] - vy[s];
      let l = Math.sqrt(dx * dx + dy * dy) || 1e-6;
      const strength = 1 / Math.min(deg[s], deg[t]);
      l = (l - linkDistance) / l * alpha * strength;
      dx *= l; dy *= l;
      const bias = deg[s] / (deg[s] + deg[t]);
      vx[t] -= dx * bias; vy[t] -= dy * bias;
      vx[s] += dx * (1 - bias); vy[s] += dy * (1 - bias);
    }
    for (let k = 0; k < active.length; ++k) {
      const i = active[k];
      if (pinned[i]) { vx[i] = vy[i] = 0; continue; }
      vx[i] = (vx[i] - x[i] * gravity * alpha) * velocityKeep;
      vy[i] = (vy[i] - y[i] * gravity * alpha) * velocityKeep;
      x[i] += vx[i]; y[i] += vy[i];
    }
    sim.alpha += (sim.alphaTarget - sim.alpha) * alphaDecay;
    sim.ticks++;
  };

  sim.running = () => sim.alpha >= sim.alphaMin || sim.alphaTarget > 0;
  // Ticks while the layout is warm and the next tick, at the pace of the last ones, fits in
  // `budgetMs`; at least one when `atLeastOne`. Dragging a node of a large graph passes
  // false, so that the frame rate does not wait on the layout.
  let tickMs = 0;
  sim.step = function (budgetMs, atLeastOne) {
    const start = performance.now();
    let ran = 0;
    while (sim.running()) {
      const now = performance.now();
      if ((ran > 0 || !atLeastOne) && now - start + tickMs > budgetMs) break;
      sim.tick();
      tickMs = 0.8 * tickMs + 0.2 * (performance.now() - now);
      ++ran;
    }
    return ran;
  };
  sim.reheat = function (alpha) { sim.alpha = Math.max(sim.alpha, alpha); };
  return sim;
}

// Phyllotaxis positions in breadth-first order from the busiest node of each component, so
// that neighbours start near each other.
function placeSpiral(graph, x, y) {
  const seen = new Uint8Array(graph.count);
  let slot = 0;
  const queue = [];
  for (const start of graph.byDegree) {
    if (seen[start]) continue;
    seen[start] = 1; queue.length = 0; queue.push(start);
    for (let head = 0; head < queue.length; ++head) {
      const node = queue[head];
      const r = 8 * Math.sqrt(0.5 + slot), angle = slot * Math.PI * (3 - Math.sqrt(5));
      x[node] = r * Math.cos(angle); y[node] = r * Math.sin(angle);
      ++slot;
      for (const e of graph.adjacency[node]) {
        const next = other(graph.edges[e], node);
        if (!seen[next]) { seen[next] = 1; queue.push(next); }
      }
    }
  }
}

// A quadtree in flat arrays, rebuilt each tick: a leaf holds one point (or, past the depth
// limit, a chain of coincident points); an inner cell holds the mass and the centre of mass
// of its points.
function createQuadtree(capacityHint) {
  let cap = Math.max(64, capacityHint * 4);
  let child, point, mass, cx, cy, size, cells;
  const nextPoint = new Int32Array(capacityHint);
  function allocate(capacity) {
    const old = { child, point, mass, cx, cy, size };
    child = new Int32Array(capacity * 4); point = new Int32Array(capacity);
    mass = new Float64Array(capacity); cx = new Float64Array(capacity); cy = new Float64Array(capacity);
    size = new Float64Array(capacity);
    if (old.child) {
      child.set(old.child); point.set(old.point); mass.set(old.mass); cx.set(old.cx);
      cy.set(old.cy); size.set(old.size);
    }
    cap = capacity;
  }
  allocate(cap);
  function cell(s) {
    if (cells === cap) allocate(cap * 2);
    const k = cells++;
    child.fill(-1, 4 * k, 4 * k + 4); point[k] = -1; mass[k] = 0; size[k] = s;
    return k;
  }
  const isLeaf = (k) => child[4 * k] < 0 && child[4 * k + 1] < 0 && child[4 * k + 2] < 0 && child[4 * k + 3] < 0;
  let rootX = 0, rootY = 0;

  function insert(i, x, y) {
    let k = 0, x0 = rootX, y0 = rootY, s = size[0], depth = 0;
    for (;;) {
      if (isLeaf(k)) {
        if (point[k] < 0) { point[k] = i; nextPoint[i] = -1; return; }
        if (depth > 40) { nextPoint[i] = point[k]; point[k] = i; return; }
        const j = point[k];  // split: push the resident point one level down
        point[k] = -1;
        const h = s / 2, q = (x[j] >= x0 + h ? 1 : 0) + (y[j] >= y0 + h ? 2 : 0);
        const c = cell(h);
        child[4 * k + q] = c; point[c] = j; nextPoint[j] = -1;
      }
      const h = s / 2, q = (x[i] >= x0 + h ? 1 : 0) + (y[i] >= y0 + h ? 2 : 0);
      if (q & 1) x0 += h;
      if (q & 2) y0 += h;
      let c = child[4 * k + q];
      if (c < 0) { c = cell(h); child[4 * k + q] = c; }
      k = c; s = h; ++depth;
    }
  }

  function accumulate(k, x, y) {
    if (isLeaf(k)) {
      let m = 0, sx = 0, sy = 0;
      for (let p = point[k]; p >= 0; p = nextPoint[p]) { ++m; sx += x[p]; sy += y[p]; }
      mass[k] = m; cx[k] = m ? sx / m : 0; cy[k] = m ? sy / m : 0;
      return;
    }
    let m = 0, sx = 0, sy = 0;
    for (let q = 0; q < 4; ++q) {
      const c = child[4 * k + q];
      if (c < 0) continue;
      accumulate(c, x, y);
      m += mass[c]; sx += cx[c] * mass[c]; sy += cy[c] * mass[c];
    }
    mass[k] = m; cx[k] = m ? sx / m : 0; cy[k] = m ? sy / m : 0;
  }

  const stack = new Int32Array(4096);
  return {
    build(active, x, y) {
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (let k = 0; k < active.length; ++k) {
        const i = active[k];
        if (x[i] < x0) x0 = x[i];
        if (x[i] > x1) x1 = x[i];
        if (y[i] < y0) y0 = y[i];
        if (y[i] > y1) y1 = y[i];
      }
      cells = 0;
      rootX = x0; rootY = y0;
      cell(Math.max(x1 - x0, y1 - y0, 1) * 1.0001);
      for (let k = 0; k < active.length; ++k) insert(active[k], x, y);
      if (active.length) accumulate(0, x, y);
    },
    // Adds to node i's velocity the charge of every other point: far cells as one mass.
    repel(i, x, y, vx, vy, strength, theta2) {
      let top = 0;
      stack[top++] = 0;
      let fx = 0, fy = 0;
      while (top > 0) {
        const k = stack[--top];
        if (mass[k] === 0) continue;
        const dx = cx[k] - x[i], dy = cy[k] - y[i];
        let d2 = dx * dx + dy * dy;
        const leaf = isLeaf(k);
        if (!leaf && size[k] * size[k] < theta2 * d2) {
          d2 = Math.max(d2, 1);
          fx += dx * strength * mass[k] / d2; fy += dy * strength * mass[k] / d2;
          continue;
        }
        if (!leaf) {
          for (let q = 0; q < 4; ++q) if (child[4 * k + q] >= 0) stack[top++] = child[4 * k + q];
          continue;
        }
        for (let p = point[k]; p >= 0; p = nextPoint[p]) {
          if (p === i) continue;
          let ex = x[p] - x[i], ey = y[p] - y[i];
          if (ex === 0 && ey === 0) { ex = ((p * 7919) % 13 - 6) * 1e-3; ey = ((p * 104729) % 11 - 5) * 1e-3; }
          d2 = Math.max(ex * ex + ey * ey, 1);
          fx += ex * strength / d2; fy += ey * strength / d2;
        }
      }
      vx[i] += fx; vy[i] += fy;
    },
  };
}
