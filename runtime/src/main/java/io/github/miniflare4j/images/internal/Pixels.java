package io.github.miniflare4j.images.internal;

/**
 * A decoded image as packed non-premultiplied ARGB pixels, row by row, and whether it has an
 * alpha channel (what the encoders keep). The geometry operations return new images; none needs
 * the AWT graphics environment.
 *
 * @param width the width in pixels, at least 1
 * @param height the height in pixels, at least 1
 * @param argb the pixels, {@code width * height} of them
 * @param alpha whether the image has an alpha channel
 */
record Pixels(int width, int height, int[] argb, boolean alpha) {

  /** Opaque black: sharp's background for {@code contain} letterboxes and free rotations. */
  static final int BLACK = 0xFF000000;

  /**
   * Rotates by a multiple of 90 degrees, clockwise for positive angles (as sharp does).
   *
   * @param degrees a multiple of 90
   * @return the rotated image (this one when the angle is a multiple of 360)
   */
  Pixels rotateQuarter(int degrees) {
    int turns = Math.floorMod(degrees / 90, 4);
    if (turns == 0) {
      return this;
    }
    int w = turns == 2 ? width : height;
    int h = turns == 2 ? height : width;
    int[] out = new int[w * h];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int tx;
        int ty;
        if (turns == 1) {
          tx = height - 1 - y;
          ty = x;
        } else if (turns == 2) {
          tx = width - 1 - x;
          ty = height - 1 - y;
        } else {
          tx = y;
          ty = width - 1 - x;
        }
        out[ty * w + tx] = argb[y * width + x];
      }
    }
    return new Pixels(w, h, out, alpha);
  }

  /**
   * Rotates by any angle, clockwise for positive angles, onto the bounding box of the turned
   * image (rounded to whole pixels, at least 1) filled with opaque black, as sharp does.
   *
   * @param degrees the angle
   * @return the rotated image
   */
  Pixels rotateFree(double degrees) {
    double radians = Math.toRadians(degrees);
    double cos = Math.cos(radians);
    double sin = Math.sin(radians);
    int w = Math.max(1, (int) Math.rint(Math.abs(width * cos) + Math.abs(height * sin)));
    int h = Math.max(1, (int) Math.rint(Math.abs(width * sin) + Math.abs(height * cos)));
    int[] out = new int[w * h];
    double cx = width / 2.0;
    double cy = height / 2.0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double dx = x + 0.5 - w / 2.0;
        double dy = y + 0.5 - h / 2.0;
        // inverse of a clockwise turn (y grows downwards)
        double sx = dx * cos + dy * sin + cx;
        double sy = -dx * sin + dy * cos + cy;
        int ix = (int) Math.floor(sx);
        int iy = (int) Math.floor(sy);
        out[y * w + x] = ix >= 0 && iy >= 0 && ix < width && iy < height ? argb[iy * width + ix] : BLACK;
      }
    }
    return new Pixels(w, h, out, alpha);
  }

  /**
   * Scales to exactly {@code w} by {@code h} pixels (bilinear when enlarging, averaging the
   * covered source pixels when reducing).
   *
   * @param w the new width, at least 1
   * @param h the new height, at least 1
   * @return the scaled image (this one when the size does not change)
   */
  Pixels scale(int w, int h) {
    if (w == width && h == height) {
      return this;
    }
    int[] out = new int[w * h];
    double fx = (double) width / w;
    double fy = (double) height / h;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out[y * w + x] = fx > 1 || fy > 1 ? average(x * fx, y * fy, fx, fy) : bilinear((x + 0.5) * fx - 0.5, (y + 0.5) * fy - 0.5);
      }
    }
    return new Pixels(w, h, out, alpha);
  }

  /**
   * Centres this image on an opaque black canvas of at least its own size.
   *
   * @param w the canvas width
   * @param h the canvas height
   * @return the letterboxed image (this one when no border is needed)
   */
  Pixels embed(int w, int h) {
    int cw = Math.max(width, w);
    int ch = Math.max(height, h);
    if (cw == width && ch == height) {
      return this;
    }
    int[] out = new int[cw * ch];
    java.util.Arrays.fill(out, BLACK);
    int left = (cw - width) / 2;
    int top = (ch - height) / 2;
    for (int y = 0; y < height; y++) {
      System.arraycopy(argb, y * width, out, (y + top) * cw + left, width);
    }
    return new Pixels(cw, ch, out, alpha);
  }

  private int bilinear(double sx, double sy) {
    int x0 = clamp((int) Math.floor(sx), width);
    int y0 = clamp((int) Math.floor(sy), height);
    int x1 = clamp(x0 + 1, width);
    int y1 = clamp(y0 + 1, height);
    double ax = Math.min(1, Math.max(0, sx - Math.floor(sx)));
    double ay = Math.min(1, Math.max(0, sy - Math.floor(sy)));
    int result = 0;
    for (int shift = 0; shift < 32; shift += 8) {
      double top = channel(x0, y0, shift) * (1 - ax) + channel(x1, y0, shift) * ax;
      double bottom = channel(x0, y1, shift) * (1 - ax) + channel(x1, y1, shift) * ax;
      result |= ((int) Math.round(top * (1 - ay) + bottom * ay) & 0xFF) << shift;
    }
    return result;
  }

  private int average(double sx, double sy, double fx, double fy) {
    int xa = clamp((int) Math.floor(sx), width);
    int ya = clamp((int) Math.floor(sy), height);
    int xb = Math.max(xa + 1, Math.min(width, (int) Math.ceil(sx + fx)));
    int yb = Math.max(ya + 1, Math.min(height, (int) Math.ceil(sy + fy)));
    long[] sums = new long[4];
    for (int y = ya; y < yb; y++) {
      for (int x = xa; x < xb; x++) {
        int p = argb[y * width + x];
        for (int c = 0; c < 4; c++) {
          sums[c] += (p >>> (c * 8)) & 0xFF;
        }
      }
    }
    int n = (xb - xa) * (yb - ya);
    int result = 0;
    for (int c = 0; c < 4; c++) {
      result |= (int) ((sums[c] + n / 2) / n) << (c * 8);
    }
    return result;
  }

  private int channel(int x, int y, int shift) {
    return (argb[y * width + x] >>> shift) & 0xFF;
  }

  private static int clamp(int v, int size) {
    return Math.max(0, Math.min(size - 1, v));
  }
}
