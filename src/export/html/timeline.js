// timeline.js: the strip of events by date under the graph. Bars count the events of each
// month (of each day, for a corpus shorter than half a year); dark bars are the events shown.
// Dragging across it picks a date window, a click picks one bar's span, a double click clears.

function createTimeline(canvas, graph, onRange) {
  const days = [];
  for (let i = 0; i < graph.count; ++i) if (!Number.isNaN(graph.dayOf[i])) days.push(graph.dayOf[i]);
  const line = { first: Math.min(...days), last: Math.max(...days), empty: days.length === 0 };
  const monthly = !line.empty && line.last - line.first > 180;
  // Bins as [start day, end day] spans, each a month or a day.
  const bins = [];
  if (!line.empty) {
    if (monthly) {
      const d = new Date(line.first * 86400000);
      let year = d.getUTCFullYear(), month = d.getUTCMonth();
      for (;;) {
        const start = Date.UTC(year, month, 1) / 86400000;
        if (start > line.last) break;
        if (++month === 12) { month = 0; ++year; }
        bins.push([start, Date.UTC(year, month, 1) / 86400000 - 1]);
      }
    } else {
      for (let day = line.first; day <= line.last; ++day) bins.push([day, day]);
    }
  }
  const binOf = (day) => {
    let lo = 0, hi = bins.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (bins[mid][0] <= day) lo = mid; else hi = mid - 1; }
    return lo;
  };
  const total = new Int32Array(bins.length);
  for (const day of days) total[binOf(day)]++;
  const maxCount = Math.max(1, ...total);
  const margin = { left: 12, right: 12, top: 16, bottom: 18 };
  let width = 1, height = 1, drag = null, range = null;

  const xOfBin = (b) => margin.left + (b / Math.max(bins.length, 1)) * (width - margin.left - margin.right);
  const binAtX = (px) => Math.min(bins.length - 1, Math.max(0, Math.floor(
    (px - margin.left) / (width - margin.left - margin.right) * bins.length)));

  function draw(view) {
    const box = canvas.getBoundingClientRect();
    width = box.width; height = box.height;
    const context = fitCanvas(canvas, width, height);
    context.clearRect(0, 0, width, height);
    context.font = '10px system-ui, "DejaVu Sans", sans-serif';
    if (line.empty) {
      context.fillStyle = '#888'; context.fillText('No dated events.', margin.left, height / 2);
      return;
    }
    const shown = new Int32Array(bins.length), picked = new Int32Array(bins.length);
    const pickedEvents = new Set();
    if (view.selected >= 0) {
      if (graph.nodes[view.selected].kind === EVENT_KIND) pickedEvents.add(view.selected);
      for (const e of graph.adjacency[view.selected]) pickedEvents.add(other(graph.edges[e], view.selected));
    }
    for (let i = 0; i < graph.count; ++i) {
      if (Number.isNaN(graph.dayOf[i])) continue;
      const b = binOf(graph.dayOf[i]);
      if (view.shownNode[i]) shown[b]++;
      if (pickedEvents.has(i)) picked[b]++;
    }
    const plot = height - margin.top - margin.bottom;
    const barWidth = Math.max(1, (width - margin.left - margin.right) / bins.length - 1);
    if (range) {
      const a = xOfBin(binOf(range[0])), b = xOfBin(binOf(range[1]) + 1);
      context.fillStyle = 'rgba(31,119,180,0.12)';
      context.fillRect(a, margin.top - 4, b - a, plot + 4);
    }
    for (let b = 0; b < bins.length; ++b) {
      const bx = xOfBin(b);
      const bar = (count, colour) => {
        if (!count) return;
        const h = Math.max(1, Math.sqrt(count / maxCount) * plot);
        context.fillStyle = colour; context.fillRect(bx, margin.top + plot - h, barWidth, h);
      };
      bar(total[b], '#ddd');
      bar(shown[b], '#888');
      bar(picked[b], '#d62728');
    }
    context.fillStyle = '#888'; context.textAlign = 'right'; context.textBaseline = 'top';
    context.fillText('events per ' + (monthly ? 'month' : 'day') + ' \u00b7 drag to pick dates \u00b7 double-click for all',
                     width - margin.right, 2);
    context.textAlign = 'left';
    // Axis: a tick and a label at each year (monthly bins) or each month (daily bins).
    context.fillStyle = '#555'; context.strokeStyle = '#bbb'; context.textBaseline = 'top';
    let lastLabel = -Infinity;
    for (let b = 0; b < bins.length; ++b) {
      const date = new Date(bins[b][0] * 86400000);
      const boundary = monthly ? date.getUTCMonth() === 0 || b === 0 : date.getUTCDate() === 1 || b === 0;
      if (!boundary) continue;
      const bx = xOfBin(b);
      context.beginPath(); context.moveTo(bx, margin.top + plot); context.lineTo(bx, margin.top + plot + 4); context.stroke();
      const label = monthly ? String(date.getUTCFullYear()) : isoDate(bins[b][0]).slice(0, 7);
      if (bx - lastLabel > 34) { context.fillText(label, bx + 2, margin.top + plot + 4); lastLabel = bx; }
    }
  }

  function pick(a, b) {
    const lo = Math.min(a, b), hi = Math.max(a, b);
    onRange(isoDate(bins[lo][0]), isoDate(bins[hi][1]));
  }
  canvas.addEventListener('pointerdown', (event) => {
    if (line.empty) return;
    drag = { start: binAtX(event.offsetX), x: event.offsetX };
    canvas.setPointerCapture(event.pointerId);
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!drag || Math.abs(event.offsetX - drag.x) < 3) return;
    pick(drag.start, binAtX(event.offsetX));
  });
  canvas.addEventListener('pointerup', (event) => {
    if (!drag) return;
    pick(drag.start, binAtX(event.offsetX));
    drag = null;
  });
  canvas.addEventListener('dblclick', () => onRange('', ''));

  return {
    draw,
    // Shows the filter's window, as ISO dates ('' = open).
    setRange(from, to) {
      range = from || to ? [from ? dayNumber(from) : line.first, to ? dayNumber(to) : line.last] : null;
    },
  };
}
