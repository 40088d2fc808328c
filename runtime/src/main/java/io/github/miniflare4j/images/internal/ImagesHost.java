package io.github.miniflare4j.images.internal;

import io.github.miniflare4j.interop.JsBytes;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What the images binding's script calls, on the worker's loop thread: the local images service
 * ({@code info}, {@code transform}) and the instance's hosted images. Byte arguments are
 * Uint8Arrays; JSON crosses as text.
 */
public final class ImagesHost {

  private final LocalImagesService service;
  private final HostedImageStore hosted;

  /**
   * A host over the instance's service and hosted images.
   *
   * @param service the local service
   * @param hosted the hosted images
   */
  public ImagesHost(LocalImagesService service, HostedImageStore hosted) {
    this.service = service;
    this.hosted = hosted;
  }

  /**
   * Image info, as the binding's {@code info()} asks for it.
   *
   * @param image the image bytes
   * @return the service's answer
   */
  @HostAccess.Export
  public ImagesReply info(Value image) {
    return service.info(JsBytes.bytesOrNull(image));
  }

  /**
   * Transforms an image, as the binding's {@code output()} asks for it.
   *
   * @param image the input bytes
   * @param transformsJson the transforms as workerd serialises them
   * @param outputFormat the output format field
   * @return the service's answer
   */
  @HostAccess.Export
  public ImagesReply transform(Value image, String transformsJson, String outputFormat) {
    return service.transform(JsBytes.bytesOrNull(image), transformsJson, outputFormat);
  }

  /**
   * Stores a hosted image.
   *
   * @param id the image id
   * @param image the bytes
   * @param optionsJson the upload options
   * @return the details as JSON
   */
  @HostAccess.Export
  public String upload(String id, Value image, String optionsJson) {
    return hosted.upload(id, JsBytes.bytesOrNull(image), optionsJson);
  }

  /**
   * A hosted image's details.
   *
   * @param id the image id
   * @return the details as JSON, or {@code null}
   */
  @HostAccess.Export
  public String details(String id) {
    return hosted.details(id);
  }

  /**
   * A hosted image's bytes.
   *
   * @param id the image id
   * @return a read-only view of the bytes, or {@code null}
   */
  @HostAccess.Export
  public ByteBuffer bytes(String id) {
    byte[] bytes = hosted.bytes(id);
    return bytes == null ? null : ByteBuffer.wrap(bytes).asReadOnlyBuffer();
  }

  /**
   * Changes a hosted image's options.
   *
   * @param id the image id
   * @param optionsJson the update options
   * @return the new details as JSON, or {@code null} when there is no such image
   */
  @HostAccess.Export
  public String update(String id, String optionsJson) {
    return hosted.update(id, optionsJson);
  }

  /**
   * Deletes a hosted image.
   *
   * @param id the image id
   * @return whether it existed
   */
  @HostAccess.Export
  public boolean delete(String id) {
    return hosted.delete(id);
  }

  /**
   * One page of the hosted images.
   *
   * @param optionsJson the list options
   * @return the page as JSON
   */
  @HostAccess.Export
  public String list(String optionsJson) {
    return hosted.list(optionsJson);
  }
}
