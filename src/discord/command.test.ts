import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineCommand, type OptionValues } from './command.js';
import { commands } from './commands/index.js';
import type { ChannelRef } from './interaction.js';

const options = {
  question: { type: 'string', description: 'q', required: true },
  private: { type: 'boolean', description: 'p' },
  channel: { type: 'channel', description: 'c', required: true },
} as const;

describe('defineCommand', () => {
  it('types each option from the definition: required ones are never null, a misspelt name fails tsc', () => {
    expectTypeOf<OptionValues<typeof options>>().toEqualTypeOf<{ readonly question: string; readonly private: boolean | null; readonly channel: ChannelRef }>();
    defineCommand({
      name: 'typed',
      description: 'd',
      options: { question: { type: 'string', description: 'q', required: true } },
      async execute(_interaction, _context, values) {
        expectTypeOf(values.question).toEqualTypeOf<string>();
        // @ts-expect-error: no option is named "questoin"; tsc (npm run typecheck) fails if this compiles.
        void values.questoin;
      },
    });
  });

  it('registers default_member_permissions and server-only contexts from the declared permission', () => {
    const admin = defineCommand({ name: 'admin', description: 'd', needs: { permission: 'ManageGuild' }, execute: async () => {} }).toJSON();
    expect(admin.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(admin.contexts).toEqual([0]);
    const open = defineCommand({ name: 'open', description: 'd', execute: async () => {} }).toJSON();
    expect(open.default_member_permissions).toBeUndefined();
    expect(open.contexts).toEqual([0, 1]);
  });

  it('gives every admin command default_member_permissions = Manage Server', () => {
    const admin = [...commands.values()].filter((c) => c.needs.permission).map((c) => [c.name, c.toJSON().default_member_permissions]);
    expect(admin).toEqual(['post-summary', 'subscribe', 'unsubscribe', 'subscriptions', 'faq-report', 'faq-learn'].map((name) => [name, String(PermissionFlagsBits.ManageGuild)]));
  });
});
