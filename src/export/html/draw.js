// draw.js: the graph on its canvas. Edges are stroked as one path per kind and nodes filled
// as one path per kind, so a frame costs a few draw calls whatever the size of the graph;
// labels go to the busiest nodes on screen and to those the user picked.

const EDGE_COLOURS = ['#8c8c8c', '#4a86c5', '#2e9a44'];  // attended, represents, funds
const EDGE_RGB = [[140, 140, 140], [74, 134, 197], [46, 154, 68]];
const STROKE_LIMIT = 3000;  // more shown edges than this are rasterised by rasterEdges

function nodeRadius(graph, i) {
  return Math.min(3 + 1.1 * Math.sqrt(graph.degree[i]), 16);
}

function screenRadius(graph, cam, i) {
  return Math.max(1.6, nodeRadius(graph, i) * Math.sqrt(cam.scale));
}

// Draws one frame; returns the number of nodes drawn.
function drawGraph(context, graph, sim, cam, view) {
  const { x, y } = sim;
  const kinds = graph.data.kinds;
  context.save();
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  context.restore();
  const focus = view.pathNodes.size > 0;
  const sx = (i) => x[i] * cam.scale + cam.tx, sy = (i) => y[i] * cam.scale + cam.ty;

  // Edges: stroked by the canvas while they are few (anti-aliased), rasterised by hand when
  // there are many, since the canvas strokes a path of 20,000 lines too slowly to drag.
  const edgeAlpha = focus ? 0.12 : 0.45;
  if (view.shownEdgeCount > STROKE_LIMIT) {
    rasterEdges(context, graph, sim, cam, view, focus ? 0.05 : 0.2);
  } else {
    context.lineWidth = 0.8;
    for (let kind = 0; kind < EDGE_COLOURS.length; ++kind) {
      context.beginPath();
      for (let i = 0; i < graph.edges.length; ++i) {
        if (!view.shownEdge[i] || graph.edgeKind[i] !== kind) continue;
        const s = graph.edgeSource[i], t = graph.edgeTarget[i];
        context.moveTo(sx(s), sy(s));
        context.lineTo(sx(t), sy(t));
      }
      context.globalAlpha = edgeAlpha;
      context.strokeStyle = EDGE_COLOURS[kind];
      context.stroke();
    }
    context.globalAlpha = 1;
  }

  // The selected node's edges, then the path's, drawn over the rest.
  const strong = (edges, colour, width) => {
    context.beginPath();
    for (const i of edges) {
      if (!view.shownEdge[i]) continue;
      const e = graph.edges[i];
      context.moveTo(sx(e.source), sy(e.source));
      context.lineTo(sx(e.target), sy(e.target));
    }
    context.lineWidth = width; context.strokeStyle = colour; context.stroke();
  };
  if (view.selected >= 0 && !focus) strong(graph.adjacency[view.selected], '#333', 1.4);
  if (focus) strong(view.pathEdges, '#d62728', 3);

  // Nodes, one path per kind.
  let drawn = 0;
  for (let kind = 0; kind < kinds.length; ++kind) {
    context.beginPath();
    for (let i = 0; i < graph.count; ++i) {
      if (!view.shownNode[i] || graph.nodes[i].kind !== kind) continue;
      const r = screenRadius(graph, cam, i), px = sx(i), py = sy(i);
      if (px < -r || py < -r || px > cam.width + r || py > cam.height + r) { ++drawn; continue; }
      context.moveTo(px + r, py);
      context.arc(px, py, r, 0, 2 * Math.PI);
      ++drawn;
    }
    context.globalAlpha = focus ? 0.25 : 1;
    context.fillStyle = kinds[kind].colour;
    context.fill();
  }
  context.globalAlpha = 1;

  // Rings around the picked nodes.
  const ring = (i, colour, width) => {
    if (i < 0 || !view.shownNode[i]) return;
    const r = screenRadius(graph, cam, i) + 2.5;
    context.beginPath(); context.arc(sx(i), sy(i), r, 0, 2 * Math.PI);
    context.lineWidth = width; context.strokeStyle = colour; context.stroke();
  };
  for (const i of view.pathNodes) {
    context.beginPath();
    context.arc(sx(i), sy(i), screenRadius(graph, cam, i), 0, 2 * Math.PI);
    context.fillStyle = kinds[graph.nodes[i].kind].colour; context.fill();
    ring(i, '#d62728', 2);
  }
  ring(view.hovered, '#999', 1.5);
  ring(view.selected, '#111', 2.5);

  drawLabels(context, graph, cam, view, sx, sy);
  return drawn;
}

