export enum Visibility {
  Private = "private",
  Public = "public",
}

export interface Note {
  slug: string;
  title: string;
  visibility: Visibility;
}

/** Notes as JSON in KV under "note:<slug>". */
export class NoteStore {
  constructor(private readonly kv: KVNamespace) {}

  async save(note: Note): Promise<void> {
    await this.kv.put(this.key(note.slug), JSON.stringify(note));
  }

  async load(slug: string): Promise<Note | null> {
    return this.kv.get<Note>(this.key(slug), "json");
  }

  private key(slug: string): string {
    if (slug.length > 64) {
      throw new RangeError(`slug too long: ${slug.length} characters`);
    }
    return `note:${slug}`;
  }
}
