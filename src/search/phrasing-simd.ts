/**
 * The two inner loops of `PhrasingClassifier.training` (a phrasing's class scores, and its gradient step) in
 * WebAssembly SIMD, two classes per instruction: the same IEEE double operations, in the same order, on each
 * class as the JavaScript loops (`PhrasingClassifier.softmax`'s sum; the step `update` gives), each weight
 * rounded to 32 bits as a Float32Array store rounds it, so the trained weights are bit for bit those of the
 * JavaScript loops (phrasing-simd.test.ts holds it). Training on the real-text benchmark corpus's 99 intents (1,374
 * phrasings, 4.5·10⁸ multiply-adds) took 1.6 s of CPU in JavaScript, a quarter of that here.
 *
 * The module is assembled below from its instructions (WebAssembly binary format, core spec §5, and the
 * fixed-width SIMD proposal's opcodes), about 500 bytes: no build step, no file to load.
 */

const I32 = 0x7f;
const F64 = 0x7c;
const V128 = 0x7b;

/** Unsigned LEB128, as the binary format writes numbers. */
function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

const vec = (items: number[][]): number[] => [...leb(items.length), ...items.flat()];
const name = (s: string): number[] => [...leb(s.length), ...Array.from(s, (ch) => ch.charCodeAt(0))];
const section = (id: number, body: number[]): number[] => [id, ...leb(body.length), ...body];

// Control and scalar instructions (memory ones with their alignment, as a power of two, and offset 0).
const BLOCK = [0x02, 0x40];
const LOOP = [0x03, 0x40];
const IF = [0x04, 0x40];
const END = 0x0b;
const BR = 0x0c;
const BR_IF = 0x0d;
const get = (i: number) => [0x20, i];
const set = (i: number) => [0x21, i];
const tee = (i: number) => [0x22, i];
const i32 = (n: number) => [0x41, ...leb(n)];
const I32_LOAD = [0x28, 2, 0];
const F32_LOAD = [0x2a, 2, 0];
const F64_LOAD = [0x2b, 3, 0];
const F32_STORE = [0x38, 2, 0];
const F64_STORE = [0x39, 3, 0];
const I32_ADD = 0x6a;
const I32_MUL = 0x6c;
const I32_SHL = 0x74;
const I32_LT_U = 0x49;
const I32_GE_U = 0x4f;
const F64_ADD = 0xa0;
const F64_SUB = 0xa1;
const F64_MUL = 0xa2;
const F32_DEMOTE = 0xb6;
const F64_PROMOTE = 0xbb;
// SIMD instructions (prefix 0xfd, then the opcode as LEB128).
const simd = (opcode: number, ...immediates: number[]) => [0xfd, ...leb(opcode), ...immediates];
const V128_LOAD = simd(0x00, 3, 0);
const V128_STORE = simd(0x0b, 3, 0);
/** Two 32-bit floats into the low half, the high half zero. */
const V128_LOAD64_ZERO = simd(0x5d, 2, 0);
/** The low half (two 32-bit floats) stored. */
const V128_STORE64_LANE0 = simd(0x5b, 2, 0, 0);
const F64X2_SPLAT = simd(0x14);
const F64X2_LANE0 = simd(0x21, 0);
/** Two doubles rounded to 32-bit floats (to nearest, ties to even, as a Float32Array store), in the low half. */
const F32X4_DEMOTE = simd(0x5e);
/** The two 32-bit floats of the low half, as doubles (exact). */
const F64X2_PROMOTE = simd(0x5f);
const F64X2_ADD = simd(0xf0);
const F64X2_SUB = simd(0xf1);
const F64X2_MUL = simd(0xf2);

/** `ptr + (i << shift)`: the address of element `i` of `1 << shift` bytes. */
const at = (ptr: number, i: number, shift: number) => [...get(ptr), ...get(i), ...i32(shift), I32_SHL, I32_ADD];

