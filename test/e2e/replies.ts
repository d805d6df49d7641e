import { expect } from 'vitest';
import type { SentInteraction } from './emulator.js';

/** What the end-to-end tests read of the bot's replies. */
export type Button = { custom_id: string; label: string; disabled?: boolean };
export type Data = { content?: string; flags?: number; embeds?: { title?: string; description?: string }[]; components?: { components: Button[] }[] };

/** The bot's first reply to an interaction. */
export const dataOf = async (sent: SentInteraction): Promise<Data> => ((await sent.callback()).body as { data: Data }).data;

/** A deferred private reply, as filled in afterwards. */
export async function deferredOf(sent: SentInteraction): Promise<Data> {
  expect((await sent.callback()).body).toMatchObject({ type: 5, data: { flags: 64 } });
  return (await sent.waitForResponse((r) => r.method === 'PATCH')).body as Data;
}

export const buttons = (data: Data): Button[] => (data.components ?? []).flatMap((row) => row.components);

/** The custom id of the button whose label is `label`, or starts with it (Discord cuts labels at 80 characters). */
export function buttonLabelled(data: Data, label: string): string {
  const found = buttons(data).find((b) => b.label === label || (b.label.endsWith('…') && label.startsWith(b.label.slice(0, -1))));
  if (!found) throw new Error(`no "${label}" button among ${buttons(data).map((b) => b.label).join(', ')}`);
  return found.custom_id;
}