function drawLabels(context, graph, cam, view, sx, sy) {
  // Always labelled: the selected node, the hovered one, the path's. Then, where they fit
  // without overlapping a label already placed, the selected node's neighbours and the
  // busiest nodes on screen.
  const forced = new Set(view.pathNodes);
  for (const i of [view.selected, view.hovered]) if (i >= 0) forced.add(i);
  const labels = [...forced].filter((i) => view.shownNode[i]);
  if (view.selected >= 0 && !view.pathNodes.size)
    for (const e of graph.adjacency[view.selected])
      if (view.shownEdge[e]) labels.push(other(graph.edges[e], view.selected));
  const budget = labels.length + Math.round(Math.min(80, 30 * Math.max(1, cam.scale)));
  for (let k = 0; k < graph.byDegree.length && labels.length < budget; ++k) {
    const i = graph.byDegree[k];
    if (!view.shownNode[i]) continue;
    const px = sx(i), py = sy(i);
    if (px < 0 || py < 0 || px > cam.width || py > cam.height) continue;
    labels.push(i);
  }
  context.font = '11px system-ui, "DejaVu Sans", sans-serif';
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  const placed = [], done = new Set();
  const overlaps = (box) => placed.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]);
  for (const i of labels) {
    if (done.has(i)) continue;
    done.add(i);
    const node = graph.nodes[i];
    const text = shorten(node.kind === EVENT_KIND && node.date ? node.date + ' ' + node.name : node.name, 40);
    const px = sx(i) + screenRadius(graph, cam, i) + 3, py = sy(i);
    const box = [px, py - 7, px + context.measureText(text).width, py + 7];
    if (!forced.has(i) && overlaps(box)) continue;
    placed.push(box);
    context.lineWidth = 3; context.strokeStyle = 'rgba(255,255,255,0.9)';
    context.strokeText(text, px, py);
    context.fillStyle = forced.has(i) ? '#000' : '#333';
    context.fillText(text, px, py);
  }
}

// The shown node under a point of the canvas, or -1: the nearest whose disc (plus a few
// pixels of slack) holds the point.
function nodeAt(graph, sim, cam, view, px, py) {
  let best = -1, bestD2 = Infinity;
  for (let i = 0; i < graph.count; ++i) {
    if (!view.shownNode[i]) continue;
    const dx = sim.x[i] * cam.scale + cam.tx - px, dy = sim.y[i] * cam.scale + cam.ty - py;
    const d2 = dx * dx + dy * dy, r = screenRadius(graph, cam, i) + 4;
    if (d2 <= r * r && d2 < bestD2) { best = i; bestD2 = d2; }
  }
  return best;
}

// Every shown edge as a one-pixel line into an image of the canvas's size: each pixel counts
// the lines through it and takes the colour of the last one's kind, the darker the more lines
// cross it. Lines are clipped to the canvas first (Liang-Barsky).
const raster = { width: 0, height: 0, image: null, pixels: null, count: null, alpha: -1, lookup: null };

function rasterEdges(context, graph, sim, cam, view, alpha) {
  const w = context.canvas.width, h = context.canvas.height;
  if (raster.width !== w || raster.height !== h) {
    raster.width = w; raster.height = h;
    raster.image = context.createImageData(w, h);
    raster.pixels = new Uint32Array(raster.image.data.buffer);
    raster.count = new Uint8Array(w * h);
  }
  if (raster.alpha !== alpha) {
    // lookup[kind * 256 + n]: white covered n times by the kind's colour at `alpha`, as RGBA.
    raster.alpha = alpha;
    raster.lookup = new Uint32Array(EDGE_RGB.length * 256);
    EDGE_RGB.forEach(([r, g, b], k) => {
      for (let n = 0; n < 256; ++n) {
        const a = 1 - Math.pow(1 - alpha, n);
        const mix = (v) => Math.round(255 + (v - 255) * a);
        raster.lookup[k * 256 + n] = (255 << 24 | mix(b) << 16 | mix(g) << 8 | mix(r)) >>> 0;
      }
    });
  }
  const { count, pixels, lookup } = raster;
  count.fill(0);
  pixels.fill(lookup[0]);
  const ratio = w / Math.max(cam.width, 1);
  const scale = cam.scale * ratio, tx = cam.tx * ratio, ty = cam.ty * ratio;
  const { x, y } = sim;
  const xMax = w - 1, yMax = h - 1;
  for (let i = 0; i < graph.edges.length; ++i) {
    if (!view.shownEdge[i]) continue;
    const s = graph.edgeSource[i], t = graph.edgeTarget[i];
    const x0 = x[s] * scale + tx, y0 = y[s] * scale + ty;
    const dx = x[t] * scale + tx - x0, dy = y[t] * scale + ty - y0;
    let t0 = 0, t1 = 1, visible = true;
    // Liang-Barsky against the four sides: p * t <= q.
    for (let side = 0; side < 4 && visible; ++side) {
      const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
      const q = side === 0 ? x0 : side === 1 ? xMax - x0 : side === 2 ? y0 : yMax - y0;
      if (p === 0) { visible = q >= 0; continue; }
      const r = q / p;
      if (p < 0) { if (r > t1) visible = false; else if (r > t0) t0 = r; }
      else if (r < t0) visible = false; else if (r < t1) t1 = r;
    }
    if (!visible) continue;
    const steps = Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) * (t1 - t0));
    const stepX = steps ? dx * (t1 - t0) / steps : 0, stepY = steps ? dy * (t1 - t0) / steps : 0;
    const base = graph.edgeKind[i] * 256;
    let px = x0 + t0 * dx + 0.5, py = y0 + t0 * dy + 0.5;
    for (let n = 0; n <= steps; ++n, px += stepX, py += stepY) {
      const at = (py | 0) * w + (px | 0);
      const c = count[at] < 255 ? ++count[at] : 255;
      pixels[at] = lookup[base + c];
    }
  }
  context.putImageData(raster.image, 0, 0);
}
