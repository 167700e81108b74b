/**
 * A small, fast, seeded pseudo-random generator (sfc32, from PractRand's test suite) so that the
 * bench dataset is the same for the same seed on every machine. Not for anything secret.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A uniform number in [0, 1). */
  float(): number {
    return this.next() / 4294967296;
  }

  /** A uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]!;
  }

  /** Picks by weight: [[value, weight], ...]. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let x = this.float() * total;
    for (const [value, weight] of items) {
      x -= weight;
      if (x < 0) return value;
    }
    return items[items.length - 1]![0];
  }

  /** A few distinct items. */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length) out.push(pool.splice(Math.floor(this.float() * pool.length), 1)[0]!);
    return out;
  }

  /** A derived generator, so one part's draws do not shift another's. */
  fork(salt: number): Rng {
    return new Rng((this.next() ^ Math.imul(salt, 0x85ebca6b)) >>> 0);
  }

  /**
   * A UUIDv7 (RFC 9562 §5.7) whose time is `ms` and whose random bits come from this generator:
   * the same shape and ordering as Candor's own ids, reproducible from the seed.
   */
  uuid7(ms: number): string {
    const hex = (n: number, width: number) => (n >>> 0).toString(16).padStart(width, '0').slice(-width);
    const high = Math.floor(ms / 2 ** 16);
    const low = ms % 2 ** 16;
    const r1 = this.next();
    const r2 = this.next();
    const r3 = this.next();
    return `${hex(high, 8)}-${hex(low, 4)}-7${hex(r1 >>> 20, 3)}-${hex(((r1 >>> 4) & 0x3fff) | 0x8000, 4)}-${hex(r2, 8)}${hex(r3 >>> 16, 4)}`;
  }
}
