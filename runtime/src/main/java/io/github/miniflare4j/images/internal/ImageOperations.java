package io.github.miniflare4j.images.internal;

/**
 * The operations Miniflare's local images service applies, gathered as sharp gathers them: the
 * last {@code rotate} and the last resize win, a rotation asked before a resize turns the image
 * before it is resized, and a resize is {@code fit: contain} on an opaque black canvas.
 */
final class ImageOperations {

  private int angle;
  private double freeAngle;
  private int width = -1;
  private int height = -1;
  private boolean rotateFirst;

  /**
   * sharp's {@code rotate(angle)}: a whole multiple of 90 turns the pixels exactly, any other
   * angle onto a black bounding box.
   *
   * @param degrees the angle, clockwise
   */
  void rotate(double degrees) {
    angle = 0;
    freeAngle = 0;
    if (degrees == Math.rint(degrees) && degrees % 90 == 0 && Math.abs(degrees) < Integer.MAX_VALUE) {
      angle = (int) degrees;
    } else {
      freeAngle = degrees;
    }
  }

  /**
   * sharp's {@code resize(width || null, height || null, {fit: "contain"})}.
   *
   * @param w the width, or {@code null} (also for 0)
   * @param h the height, or {@code null} (also for 0)
   * @return sharp's error text when a size is not a positive integer, else {@code null}
   */
  String resize(Double w, Double h) {
    String problem = positiveInteger("width", w);
    if (problem == null) {
      problem = positiveInteger("height", h);
    }
    if (problem != null) {
      return problem;
    }
    width = w == null ? -1 : w.intValue();
    height = h == null ? -1 : h.intValue();
    if ((angle % 360 != 0 || freeAngle != 0) && (width != -1 || height != -1)) {
      rotateFirst = true;
    }
    return null;
  }

  /**
   * Applies the operations in sharp's pipeline order.
   *
   * @param image the decoded input
   * @param jpeg whether the input was a JPEG (sharp's shrink-on-load changes the resized size)
   * @return the result
   */
  Pixels apply(Pixels image, boolean jpeg) {
    boolean turnedFirst = rotateFirst && (angle % 360 != 0 || freeAngle != 0);
    if (turnedFirst) {
      image = image.rotateQuarter(angle);
      if (freeAngle != 0) {
        image = image.rotateFree(freeAngle);
      }
    }
    if (width > 0 || height > 0) {
      int w = image.width();
      int h = image.height();
      double[] shrink = shrinks(w, h);
      if (jpeg && !turnedFirst) {
        // sharp loads a JPEG reduced by 2, 4 or 8 first (libjpeg's DCT scaling, sizes rounded
        // down), then resizes from that size: the final size follows from the reduced one
        int load = loadShrink(Math.min(shrink[0], shrink[1]));
        if (load > 1) {
          w = Math.max(1, w / load);
          h = Math.max(1, h / load);
          shrink = shrinks(w, h);
        }
      }
      // libvips rounds the resized size half up
      image = image.scale(Math.max(1, (int) Math.floor(w / shrink[0] + 0.5)), Math.max(1, (int) Math.floor(h / shrink[1] + 0.5)));
    }
    if (!turnedFirst) {
      image = image.rotateQuarter(angle);
    }
    image = image.embed(width > 0 ? width : image.width(), height > 0 ? height : image.height());
    if (!rotateFirst && freeAngle != 0) {
      image = image.rotateFree(freeAngle);
    }
    return image;
  }

  /** sharp's ResolveShrink for {@code fit: contain}: the horizontal and vertical reductions. */
  private double[] shrinks(int w, int h) {
    double hshrink;
    double vshrink;
    if (width > 0 && height > 0) {
      hshrink = Math.max((double) w / width, (double) h / height);
      vshrink = hshrink;
    } else if (width > 0) {
      hshrink = (double) w / width;
      vshrink = hshrink;
    } else {
      vshrink = (double) h / height;
      hshrink = vshrink;
    }
    return new double[] {Math.min(hshrink, w), Math.min(vshrink, h)};
  }

  /** The JPEG shrink-on-load factor sharp picks for a reduction (fastShrinkOnLoad). */
  private static int loadShrink(double shrink) {
    int load = shrink >= 8 ? 8 : shrink >= 4 ? 4 : shrink >= 2 ? 2 : 1;
    return load > 1 && (int) shrink == load ? load / 2 : load;
  }

  private static String positiveInteger(String name, Double value) {
    if (value == null || (value == Math.rint(value) && value > 0 && value <= Integer.MAX_VALUE)) {
      return null;
    }
    return "Error: Expected positive integer for " + name + " but received " + JsNumbers.text(value) + " of type number";
  }
}
