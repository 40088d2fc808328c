package io.github.miniflare4j.images.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Pixels and refusals of the local images service (the recorded cases compare sizes only). */
class LocalImagesServiceTest {

  private final LocalImagesService service = new LocalImagesService();

  private static byte[] image(int w, int h, int argb, String format) throws Exception {
    BufferedImage image = new BufferedImage(w, h, format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        image.setRGB(x, y, argb);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  private static BufferedImage decode(ImagesReply reply) throws Exception {
    byte[] bytes = new byte[reply.body().remaining()];
    reply.body().get(bytes);
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }

  @Test
  void contain_letterboxes_on_opaque_black_centred() throws Exception {
    ImagesReply reply = service.transform(image(4, 3, 0x80FF0000, "png"), "[{\"imageIndex\":0,\"width\":10,\"height\":10}]", "image/png");
    BufferedImage out = decode(reply);
    assertThat(reply.contentType()).isEqualTo("image/png");
    assertThat(new int[] {out.getWidth(), out.getHeight()}).containsExactly(10, 10);
    // 4x3 scaled by 2.5 is 10x7.5, rounded half to even: 8 rows, from row 1
    assertThat(out.getRGB(0, 0)).isEqualTo(0xFF000000);
    assertThat(out.getRGB(0, 9)).isEqualTo(0xFF000000);
    assertThat(out.getRGB(5, 1) >>> 24).isEqualTo(0x80);
    assertThat(out.getRGB(5, 8) & 0xFFFFFF).isEqualTo(0xFF0000);
  }

  @Test
  void rotations_turn_clockwise_and_free_angles_fill_black() throws Exception {
    BufferedImage source = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
    source.setRGB(0, 0, 0xFF0000);
    source.setRGB(1, 0, 0x0000FF);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(source, "png", png);
    BufferedImage turned = decode(service.transform(png.toByteArray(), "[{\"rotate\":90}]", "image/png"));
    assertThat(new int[] {turned.getWidth(), turned.getHeight()}).containsExactly(1, 2);
    assertThat(turned.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
    assertThat(turned.getRGB(0, 1) & 0xFFFFFF).isEqualTo(0x0000FF);
    BufferedImage free = decode(service.transform(image(10, 5, 0xFFFFFFFF, "jpeg"), "[{\"rotate\":30}]", "image/jpeg"));
    assertThat(new int[] {free.getWidth(), free.getHeight()}).containsExactly(11, 9);
    assertThat(free.getRGB(0, 0) & 0xFFFFFF).isLessThan(0x202020);
  }

  @Test
  void jpeg_output_flattens_alpha_onto_black() throws Exception {
    BufferedImage out = decode(service.transform(image(8, 8, 0x80FFFFFF, "png"), "[]", "image/jpeg"));
    int grey = out.getRGB(4, 4) & 0xFF;
    assertThat(grey).isBetween(120, 136);
  }

  @Test
  void refusals_carry_miniflares_codes_and_undecodable_input_gives_an_empty_image() throws Exception {
    byte[] png = image(2, 2, 0xFF00FF00, "png");
    assertThat(service.transform(png, "[{\"width\":\"2\"}]", "image/png").code()).isEqualTo(9523);
    assertThat(service.transform(png, "[]", "image/gif").text()).isEqualTo("ERROR 9520: ERROR: GIF output is not supported in local mode");
    ImagesReply sized = service.transform(png, "[{\"width\":2.5}]", "image/png");
    assertThat(new Object[] {sized.status(), sized.code(), sized.text()})
        .containsExactly(500, 0, "Error: Expected positive integer for width but received 2.5 of type number");
    ImagesReply bmp = service.transform("BM not really".getBytes(StandardCharsets.US_ASCII), "[]", "image/png");
    assertThat(new Object[] {bmp.status(), bmp.contentType(), bmp.body().remaining()}).containsExactly(200, "image/png", 0);
    ImagesReply webp = service.transform("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), "[]", "image/png");
    assertThat(webp.text()).contains("WebP input cannot be transformed by miniflare4j");
  }

  @Test
  void webp_output_is_lossless_vp8l_with_the_pixels_and_alpha() throws Exception {
    ImagesReply reply = service.transform(image(3, 2, 0x80336699, "png"), "[]", "image/webp");
    byte[] bytes = new byte[reply.body().remaining()];
    reply.body().get(bytes);
    assertThat(reply.contentType()).isEqualTo("image/webp");
    assertThat(new String(bytes, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("VP8L");
    assertThat(service.info(bytes).text()).isEqualTo("{\"format\":\"image/webp\",\"fileSize\":" + bytes.length + ",\"width\":3,\"height\":2}");
    // header: signature, 14+14 bits of size, the alpha hint; then green, red, blue, alpha literals
    assertThat(bytes[20]).isEqualTo((byte) 0x2F);
    assertThat((bytes[24] >>> 4) & 1).isEqualTo(1);
  }

  @Test
  void info_reads_header_sizes_without_decoding() {
    // a VP8L (lossless WebP) header declaring 300x200
    byte[] webp = new byte[30];
    System.arraycopy("RIFF\0\0\0\0WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 16);
    int bits = (300 - 1) | (200 - 1) << 14;
    webp[20] = 0x2F;
    for (int i = 0; i < 4; i++) {
      webp[21 + i] = (byte) (bits >>> (8 * i));
    }
    assertThat(service.info(webp).text()).isEqualTo("{\"format\":\"image/webp\",\"fileSize\":30,\"width\":300,\"height\":200}");
    assertThat(service.info("<?xml version=\"1.0\"?><svg/>".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("{\"format\":\"image/svg+xml\"}");
    assertThat(service.info("\0\0\0\u0018ftypavif".getBytes(StandardCharsets.US_ASCII)).text())
        .isEqualTo("ERROR 9520: ERROR: Unsupported image type heif, expected one of: JPEG, SVG, PNG, WebP, GIF or AVIF");
  }
}
