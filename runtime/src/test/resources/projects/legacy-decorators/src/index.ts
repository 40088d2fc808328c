function log(target: any, key: string, descriptor: PropertyDescriptor) {
  return descriptor;
}

class Service {
  @log
  hello(): string {
    return "hello";
  }
}

export default {
  fetch(): Response {
    return new Response(new Service().hello());
  },
};
