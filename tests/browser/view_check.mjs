// Checks the page of `kg export --format html` in headless Chromium, against the same graph
// saved as JSON and the engagement matrix of `kg engagements --json`:
//   node view_check.mjs --page P.html --graph G.json --engagements E.json --screenshot OUT.png
//                       [--hostile-page H.html --hostile-graph H.json]
// Nodes drawn, with and without a kind; search by alias then Enter; a click on the canvas
// and the card it opens; the shortest path; the date window by dragging the timeline; a
// click in the heat map and the events it lists; names that try to break out of the page;
// and no request but the page itself. Prints what it measured; exits 1 on the first failure.
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { launch, openPage, waitForLayout, dragFps } from './chromium.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));

function check(condition, message) {
  if (!condition) throw new Error('check failed: ' + message);
}

// The saved graph (node-link JSON), as the expectations are computed from it.
function readGraph(file) {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const neighbours = new Map(json.nodes.map((n) => [n.id, []]));
  for (const link of json.links) {
    if (link.source === link.target) continue;
    neighbours.get(link.source).push(link.target);
    neighbours.get(link.target).push(link.source);
  }
  const byId = new Map(json.nodes.map((n) => [n.id, n]));
  return { json, neighbours, byId };
}

// Nodes that the page draws when nodes without a shown edge are hidden: those with an edge
// to another node that passes `keep`.
function expectedDrawn(graph, keep) {
  return graph.json.nodes.filter((n) => keep(n) && graph.neighbours.get(n.id).some((m) => keep(graph.byId.get(m)))).length;
}

function hops(graph, from, to) {
  const distance = new Map([[from, 0]]), queue = [from];
  for (let head = 0; head < queue.length; ++head)
    for (const next of graph.neighbours.get(queue[head]))
      if (!distance.has(next)) { distance.set(next, distance.get(queue[head]) + 1); queue.push(next); }
  return distance.get(to);
}

// The number of nodes drawn by the first frame that starts after this call.
async function drawnAfterNextFrame(page) {
  const frames = await page.evaluate(() => { window.kgView.redraw(); return window.kgView.frames(); });
  await page.waitForFunction((before) => window.kgView.frames() > before, frames, { polling: 'raf' });
  return page.evaluate(() => window.kgView.drawnNodes());
}

async function clickNode(page, id) {
  const at = await page.evaluate((node) => window.kgView.screenPosition(node), id);
  check(at, `${id} is drawn`);
  await page.mouse.click(at.x, at.y);
}

async function pickName(page, field, text) {
  await page.fill(field, text);
  await page.waitForSelector(`${field} + .suggestions:not([hidden]) li`);
  await page.press(field, 'Enter');
}

