// node:_stream_wrap (enable_nodejs_stream_wrap_module): JSStreamSocket, a node:net Socket over a Duplex.
import { Socket } from "node:net";
import { Duplex } from "node-internal:streams";
const { invalidArgType } = $node;
export default class JSStreamSocket extends Socket {
  constructor(stream) {
    if (!(stream instanceof Duplex)) throw invalidArgType("duplex", "an stream.Duplex", stream);
    super({});
    this.stream = stream;
  }
}
