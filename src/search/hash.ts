/** 32-bit FNV-1a (Fowler, Noll, Vo): the hash before any input, and one step of it over a UTF-16 code unit. */
export const FNV_OFFSET = 0x811c9dc5;
export const fnvStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

/** 32-bit FNV-1a over the UTF-16 code units of `text`, unsigned. */
export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = fnvStep(hash, text.charCodeAt(i));
  return hash >>> 0;
}
