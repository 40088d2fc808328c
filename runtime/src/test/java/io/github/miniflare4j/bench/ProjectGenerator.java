package io.github.miniflare4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a TypeScript worker project of {@code n} modules: each module declares an interface, an
 * enum, a class with parameter properties and generics, and imports the two modules after it
 * (extensionless, one through a type-only import), so the graph has every module reachable from
 * {@code src/index.ts}.
 */
final class ProjectGenerator {

  private ProjectGenerator() {}

  static Path write(Path root, int n) throws IOException {
    Path src = root.resolve("src");
    Files.createDirectories(src.resolve("mods"));
    Files.writeString(root.resolve("package.json"), "{ \"name\": \"generated\", \"type\": \"module\" }\n");
    for (int i = 0; i < n; i++) {
      StringBuilder m = new StringBuilder();
      if (i + 1 < n) {
        m.append("import { value").append(i + 1).append(" } from \"./m").append(i + 1).append("\";\n");
      }
      if (i + 2 < n) {
        m.append("import type { Shape").append(i + 2).append(" } from \"./m").append(i + 2).append("\";\n");
      }
      m.append("""
          export interface ShapeN<T = number> {
            id: string;
            size: T;
            tags?: readonly string[];
          }

          export enum KindN { Small = 1, Medium, Large }

          export class BoxN<T extends { size: number }> {
            private readonly items: T[] = [];
            constructor(private readonly label: string, public capacity: number = 10) {}
            add(item: T): this {
              if (this.items.length >= this.capacity) throw new RangeError(`${this.label} is full`);
              this.items.push(item);
              return this;
            }
            total(): number {
              return this.items.reduce((sum: number, item: T) => sum + item.size, 0);
            }
          }

          function kindOf(size: number): KindN {
            return size < 10 ? KindN.Small : size < 100 ? KindN.Medium : KindN.Large;
          }

          export const valueN = (seed: number): number => {
            const box = new BoxN<ShapeN>("boxN", 4);
            box.add({ id: "a", size: seed } satisfies ShapeN).add({ id: "b", size: kindOf(seed) as number });
            return box.total() NEXT;
          };
          """.replace("ShapeN", "Shape" + i).replace("KindN", "Kind" + i).replace("BoxN", "Box" + i)
          .replace("valueN", "value" + i).replace("boxN", "box" + i)
          .replace("NEXT", i + 1 < n ? "+ value" + (i + 1) + "(seed) % 7" : ""));
      if (i + 2 < n) {
        m.append("export type Pair").append(i).append(" = [Shape").append(i).append(", Shape").append(i + 2).append("];\n");
      }
      Files.writeString(src.resolve("mods/m" + i + ".ts"), m.toString());
    }
    Files.writeString(src.resolve("index.ts"), """
        import { value0 } from "./mods/m0";
        export default {
          fetch(): Response {
            return new Response(String(value0(3)));
          },
        };
        """);
    return root;
  }
}
