// The page's speed on a large graph: time to the first frame, time until the layout has
// cooled, and frames per second while a node is dragged (the busiest, whose edges all move).
//   node view_bench.mjs PAGE.html
import { resolve } from 'node:path';
import { launch, openPage, waitForLayout, dragFps } from './chromium.mjs';

const file = resolve(process.argv[2]);
const browser = await launch();
try {
  const opened = Date.now();
  const { page, requests, errors } = await openPage(browser.context, file);
  const firstFrameMs = await page.evaluate(() => window.kgView.firstFrameMs());
  await waitForLayout(page, 300000);
  const layoutSeconds = (Date.now() - opened) / 1000;
  const info = await page.evaluate(() => ({ nodes: window.kgView.nodeCount, drawn: window.kgView.drawnNodes(),
    busiest: window.kgView.busiest() }));
  const fps = await dragFps(page, info.busiest, 5000);
  console.log(`nodes ${info.nodes} (drawn ${info.drawn}); first frame ${firstFrameMs.toFixed(0)} ms; ` +
              `layout cooled after ${layoutSeconds.toFixed(1)} s; dragging: ${fps.toFixed(1)} frames/s`);
  if (errors.length) throw new Error('page errors: ' + errors.join('; '));
  if (requests.length !== 1) throw new Error('the page made requests: ' + requests.join(' '));
} finally {
  await browser.close();
}