/**
 * Both functions take `weights, rows, values, n, …, classes` (byte addresses, then counts) and loop over the
 * phrasing's `n` features: `base` = the address of its row's first weight, `x2` = its value in both lanes;
 * then over the classes two at a time, the last one alone when their count is odd.
 */
function loops(k: number, c: number, base: number, x2: number, pair: number[], last: number[]): number[] {
  const [weights, rows, values, n, classes] = [0, 1, 2, 3, 5];
  return [
    ...BLOCK, ...LOOP,
    ...get(k), ...get(n), I32_GE_U, BR_IF, 1,
    ...at(rows, k, 2), ...I32_LOAD, ...get(classes), I32_MUL, ...i32(2), I32_SHL, ...get(weights), I32_ADD, ...set(base),
    ...at(values, k, 3), ...F64_LOAD, ...F64X2_SPLAT, ...set(x2),
    ...i32(0), ...set(c),
    ...BLOCK, ...LOOP,
    ...get(c), ...i32(1), I32_ADD, ...get(classes), I32_GE_U, BR_IF, 1,
    ...pair,
    ...get(c), ...i32(2), I32_ADD, ...set(c), BR, 0,
    END, END,
    ...get(c), ...get(classes), I32_LT_U, ...IF, ...last, END,
    ...get(k), ...i32(1), I32_ADD, ...set(k), BR, 0,
    END, END,
  ];
}

/** scores(weights, rows, values, n, out, classes): out[c] = out[c] + weights[rows[k]][c] × values[k], k ascending. */
function scoresBody(): number[] {
  const [out, k, c, base, addr, x2] = [4, 6, 7, 8, 9, 10];
  const pair = [...at(out, c, 3), ...tee(addr), ...get(addr), ...V128_LOAD, ...at(base, c, 2), ...V128_LOAD64_ZERO, ...F64X2_PROMOTE, ...get(x2), ...F64X2_MUL, ...F64X2_ADD, ...V128_STORE];
  const last = [...at(out, c, 3), ...tee(addr), ...get(addr), ...F64_LOAD, ...at(base, c, 2), ...F32_LOAD, F64_PROMOTE, ...get(x2), ...F64X2_LANE0, F64_MUL, F64_ADD, ...F64_STORE];
  return [...vec([[4, I32], [1, V128]]), ...loops(k, c, base, x2, pair, last), END];
}

/** update(weights, rows, values, n, p, classes, rate, decay): w = f32(w − rate × (p[c] × values[k] + decay × w)) for each weight w of the rows. */
function updateBody(): number[] {
  const [p, rate, decay, k, c, base, addr, x2, rate2, decay2, w2, w] = [4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
  const pair = [
    ...at(base, c, 2), ...tee(addr), ...get(addr), ...V128_LOAD64_ZERO, ...F64X2_PROMOTE, ...tee(w2),
    ...at(p, c, 3), ...V128_LOAD, ...get(x2), ...F64X2_MUL, ...get(decay2), ...get(w2), ...F64X2_MUL, ...F64X2_ADD, ...get(rate2), ...F64X2_MUL,
    ...F64X2_SUB, ...F32X4_DEMOTE, ...V128_STORE64_LANE0,
  ];
  const last = [
    ...at(base, c, 2), ...tee(addr), ...get(addr), ...F32_LOAD, F64_PROMOTE, ...tee(w),
    ...at(p, c, 3), ...F64_LOAD, ...get(x2), ...F64X2_LANE0, F64_MUL, ...get(decay), ...get(w), F64_MUL, F64_ADD, ...get(rate), F64_MUL,
    F64_SUB, F32_DEMOTE, ...F32_STORE,
  ];
  return [...vec([[4, I32], [4, V128], [1, F64]]), ...get(rate), ...F64X2_SPLAT, ...set(rate2), ...get(decay), ...F64X2_SPLAT, ...set(decay2), ...loops(k, c, base, x2, pair, last), END];
}

const body = (code: number[]) => [...leb(code.length), ...code];

/** The module: imports `m.memory`, exports `scores` and `update`. */
const MODULE = new WebAssembly.Module(
  Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec([[0x60, ...vec(Array(6).fill([I32])), 0], [0x60, ...vec([...Array(6).fill([I32]), [F64], [F64]]), 0]])),
    ...section(2, vec([[...name('m'), ...name('memory'), 0x02, 0x00, 0x00]])),
    ...section(3, vec([[0], [1]])),
    ...section(7, vec([[...name('scores'), 0x00, 0], [...name('update'), 0x00, 1]])),
    ...section(10, vec([body(scoresBody()), body(updateBody())])),
  ]),
);

