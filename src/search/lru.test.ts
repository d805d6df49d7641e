import { describe, expect, it } from 'vitest';
import { Lru } from './lru.js';

describe('Lru', () => {
  const counting = () => {
    let made = 0;
    const cache = new Lru<number, string>(3);
    const get = (key: number) => cache.get(key, () => (made++, `v${key}`));
    return { get, made: () => made };
  };

  it('makes a value once while it is held, and gives it back', () => {
    const { get, made } = counting();
    expect(get(1)).toBe('v1');
    expect(get(1)).toBe('v1');
    expect(made()).toBe(1);
  });

  it('holds at most max values, dropping the oldest one not used since', () => {
    const { get, made } = counting();
    for (const key of [1, 2, 3]) get(key);
    get(1); // used: survives the next insertion
    get(4); // drops 2, the oldest unused
    expect(made()).toBe(4);
    get(1);
    get(3);
    get(4);
    expect(made()).toBe(4);
    get(2);
    expect(made()).toBe(5);
  });

  it('drops the oldest when every value was used', () => {
    const { get, made } = counting();
    for (const key of [1, 2, 3, 1, 2, 3]) get(key);
    get(4);
    get(2);
    get(3);
    get(4);
    expect(made()).toBe(4);
    get(1);
    expect(made()).toBe(5);
  });
});
