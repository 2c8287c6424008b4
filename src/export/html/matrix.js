// matrix.js: the engagement matrix as a heat map: officials in rows, bodies in columns, each
// cell coloured by the number of events both attended (within the date window). Clicking a
// cell lists those events with the sentences that put each of the two at the event.

function createMatrix(canvas, panel, graph, actions) {
  const matrix = graph.data.matrix;
  const cellSize = 22;
  const cells = new Map();  // "row,column" -> [event node]
  if (matrix) for (const [r, c, events] of matrix.cells) cells.set(r + ',' + c, events);
  let layout = null, picked = null, hover = null;

  function cellEvents(r, c, view) {
    return (cells.get(r + ',' + c) || []).filter((e) => view.inWindow(e));
  }

  function measure(context) {
    context.font = '12px system-ui, "DejaVu Sans", sans-serif';
    const rowWidth = Math.min(220, Math.max(60, ...matrix.rows.map((i) => context.measureText(graph.nodes[i].name).width)) + 12);
    const columnHeight = Math.min(200, Math.max(60, ...matrix.columns.map((i) => context.measureText(shorten(graph.nodes[i].name, 36)).width)) * 0.77 + 16);
    return { left: rowWidth, top: columnHeight,
             width: rowWidth + matrix.columns.length * cellSize + 160,
             height: columnHeight + matrix.rows.length * cellSize + 10 };
  }

  function colour(count, max) {
    if (!count) return '#f2f2f2';
    const t = Math.sqrt(count / max), from = [254, 232, 200], to = [179, 0, 0];
    const mix = (k) => Math.round(from[k] + (to[k] - from[k]) * t);
    return `rgb(${mix(0)},${mix(1)},${mix(2)})`;
  }

  function draw(view) {
    if (!matrix) return;
    let context = canvas.getContext('2d');
    layout = measure(context);
    canvas.style.width = layout.width + 'px';
    canvas.style.height = layout.height + 'px';
    context = fitCanvas(canvas, layout.width, layout.height);
    context.clearRect(0, 0, layout.width, layout.height);
    const counts = matrix.rows.map((_, r) => matrix.columns.map((_, c) => cellEvents(r, c, view).length));
    const max = Math.max(1, ...counts.flat());
    context.font = '12px system-ui, "DejaVu Sans", sans-serif';
    context.textBaseline = 'middle';
    matrix.rows.forEach((node, r) => {
      const cy = layout.top + r * cellSize + cellSize / 2;
      context.fillStyle = picked && picked[0] === r ? '#000' : '#333';
      context.textAlign = 'right';
      context.fillText(shorten(graph.nodes[node].name, 30), layout.left - 8, cy);
    });
    matrix.columns.forEach((node, c) => {
      context.save();
      context.translate(layout.left + c * cellSize + cellSize / 2, layout.top - 6);
      context.rotate(-Math.PI / 4);
      context.textAlign = 'left';
      context.fillStyle = picked && picked[1] === c ? '#000' : '#333';
      context.fillText(shorten(graph.nodes[node].name, 36), 0, 0);
      context.restore();
    });
    context.textAlign = 'center';
    context.font = '10px system-ui, "DejaVu Sans", sans-serif';
    counts.forEach((row, r) => row.forEach((count, c) => {
      const px = layout.left + c * cellSize, py = layout.top + r * cellSize;
      context.fillStyle = colour(count, max);
      context.fillRect(px + 1, py + 1, cellSize - 2, cellSize - 2);
      if (count) {
        context.fillStyle = Math.sqrt(count / max) > 0.55 ? '#fff' : '#333';
        context.fillText(String(count), px + cellSize / 2, py + cellSize / 2 + 0.5);
      }
    }));
    const outline = (cell, style) => {
      if (!cell) return;
      context.strokeStyle = style; context.lineWidth = 2;
      context.strokeRect(layout.left + cell[1] * cellSize + 1, layout.top + cell[0] * cellSize + 1, cellSize - 2, cellSize - 2);
    };
    outline(hover, '#888');
    outline(picked, '#111');
  }

  function cellAt(px, py) {
    if (!layout) return null;
    const c = Math.floor((px - layout.left) / cellSize), r = Math.floor((py - layout.top) / cellSize);
    return r >= 0 && c >= 0 && r < matrix.rows.length && c < matrix.columns.length ? [r, c] : null;
  }

  // The sentences of `node`'s edges to `event`, each once.
  function evidenceOf(node, event) {
    const out = [], seen = new Set();
    for (const e of graph.adjacency[node]) {
      const edge = graph.edges[e];
      if (other(edge, node) !== event) continue;
      for (const [item, rule, sentence] of edge.evidence) {
        if (seen.has(sentence)) continue;
        seen.add(sentence);
        out.push({ item, rule: graph.data.rules[rule], sentence: graph.data.sentences[sentence] });
      }
    }
    return out;
  }

  function showCell(r, c, view) {
    picked = [r, c];
    const official = matrix.rows[r], body = matrix.columns[c];
    const events = cellEvents(r, c, view);
    panel.replaceChildren();
    const title = element('h2', '', 'name');
    title.append(nodeLink(official, actions), ' \u00d7 ', nodeLink(body, actions));
    panel.append(title, element('p', events.length + (events.length === 1 ? ' shared event' : ' shared events')));
    const list = element('ol', null, 'cell-events');
    for (const event of events) {
      const li = element('li');
      li.append(element('span', eventDates(graph.nodes[event]), 'date-tag'), nodeLink(event, actions));
      const seen = new Set();
      for (const who of [official, body])
        for (const piece of evidenceOf(who, event)) {
          if (seen.has(piece.sentence)) continue;
          seen.add(piece.sentence);
          li.append(quote(piece));
        }
      list.append(li);
    }
    panel.append(list);
    draw(view);
  }

  function init(view, note) {
    document.getElementById('matrix-title').textContent = matrix ? matrix.title : note;
    if (!matrix) return;
    canvas.addEventListener('mousemove', (event) => {
      const cell = cellAt(event.offsetX, event.offsetY);
      if (String(cell) !== String(hover)) { hover = cell; draw(view); }
      canvas.style.cursor = cell ? 'pointer' : 'default';
    });
    canvas.addEventListener('click', (event) => {
      const cell = cellAt(event.offsetX, event.offsetY);
      if (cell) showCell(cell[0], cell[1], view);
    });
  }

  return {
    init, draw,
    // The centre of a cell in page coordinates (for tests), or null without a matrix.
    cellCentre(r, c) {
      if (!matrix || !layout) return null;
      const box = canvas.getBoundingClientRect();
      return { x: box.left + layout.left + c * cellSize + cellSize / 2,
               y: box.top + layout.top + r * cellSize + cellSize / 2 };
    },
    cellCount: (r, c, view) => cellEvents(r, c, view).length,
  };
}

// A link that selects a node in the graph.
function nodeLink(node, actions) {
  const a = element('a', null, 'node');
  a.textContent = actions.graph.nodes[node].name;
  a.addEventListener('click', () => actions.select(node, true));
  return a;
}

// One piece of evidence: the sentence, then its item and rule.
function quote(piece) {
  const q = element('blockquote', piece.sentence);
  q.append(element('span', 'item ' + piece.item + ' \u00b7 ' + piece.rule, 'source'));
  return q;
}