interface Exports {
  scores(weights: number, rows: number, values: number, n: number, out: number, classes: number): void;
  update(weights: number, rows: number, values: number, n: number, p: number, classes: number, rate: number, decay: number): void;
}

/** A phrasing as training reads it: the rows of its features in the weights, and their values. */
export interface Features {
  rows: Int32Array;
  values: Float64Array;
}

/**
 * The weights of a classifier in training (`rows` × `classes` 32-bit floats, all 0 at first) and its
 * phrasings' features, in one WebAssembly memory: `scores` and `step` run the training's loops on them.
 */
export class TrainingKernel {
  /** The weights, row after row: a view of the kernel's memory (copy them to keep them). */
  readonly weights: Float32Array;
  /** Scratch space of `classes` numbers: each class's score, then its gradient factor. */
  readonly p: Float64Array;
  private readonly exports: Exports;
  /** Per phrasing, the address of its rows and of its values, and how many it has. */
  private readonly rowsAt: Int32Array;
  private readonly valuesAt: Int32Array;
  private readonly counts: Int32Array;

  constructor(
    rows: number,
    private readonly classes: number,
    phrasings: readonly Features[],
  ) {
    const features = phrasings.reduce((sum, f) => sum + f.rows.length, 0);
    // Weights, then the rows (4 bytes each), the values and p (8 bytes each), each part 16-byte aligned.
    const align = (n: number) => Math.ceil(n / 16) * 16;
    const rowsStart = align(rows * classes * 4);
    const valuesStart = align(rowsStart + features * 4);
    const pStart = align(valuesStart + features * 8);
    const memory = new WebAssembly.Memory({ initial: Math.ceil((pStart + classes * 8) / 65_536) });
    this.exports = new WebAssembly.Instance(MODULE, { m: { memory } }).exports as unknown as Exports;
    this.weights = new Float32Array(memory.buffer, 0, rows * classes);
    this.p = new Float64Array(memory.buffer, pStart, classes);
    const allRows = new Int32Array(memory.buffer, rowsStart, features);
    const allValues = new Float64Array(memory.buffer, valuesStart, features);
    this.rowsAt = new Int32Array(phrasings.length);
    this.valuesAt = new Int32Array(phrasings.length);
    this.counts = new Int32Array(phrasings.length);
    let from = 0;
    phrasings.forEach((f, i) => {
      allRows.set(f.rows, from);
      allValues.set(f.values, from);
      this.rowsAt[i] = rowsStart + 4 * from;
      this.valuesAt[i] = valuesStart + 8 * from;
      this.counts[i] = f.rows.length;
      from += f.rows.length;
    });
  }

  /** `p` = the class scores of phrasing `i` (the sums a softmax takes), from 0 and feature by feature. */
  scores(i: number): void {
    this.p.fill(0);
    this.exports.scores(0, this.rowsAt[i]!, this.valuesAt[i]!, this.counts[i]!, this.p.byteOffset, this.classes);
  }

  /** Each weight w of phrasing `i`'s rows, for class c: w − rate × (p[c] × the feature's value + decay × w). */
  step(i: number, rate: number, decay: number): void {
    this.exports.update(0, this.rowsAt[i]!, this.valuesAt[i]!, this.counts[i]!, this.p.byteOffset, this.classes, rate, decay);
  }
}
