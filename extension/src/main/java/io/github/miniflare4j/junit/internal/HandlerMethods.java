package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Turns a static handler method of a test class into a {@link FetchHandler}. */
final class HandlerMethods {

  private HandlerMethods() {}

  /** Checks the signature and wraps the method; exceptions it throws reach the worker. */
  static FetchHandler handler(Method method, Class<?> annotation) {
    if (!Modifier.isStatic(method.getModifiers())
        || method.getParameterCount() != 1
        || method.getParameterTypes()[0] != FetchRequest.class
        || method.getReturnType() != FetchResponse.class) {
      throw new ExtensionConfigurationException(Messages.handlerSignature(annotation, method));
    }
    method.setAccessible(true);
    return new FetchHandler() {
      @Override
      public FetchResponse handle(FetchRequest request) throws Exception {
        try {
          return (FetchResponse) method.invoke(null, request);
        } catch (InvocationTargetException e) {
          Throwable cause = e.getCause();
          if (cause instanceof Exception) {
            throw (Exception) cause;
          }
          throw (Error) cause;
        }
      }

      @Override
      public String toString() {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
      }
    };
  }
}
