/** The vocabulary lookups the calculator decides with: IDs, product kinds covered, implied and narrower, products. */
import { describe, expect, it } from 'vitest';
import {
  bases,
  beneficiaries,
  impliedKinds,
  narrowerThanPicked,
  PICKABLE_PRODUCTS,
  productUnits,
  products,
  productsOverlap,
  roles,
  stages,
} from './vocab.ts';

describe('vocabulary lookups', () => {
  it('IDs ↔ names, and unknown IDs are undefined', () => {
    expect(stages.fromId('clinical-2')?.name).toBe('临床II期');
    expect(stages.id('临床II期')).toBe('clinical-2');
    expect(products.of('创新医疗器械').id).toBe('device-innovative');
    expect(beneficiaries.fromId('talent')?.name).toBe('人才团队');
    expect(bases.id('实收注册资本')).toBe('capital');
    expect(roles.fromId('provider')?.name).toBe('受托方');
    expect(stages.fromId('nope')).toBeUndefined();
  });

  it('the reader picks specific kinds, not the umbrella terms 药品, 新药, 医疗器械', () => {
    expect(PICKABLE_PRODUCTS).not.toContain('药品');
    expect(PICKABLE_PRODUCTS).not.toContain('新药');
    expect(PICKABLE_PRODUCTS).not.toContain('医疗器械');
    expect(PICKABLE_PRODUCTS).toContain('特定疾病特医食品');
    expect(PICKABLE_PRODUCTS[0]).toBe('1类创新药');
  });

  it('umbrella terms cover their kinds; a kind covers itself', () => {
    expect(productsOverlap(['药品'], new Set(['仿制药']))).toBe(true);
    expect(productsOverlap(['新药'], new Set(['仿制药']))).toBe(false);
    expect(productsOverlap(['医疗器械'], new Set(['创新医疗器械']))).toBe(true);
    expect(productsOverlap(['三类医疗器械'], new Set(['三类医疗器械']))).toBe(true);
    expect(productsOverlap(['三类医疗器械'], new Set(['二类医疗器械']))).toBe(false);
    expect(productsOverlap([], new Set(['二类医疗器械']))).toBe(false);
  });

  it('what a kind implies: an innovative device is class III or II; a specific-disease food is a special food', () => {
    expect([...impliedKinds(['创新医疗器械'])].sort()).toEqual(['三类医疗器械', '二类医疗器械', '创新医疗器械'].sort());
    expect([...impliedKinds(['特定疾病特医食品'])].sort()).toEqual(['特医食品', '特定疾病特医食品'].sort());
    expect([...impliedKinds(['1类创新药', '兽药'])]).toEqual(['1类创新药', '兽药']);
  });

  it('a clause for a narrower kind than the one picked', () => {
    expect(narrowerThanPicked(['创新医疗器械'], new Set(['三类医疗器械']))).toBe(true);
    expect(narrowerThanPicked(['特定疾病特医食品'], new Set(['特医食品']))).toBe(true);
    expect(narrowerThanPicked(['三类医疗器械'], new Set(['创新医疗器械']))).toBe(false);
    expect(narrowerThanPicked(['兽药'], new Set(['三类医疗器械']))).toBe(false);
    // An umbrella term covering the narrower kind counts too: 医疗器械 covers 创新医疗器械.
    expect(narrowerThanPicked(['医疗器械'], new Set(['二类医疗器械']))).toBe(true);
  });

  it('products: each kind one product, except a kind another picked kind implies', () => {
    expect(productUnits(['1类创新药', '三类医疗器械'])).toEqual([['1类创新药'], ['三类医疗器械']]);
    expect(productUnits(['三类医疗器械', '创新医疗器械'])).toEqual([['创新医疗器械', '三类医疗器械']]);
    expect(productUnits(['特医食品', '特定疾病特医食品', '兽药'])).toEqual([
      ['特定疾病特医食品', '特医食品'],
      ['兽药'],
    ]);
    expect(productUnits([])).toEqual([]);
  });
});
