package io.github.miniflare4j.images.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decodes and encodes with the JDK's {@code javax.imageio} codecs: JPEG, PNG and GIF (the first
 * frame) both ways; WebP is written by {@link WebpLosslessEncoder}. WebP, AVIF and SVG input and
 * AVIF output have no codec here; callers refuse them before. No
 * global ImageIO setting is changed (the disk cache is turned off per stream, not globally).
 */
final class ImageCodec {

  /** sharp's default JPEG quality. */
  private static final float JPEG_QUALITY = 0.8f;

  private ImageCodec() {}

  /**
   * Decodes the first frame.
   *
   * @param bytes the image
   * @return the pixels, or {@code null} when the JDK cannot read them
   */
  static Pixels decode(byte[] bytes) {
    BufferedImage image;
    try (var in = new javax.imageio.stream.MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      javax.imageio.ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        image = reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
    return new Pixels(w, h, argb, image.getColorModel().hasAlpha());
  }

  /**
   * Encodes as {@code png}, {@code jpeg} (alpha flattened onto black, as sharp does), {@code
   * gif} or {@code webp} (lossless, {@link WebpLosslessEncoder}).
   *
   * @param pixels the image
   * @param format the ImageIO format name
   * @return the encoded bytes
   */
  static byte[] encode(Pixels pixels, String format) {
    if ("webp".equals(format)) {
      return WebpLosslessEncoder.encode(pixels);
    }
    boolean keepAlpha = pixels.alpha() && !"jpeg".equals(format);
    BufferedImage image = new BufferedImage(pixels.width(), pixels.height(),
        keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    int[] argb = pixels.argb();
    if (pixels.alpha() && !keepAlpha) {
      argb = flattenOnBlack(argb);
    }
    image.setRGB(0, 0, pixels.width(), pixels.height(), argb, 0, pixels.width());
    ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = new javax.imageio.stream.MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if ("jpeg".equals(format)) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode " + format + ": " + e.getMessage(), e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static int[] flattenOnBlack(int[] argb) {
    int[] out = new int[argb.length];
    for (int i = 0; i < argb.length; i++) {
      int p = argb[i];
      int a = p >>> 24;
      int r = ((p >>> 16) & 0xFF) * a / 255;
      int g = ((p >>> 8) & 0xFF) * a / 255;
      int b = (p & 0xFF) * a / 255;
      out[i] = 0xFF000000 | r << 16 | g << 8 | b;
    }
    return out;
  }
}
