package io.github.miniflare4j.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One call a worker made on a stand-in binding.
 *
 * @param method the method called, e.g. {@code run}
 * @param args its arguments, as JSON
 */
public record StandInCall(String method, List<JsonNode> args) {

  /**
   * Copies the arguments.
   *
   * @param method the method called
   * @param args its arguments
   */
  public StandInCall {
    args = List.copyOf(args);
  }

  /**
   * One argument.
   *
   * @param index its position
   * @return the argument, or a missing node when the worker passed fewer
   */
  public JsonNode arg(int index) {
    return index < args.size() ? args.get(index) : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }
}
