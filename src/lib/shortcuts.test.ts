import { describe, expect, it } from 'vitest';
import { isSearchShortcut, type KeyPress } from './shortcuts.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  defaultPrevented: false,
  ...mods,
});

describe('isSearchShortcut', () => {
  it('takes / outside text fields, and only a bare /', () => {
    expect(isSearchShortcut(press('/'), false)).toBe(true);
    expect(isSearchShortcut(press('/'), true)).toBe(false);
    expect(isSearchShortcut(press('/', { ctrlKey: true }), false)).toBe(false);
    expect(isSearchShortcut(press('/', { metaKey: true }), false)).toBe(false);
    expect(isSearchShortcut(press('/', { altKey: true }), false)).toBe(false);
  });
  it('takes Ctrl+K and ⌘K anywhere, in either case', () => {
    for (const mods of [{ ctrlKey: true }, { metaKey: true }]) {
      expect(isSearchShortcut(press('k', mods), false)).toBe(true);
      expect(isSearchShortcut(press('K', mods), true)).toBe(true);
    }
  });
  it('leaves K alone without Ctrl or ⌘, or with Alt or Shift', () => {
    expect(isSearchShortcut(press('k'), false)).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isSearchShortcut(press('K', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isSearchShortcut(press('j', { ctrlKey: true }), false)).toBe(false);
  });
  it('leaves keys alone that an input method is composing or the page already handled', () => {
    expect(isSearchShortcut(press('/', { isComposing: true }), false)).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, isComposing: true }), false)).toBe(false);
    expect(isSearchShortcut(press('/', { defaultPrevented: true }), false)).toBe(false);
    expect(isSearchShortcut(press('k', { metaKey: true, defaultPrevented: true }), false)).toBe(false);
  });
});
