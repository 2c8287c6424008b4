// search.js: names and aliases, matched as the CLI matches them (case, accents and
// punctuation ignored): whole name first, then a word that starts with the query, then any
// part; busier nodes first within each. Drives the search box and the path's two fields.

function createNameIndex(graph) {
  const keys = [];  // [folded form, node, the form as written]
  graph.nodes.forEach((node, i) => {
    keys.push([foldName(node.name), i, node.name]);
    for (const alias of node.aliases || []) keys.push([foldName(alias), i, alias]);
    keys.push([foldName(node.id), i, node.id]);
  });
  return {
    // Up to `limit` matches: [{node, form}], each node once.
    find(query, limit) {
      const q = foldName(query);
      if (!q) return [];
      const scored = [];
      for (const [key, node, form] of keys) {
        let rank;
        if (key === q) rank = 0;
        else if (key.startsWith(q) || key.includes(' ' + q)) rank = 1;
        else if (key.includes(q)) rank = 2;
        else continue;
        scored.push([rank, -graph.degree[node], node, form]);
      }
      scored.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
      const out = [], seen = new Set();
      for (const [, , node, form] of scored) {
        if (seen.has(node)) continue;
        seen.add(node);
        out.push({ node, form });
        if (out.length === limit) break;
      }
      return out;
    },
  };
}

// A text field with a list of suggestions under it: typing lists matches, arrows move, Enter
// or a click picks. `onPick(node)` receives the picked node.
function attachSuggestions(input, graph, index, onPick) {
  const list = input.parentElement.querySelector('.suggestions');
  let matches = [], active = 0;
  const close = () => { list.hidden = true; };
  function render() {
    list.replaceChildren();
    matches.forEach((match, k) => {
      const node = graph.nodes[match.node];
      const li = element('li', null, k === active ? 'active' : '');
      const kind = element('span', graph.data.kinds[node.kind].name, 'kind');
      kind.style.background = graph.data.kinds[node.kind].colour;
      li.append(element('span', node.kind === EVENT_KIND ? eventDates(node) + ' ' + shorten(node.name, 60) : node.name), kind);
      if (match.form !== node.name) li.append(element('span', match.form, 'alias'));
      li.addEventListener('mousedown', (event) => { event.preventDefault(); pick(k); });
      list.append(li);
    });
    list.hidden = matches.length === 0;
  }
  function pick(k) {
    const match = matches[k];
    if (!match) return;
    input.value = graph.nodes[match.node].name;
    input.dataset.node = String(match.node);
    close();
    onPick(match.node);
  }
  input.addEventListener('input', () => {
    delete input.dataset.node;
    matches = index.find(input.value, 12);
    active = 0;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      active = (active + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % Math.max(matches.length, 1);
      render();
      event.preventDefault();
    } else if (event.key === 'Enter') {
      if (list.hidden) matches = index.find(input.value, 12);
      pick(list.hidden ? 0 : active);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}
