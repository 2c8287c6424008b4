// card.js: an entity's card: kind, id, aliases, the items that name it, its events, its
// other edges, and the evidence of every edge (the sentence, its item and rule).

const INCOMING_LABELS = ['attended by', 'represented by', 'funded by'];
const MAX_EVIDENCE_EDGES = 60;

function edgeLabel(graph, edge, node) {
  return edge.source === node ? graph.data.edgeKinds[edge.kind] : INCOMING_LABELS[edge.kind];
}

function showCard(panel, graph, i, actions) {
  const node = graph.nodes[i], kind = graph.data.kinds[node.kind];
  panel.replaceChildren();
  const badge = element('span', kind.name, 'card-kind');
  badge.style.background = kind.colour;
  panel.append(element('h2', node.name, 'name'), badge);

  const facts = element('dl');
  const fact = (term, value) => { facts.append(element('dt', term), element('dd', value)); };
  fact('id', node.id);
  if (node.kind === EVENT_KIND) {
    fact('dates', eventDates(node) || 'undated');
    fact('item', String(node.n));
  }
  if (node.aliases && node.aliases.length) fact('aliases', node.aliases.join(', '));
  fact('items', node.items.join(' '));
  panel.append(facts);

  const buttons = element('div', null, 'card-actions');
  const button = (label, action) => {
    const b = element('button', label);
    b.type = 'button';
    b.addEventListener('click', action);
    buttons.append(b);
  };
  button('Centre', () => actions.centre(i));
  button('Path from here', () => actions.setPathEnd('path-from', i));
  button('Path to here', () => actions.setPathEnd('path-to', i));
  panel.append(buttons);

  // Neighbours: events (by date) apart from the rest (by edge label, then name).
  const edges = graph.adjacency[i].map((e) => ({ edge: graph.edges[e], other: other(graph.edges[e], i) }));
  const events = edges.filter((x) => graph.nodes[x.other].kind === EVENT_KIND)
    .sort((a, b) => (graph.dayOf[a.other] || 0) - (graph.dayOf[b.other] || 0) || a.other - b.other);
  const rest = edges.filter((x) => graph.nodes[x.other].kind !== EVENT_KIND)
    .sort((a, b) => edgeLabel(graph, a.edge, i).localeCompare(edgeLabel(graph, b.edge, i)) ||
                    graph.nodes[a.other].name.localeCompare(graph.nodes[b.other].name));
  if (events.length) {
    panel.append(element('h2', 'Events (' + events.length + ')'));
    const list = element('ul', null, 'links');
    for (const x of events) {
      const li = element('li');
      li.append(element('span', eventDates(graph.nodes[x.other]), 'date-tag'), nodeLink(x.other, actions));
      list.append(li);
    }
    panel.append(list);
  }
  if (rest.length) {
    panel.append(element('h2', node.kind === EVENT_KIND ? 'Attended by (' + rest.length + ')' : 'Connections (' + rest.length + ')'));
    const list = element('ul', null, 'links');
    for (const x of rest) {
      const li = element('li', edgeLabel(graph, x.edge, i) + ' ');
      li.append(nodeLink(x.other, actions), element('span', ' ' + graph.data.kinds[graph.nodes[x.other].kind].name, 'hint'));
      list.append(li);
    }
    panel.append(list);
  }

  panel.append(element('h2', 'Evidence'));
  const evidence = element('div', null, 'evidence');
  for (const x of [...events, ...rest].slice(0, MAX_EVIDENCE_EDGES)) {
    const head = element('div', edgeLabel(graph, x.edge, i) + ' ', 'evidence-edge');
    head.append(nodeLink(x.other, actions));
    evidence.append(head);
    for (const [item, rule, sentence] of x.edge.evidence)
      evidence.append(quote({ item, rule: graph.data.rules[rule], sentence: graph.data.sentences[sentence] }));
  }
  if (edges.length > MAX_EVIDENCE_EDGES)
    evidence.append(element('p', 'and the evidence of ' + (edges.length - MAX_EVIDENCE_EDGES) + ' more edges', 'hint'));
  if (!edges.length) evidence.append(element('p', 'No edges.', 'hint'));
  panel.append(evidence);
  panel.scrollTop = 0;
}
