/**
 * A case-folding trie over ASCII words in flat typed arrays, so the whole-article scan can
 * test each word against a table without slicing or lower-casing.
 */

/** Words → small integer tags, matched case-insensitively at word starts. */
export class WordTrie {
  private next: Int32Array;
  private tag: Int8Array;
  private size = 1;

  constructor(entries: Iterable<readonly [string, number]>) {
    const list = [...entries].filter(([w]) => /^[a-z]+$/.test(w));
    const cap = list.reduce((n, [w]) => n + w.length, 0) + 1;
    this.next = new Int32Array(cap * 26).fill(-1);
    this.tag = new Int8Array(cap);
    for (const [w, t] of list) {
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const slot = node * 26 + (w.charCodeAt(i) - 97);
        if (this.next[slot] < 0) this.next[slot] = this.size++;
        node = this.next[slot];
      }
      this.tag[node] = t;
    }
  }

  /** Tag of the whole ASCII word text[start, end) (already known to be letters), or 0. */
  match(text: string, start: number, end: number): number {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.next[node * 26 + ((text.charCodeAt(i) | 32) - 97)];
      if (node < 0) return 0;
    }
    return this.tag[node];
  }
}
