package io.github.miniflare4j.engine;

import org.graalvm.polyglot.Value;

/**
 * A request body that a worker sends to another worker (through a service binding or a Durable
 * Object stub) as its stream produces it, rather than read whole first: the sender's prelude
 * pumps the chunks into a pipe that the receiver's {@code request.body} reads, one chunk ahead.
 */
public final class RequestBodyPump {

  private RequestBodyPump() {}

  /**
   * Starts pumping the body of a request the prelude prepared for streaming (its data carry a
   * {@code pumpBody(sink)} function); on the sender's loop thread, inside its call to the host.
   *
   * @param sender the worker that sends the request
   * @param requestData the prelude's request data
   * @return the body as the receiver reads it, or {@code null} when the data hold the whole body
   */
  public static StreamedRequestBody start(WorkerIsolate sender, Value requestData) {
    Value pump = requestData.getMember("pumpBody");
    if (pump == null || !pump.canExecute()) {
      return null;
    }
    WorkerBodyPipe pipe = new WorkerBodyPipe();
    pump.executeVoid(new JsResponseSink(pipe, sender));
    return pipe;
  }
}
