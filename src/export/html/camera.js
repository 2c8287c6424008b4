// camera.js: the map from layout coordinates to canvas pixels (CSS pixels; the canvas
// backing store is scaled by devicePixelRatio). Fits the shown nodes until the user pans or
// zooms; after that it stays where the user put it.

function createCamera() {
  const cam = { scale: 1, tx: 0, ty: 0, width: 1, height: 1, userMoved: false };
  cam.toScreenX = (x) => x * cam.scale + cam.tx;
  cam.toScreenY = (y) => y * cam.scale + cam.ty;
  cam.toWorldX = (sx) => (sx - cam.tx) / cam.scale;
  cam.toWorldY = (sy) => (sy - cam.ty) / cam.scale;

  cam.fit = function (ids, x, y) {
    if (!ids.length) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const i of ids) {
      x0 = Math.min(x0, x[i]); x1 = Math.max(x1, x[i]);
      y0 = Math.min(y0, y[i]); y1 = Math.max(y1, y[i]);
    }
    const margin = 30;
    const scale = Math.min((cam.width - 2 * margin) / Math.max(x1 - x0, 1),
                           (cam.height - 2 * margin) / Math.max(y1 - y0, 1));
    cam.scale = Math.min(Math.max(scale, 0.01), 4);
    cam.tx = cam.width / 2 - (x0 + x1) / 2 * cam.scale;
    cam.ty = cam.height / 2 - (y0 + y1) / 2 * cam.scale;
  };

  cam.zoomAt = function (sx, sy, factor) {
    const wx = cam.toWorldX(sx), wy = cam.toWorldY(sy);
    cam.scale = Math.min(Math.max(cam.scale * factor, 0.01), 20);
    cam.tx = sx - wx * cam.scale;
    cam.ty = sy - wy * cam.scale;
    cam.userMoved = true;
  };

  cam.centreOn = function (wx, wy) {
    cam.tx = cam.width / 2 - wx * cam.scale;
    cam.ty = cam.height / 2 - wy * cam.scale;
    cam.userMoved = true;
  };
  return cam;
}

// Sizes a canvas's backing store to its box and the screen's pixel ratio; returns its context,
// set up to draw in CSS pixels.
function fitCanvas(canvas, width, height) {
  const ratio = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(width)), h = Math.max(1, Math.round(height));
  if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
    canvas.width = Math.round(w * ratio);
    canvas.height = Math.round(h * ratio);
  }
  const context = canvas.getContext('2d');
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  return context;
}