async function checkGraphPage(browser) {
  const graph = readGraph(args.graph);
  const { page, url, requests, errors } = await openPage(browser.context, resolve(args.page));
  await waitForLayout(page);
  const firstFrameMs = await page.evaluate(() => window.kgView.firstFrameMs());

  // Nodes drawn: every node with an edge; without events, those linked to a non-event.
  check(await page.evaluate(() => window.kgView.nodeCount) === graph.json.nodes.length, 'node count');
  const drawn = await drawnAfterNextFrame(page);
  check(drawn === expectedDrawn(graph, () => true), `drawn ${drawn} nodes`);
  await page.uncheck('#kind-event');
  const withoutEvents = await drawnAfterNextFrame(page);
  check(withoutEvents === expectedDrawn(graph, (n) => n.kind !== 'event'), `drawn ${withoutEvents} without events`);
  await page.check('#kind-event');
  await waitForLayout(page);

  // Search: the busiest person, by an alias when it has one; Enter selects it.
  const degree = (n) => graph.neighbours.get(n.id).length;
  const people = graph.json.nodes.filter((n) => n.kind === 'person').sort((a, b) => degree(b) - degree(a));
  const person = people[0];
  const alias = (person.aliases || []).find((a) => a.length > 3) || person.name;
  await pickName(page, '#search', alias);
  check(await page.evaluate(() => window.kgView.selected()) === person.id, `search "${alias}" selects ${person.id}`);

  // A click elsewhere on the canvas selects another node; a click on the person brings it back.
  const organisation = graph.json.nodes.filter((n) => n.kind === 'organisation').sort((a, b) => degree(b) - degree(a))[0];
  await clickNode(page, organisation.id);
  check(await page.evaluate(() => window.kgView.selected()) === organisation.id, 'click selects the organisation');
  await clickNode(page, person.id);
  check(await page.evaluate(() => window.kgView.selected()) === person.id, 'click selects the person');

  // The card: name, kind, aliases, events, and the evidence sentences of its edges.
  const card = await page.textContent('#card');
  check(await page.textContent('#card h2.name') === person.name, 'card name');
  check(card.includes('person'), 'card kind');
  for (const a of person.aliases || []) check(card.includes(a), `card alias ${a}`);
  const links = graph.json.links.filter((l) => l.source === person.id || l.target === person.id);
  const events = links.filter((l) => graph.byId.get(l.source === person.id ? l.target : l.source).kind === 'event');
  check(card.includes(`Events (${events.length})`), `card lists ${events.length} events`);
  const sentences = links.flatMap((l) => l.evidence.map((e) => e.sentence));
  check(sentences.length > 0 && sentences.every((s) => card.includes(s)), 'card shows every evidence sentence');
  mkdirSync(dirname(resolve(args.screenshot)), { recursive: true });
  await page.screenshot({ path: resolve(args.screenshot) });

  // Shortest path between the person and the farthest node the organisation reaches.
  const far = graph.json.nodes.filter((n) => hops(graph, person.id, n.id) !== undefined)
    .sort((a, b) => hops(graph, person.id, b.id) - hops(graph, person.id, a.id) || a.id.localeCompare(b.id))[0];
  await pickName(page, '#path-from', person.name);
  await pickName(page, '#path-to', far.id);
  await page.click('#find-path');
  const pathLength = (await page.$$('#path-result li')).length;
  check(pathLength === hops(graph, person.id, far.id) + 1, `path of ${pathLength} nodes to ${far.id}`);
  await page.click('#clear-path');

  // The timeline: dragging across its middle sets a date window; events outside it go.
  const box = await (await page.$('#timeline')).boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const from = await page.inputValue('#from'), to = await page.inputValue('#to');
  check(from && to && from <= to, `timeline window ${from}..${to}`);
  const inWindow = (n) => n.kind !== 'event' || (n.date && (n.end_date || n.date) >= from && n.date <= to);
  const drawnInWindow = await drawnAfterNextFrame(page);
  check(drawnInWindow === expectedDrawn(graph, inWindow), `drawn ${drawnInWindow} in ${from}..${to}`);
  await page.click('#all-dates');

  // The heat map: its rows and columns are those of `kg engagements`; a click on the busiest
  // cell lists its events, with evidence.
  const matrix = JSON.parse(readFileSync(args.engagements, 'utf8'));
  await page.click('#tabs button[data-tab="matrix-view"]');
  check(JSON.stringify(await page.evaluate(() => window.kgView.matrixRows())) === JSON.stringify(matrix.rows.map((r) => r.id)), 'matrix rows');
  check(JSON.stringify(await page.evaluate(() => window.kgView.matrixColumns())) === JSON.stringify(matrix.columns.map((c) => c.id)), 'matrix columns');
  const busiest = matrix.cells.reduce((a, b) => (b.count > a.count ? b : a));
  const r = matrix.rows.findIndex((row) => row.id === busiest.person), c = matrix.columns.findIndex((col) => col.id === busiest.body);
  const cell = await page.evaluate(([r, c]) => window.kgView.matrixCell(r, c), [r, c]);
  check(cell.count === busiest.count, 'heat map cell count');
  await page.mouse.click(cell.x, cell.y);
  const listed = await page.$$eval('#cell ol > li', (items) => items.map((li) => li.textContent));
  check(listed.length === busiest.count, `cell lists ${listed.length} events`);
  for (const event of busiest.events) check(listed.some((text) => text.includes(event.title)), `cell lists ${event.title}`);
  check((await page.$$('#cell blockquote')).length >= busiest.count, 'cell shows evidence');
  await page.screenshot({ path: resolve(args.screenshot).replace(/\.png$/, '-matrix.png') });
  await page.click('#tabs button[data-tab="graph-view"]');

  const fps = await dragFps(page, organisation.id, 2000);
  check(errors.length === 0, 'no script errors: ' + errors.join('; '));
  check(requests.length === 1 && requests[0] === url, 'no request but the page: ' + requests.join(' '));
  console.log(`page: ${graph.json.nodes.length} nodes, ${drawn} drawn, ${withoutEvents} without events; ` +
              `first frame ${firstFrameMs.toFixed(0)} ms; dragging ${fps.toFixed(0)} frames/s; ` +
              `search, card, path (${pathLength} nodes), timeline, heat map: ok; no network`);
}

// Names written to break out of the data or the markup come back as they are, and run nothing.
async function checkHostilePage(browser) {
  const graph = readGraph(args['hostile-graph']);
  const { page, requests, errors } = await openPage(browser.context, resolve(args['hostile-page']));
  check((await page.$$('script')).length === 2, 'no script element but the page\'s two');
  for (const node of graph.json.nodes) {
    const seen = await page.evaluate((id) => window.kgView.node(id), node.id);
    check(seen && seen.name === node.name, `name of ${JSON.stringify(node.id)} intact`);
  }
  check(errors.length === 0, 'no script errors or dialogs: ' + errors.join('; '));
  check(requests.length === 1, 'hostile page: no request but the page');
  console.log(`hostile names: ${graph.json.nodes.length} intact, nothing ran`);
}

const browser = await launch();
try {
  await checkGraphPage(browser);
  if (args['hostile-page']) await checkHostilePage(browser);
  console.log('view check: ok');
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await browser.close();
}
