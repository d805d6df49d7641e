import {
  ApplicationCommandType,
  ChannelType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  SlashCommandSubcommandBuilder,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from './context.js';
import type { ChannelRef, Interaction, TargetMessage } from './interaction.js';

/** The member permissions a command may require, with the name Discord's own settings show for each. */
export const PERMISSION_NAMES = { ManageGuild: 'Manage Server', ManageMessages: 'Manage Messages' } as const;
export type Permission = keyof typeof PERMISSION_NAMES;

/**
 * What a command (or a button or form, see components.ts) needs before its handler runs. The dispatcher
 * enforces all of it and answers a refusal privately, so handlers only do their work.
 */
export interface Needs {
  /** Only inside a server: not offered in DMs, and refused there. Implied by `permission`. */
  guildOnly?: boolean;
  /**
   * A member permission, also registered as the command's `default_member_permissions` so Discord hides
   * the command from others. Server admins can change who sees it, so the dispatcher checks it again.
   */
  permission?: Permission;
  /** Acknowledge before the handler runs (work that may exceed Discord's 3 s); the handler's reply then fills it in. */
  defer?: { private: boolean };
  /** Counts against the member's question cooldown (COOLDOWN_QUESTIONS per COOLDOWN_SECONDS). */
  cooldown?: boolean;
}

interface OptionBase {
  description: string;
  required?: boolean;
}
export interface StringOption extends OptionBase {
  type: 'string';
  maxLength?: number;
  autocomplete?: boolean;
}
export interface BooleanOption extends OptionBase {
  type: 'boolean';
}
export interface NumberOption extends OptionBase {
  type: 'number';
  /** Bounds Discord enforces in its own input, inclusive. */
  min?: number;
  max?: number;
}
export interface ChannelOption extends OptionBase {
  type: 'channel';
  channelTypes?: readonly (ChannelType.GuildText | ChannelType.GuildAnnouncement | ChannelType.GuildForum)[];
}

/** A required channel option for summary posts: the channel types a summary card can be posted to. */
export const summaryChannelOption = (description: string) =>
  ({ type: 'channel', description, required: true, channelTypes: [ChannelType.GuildText, ChannelType.GuildAnnouncement] }) as const satisfies ChannelOption;
export type OptionSpec = StringOption | BooleanOption | NumberOption | ChannelOption;
/** A command's options by name, in the order Discord shows them. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S extends StringOption ? string : S extends BooleanOption ? boolean : S extends NumberOption ? number : ChannelRef;
/** The values a handler gets: typed from the definition, null when an optional option was left out. */
export type OptionValues<O extends OptionSpecs> = { readonly [K in keyof O]: O[K] extends { required: true } ? ValueOf<O[K]> : ValueOf<O[K]> | null };
/** The names of the options that autocomplete. */
export type AutocompleteName<O extends OptionSpecs> = { [K in keyof O]: O[K] extends { autocomplete: true } ? K : never }[keyof O] & string;

/** A slash command as its module writes it: its definition, its needs and its handlers, side by side. */
export interface CommandDefinition<O extends OptionSpecs> {
  /** Lower case, as members type it after the slash. */
  name: string;
  description: string;
  options?: O;
  needs?: Needs;
  execute(interaction: Interaction, context: BotContext, options: OptionValues<O>): Promise<void>;
  /** Answers with `interaction.respond(choices)` for the option being typed. */
  autocomplete?(interaction: Interaction, context: BotContext, focused: { name: AutocompleteName<O>; value: string }): Promise<void>;
}

/** A command as the registry, deploy-commands and the dispatcher see it: a slash command or a message context-menu command. */
export interface Command {
  readonly name: string;
  /** `slash`: typed after a slash; `message`: in a message's Apps menu, under its name. */
  readonly type: 'slash' | 'message';
  /** How refusals name it: `/ask`, or “Answer from FAQ”. */
  readonly label: string;
  /** What it does, as /help lists it (Discord shows no description for context-menu commands). */
  readonly description: string;
  readonly needs: Needs;
  /** What Discord registers (deploy-commands). */
  toJSON(): RESTPostAPIApplicationCommandsJSONBody;
  /** Runs the handler with the typed options; throws when the payload lacks a required option or has one of another type. */
  execute(interaction: Interaction, context: BotContext): Promise<void>;
  autocomplete?(interaction: Interaction, context: BotContext): Promise<void>;
}

/** Where a command is offered and who sees it by default, from its needs; the same for both kinds of command. */
function applyNeeds<B extends SlashCommandBuilder | ContextMenuCommandBuilder>(builder: B, needs: Needs): B {
  if (needs.guildOnly || needs.permission) builder.setContexts(InteractionContextType.Guild);
  else builder.setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);
  if (needs.permission) builder.setDefaultMemberPermissions(PermissionFlagsBits[needs.permission]);
  return builder;
}

function builderOf(definition: CommandDefinition<OptionSpecs>): SlashCommandBuilder {
  return addOptions(applyNeeds(new SlashCommandBuilder().setName(definition.name).setDescription(definition.description), definition.needs ?? {}), definition.options ?? {});
}

/** Adds the declared options, in order, to a command or a subcommand. */
function addOptions<B extends SlashCommandBuilder | SlashCommandSubcommandBuilder>(builder: B, options: OptionSpecs): B {
  for (const [name, spec] of Object.entries(options)) {
    const base = <T extends { setName(n: string): T; setDescription(d: string): T; setRequired(r: boolean): T }>(o: T) =>
      o.setName(name).setDescription(spec.description).setRequired(spec.required ?? false);
    if (spec.type === 'string') {
      builder.addStringOption((o) => {
        base(o).setAutocomplete(spec.autocomplete ?? false);
        return spec.maxLength ? o.setMaxLength(spec.maxLength) : o;
      });
    } else if (spec.type === 'boolean') builder.addBooleanOption((o) => base(o));
    else if (spec.type === 'number') {
      builder.addNumberOption((o) => {
        base(o);
        if (spec.min !== undefined) o.setMinValue(spec.min);
        return spec.max !== undefined ? o.setMaxValue(spec.max) : o;
      });
    } else builder.addChannelOption((o) => (spec.channelTypes ? base(o).addChannelTypes(...spec.channelTypes) : base(o)));
  }
  return builder;
}

/** The registry's view of a slash command, with or without subcommands. */
function slashCommand(definition: { name: string; description: string; needs?: Needs }, builder: SlashCommandBuilder, execute: Command['execute']): Command {
  return {
    name: definition.name,
    type: 'slash',
    label: `/${definition.name}`,
    description: definition.description,
    needs: definition.needs ?? {},
    toJSON: () => builder.toJSON(),
    execute,
  };
}

/** Reads every declared option from the payload, checking its type; a missing required option is an error. */
function readOptions<O extends OptionSpecs>(interaction: Interaction, specs: O): OptionValues<O> {
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = interaction.option(name);
    const matches = spec.type === 'channel' ? typeof value === 'object' && value !== null : typeof value === spec.type;
    if (value !== null && !matches) throw new Error(`option ${name} of /${interaction.command} is not a ${spec.type}`);
    if (value === null && spec.required) throw new Error(`required option ${name} of /${interaction.command} is missing`);
    values[name] = value;
  }
  return values as OptionValues<O>;
}

/**
 * A command from its definition: discord.js's SlashCommandBuilder builds (and validates) what Discord
 * registers, and the handlers get options typed from the definition, so a misspelt option name fails
 * `tsc`. `const O` keeps each option's `required: true` literal, which makes its value non-null.
 */
export function defineCommand<const O extends OptionSpecs = Record<never, OptionSpec>>(definition: CommandDefinition<O>): Command {
  const builder = builderOf(definition as unknown as CommandDefinition<OptionSpecs>);
  const specs = (definition.options ?? {}) as O;
  const { autocomplete } = definition;
  return {
    ...slashCommand(definition, builder, (interaction, context) => definition.execute(interaction, context, readOptions(interaction, specs))),
    ...(autocomplete ? { autocomplete: autocompleter(`/${definition.name}`, specs, autocomplete) } : {}),
  };
}

/** A message context-menu command (right-click a message > Apps) as its module writes it. */
export interface MessageCommandDefinition {
  /** What the Apps menu shows, e.g. `Answer from FAQ` (1–32 characters, spaces and capitals allowed). */
  name: string;
  /** For /help: Discord registers no description for context-menu commands. */
  description: string;
  needs?: Needs;
  /** Runs with the message the command was used on. */
  execute(interaction: Interaction, context: BotContext, message: TargetMessage): Promise<void>;
}

/**
 * A message context-menu command: registered by deploy-commands beside the slash commands, enforced and
 * dispatched like them (its `needs` too), its handler given the targeted message that Discord resolves in
 * the interaction. discord.js's ContextMenuCommandBuilder validates the name.
 */
export function defineMessageCommand(definition: MessageCommandDefinition): Command {
  const builder = applyNeeds(new ContextMenuCommandBuilder().setName(definition.name).setType(ApplicationCommandType.Message), definition.needs ?? {});
  return {
    name: definition.name,
    type: 'message',
    label: `“${definition.name}”`,
    description: definition.description,
    needs: definition.needs ?? {},
    toJSON: () => builder.toJSON(),
    async execute(interaction, context) {
      if (!interaction.targetMessage) throw new Error(`${definition.name} arrived without its target message`);
      await definition.execute(interaction, context, interaction.targetMessage);
    },
  };
}

/** One subcommand of a command (`/autoanswer add`), as its command's module writes it. */
export interface SubcommandDefinition<O extends OptionSpecs> {
  description: string;
  options?: O;
  execute(interaction: Interaction, context: BotContext, options: OptionValues<O>): Promise<void>;
  /** Answers with `interaction.respond(choices)` for the option being typed, as a command's does. */
  autocomplete?(interaction: Interaction, context: BotContext, focused: { name: AutocompleteName<O>; value: string }): Promise<void>;
}

/** A subcommand with its options typed away: what defineCommandGroup takes. */
export interface Subcommand {
  readonly description: string;
  readonly options: OptionSpecs;
  execute(interaction: Interaction, context: BotContext): Promise<void>;
  autocomplete?(interaction: Interaction, context: BotContext): Promise<void>;
}

/**
 * The autocomplete handler of a command or subcommand: checks that the option being typed is one of
 * `specs` that autocompletes, then hands it to `handler`.
 */
function autocompleter<O extends OptionSpecs>(label: string, specs: O, handler: NonNullable<CommandDefinition<O>['autocomplete']>) {
  return async (interaction: Interaction, context: BotContext) => {
    const focused = interaction.focused();
    const spec = focused ? specs[focused.name] : undefined;
    if (!focused || spec?.type !== 'string' || !spec.autocomplete) throw new Error(`${label} has no autocomplete option ${focused?.name}`);
    await handler(interaction, context, focused as { name: AutocompleteName<O>; value: string });
  };
}

/** A subcommand whose handlers get options typed from `options`, like defineCommand's. */
export function subcommand<const O extends OptionSpecs = Record<never, OptionSpec>>(definition: SubcommandDefinition<O>): Subcommand {
  const specs = (definition.options ?? {}) as O;
  return {
    description: definition.description,
    options: specs,
    execute: (interaction, context) => definition.execute(interaction, context, readOptions(interaction, specs)),
    ...(definition.autocomplete ? { autocomplete: autocompleter(`this subcommand`, specs, definition.autocomplete) } : {}),
  };
}

/** A slash command made of subcommands (`/autoanswer add|remove|list`): the command's needs cover them all. */
export interface CommandGroupDefinition {
  name: string;
  description: string;
  needs?: Needs;
  /** By name, lower case, in the order Discord shows them. */
  subcommands: Readonly<Record<string, Subcommand>>;
}

/** A command of subcommands, registered, enforced and dispatched like any command; the payload's subcommand picks the handler. */
export function defineCommandGroup(definition: CommandGroupDefinition): Command {
  const builder = applyNeeds(new SlashCommandBuilder().setName(definition.name).setDescription(definition.description), definition.needs ?? {});
  for (const [name, sub] of Object.entries(definition.subcommands)) {
    builder.addSubcommand((b) => addOptions(b.setName(name).setDescription(sub.description), sub.options));
  }
  const subcommandOf = (interaction: Interaction): Subcommand => {
    const sub = interaction.subcommand ? definition.subcommands[interaction.subcommand] : undefined;
    if (!sub) throw new Error(`/${definition.name} has no subcommand ${interaction.subcommand}`);
    return sub;
  };
  const command = slashCommand(definition, builder, (interaction, context) => subcommandOf(interaction).execute(interaction, context));
  if (!Object.values(definition.subcommands).some((sub) => sub.autocomplete)) return command;
  return {
    ...command,
    async autocomplete(interaction, context) {
      const sub = subcommandOf(interaction);
      if (!sub.autocomplete) throw new Error(`/${definition.name} ${interaction.subcommand} has no autocomplete option`);
      await sub.autocomplete(interaction, context);
    },
  };
}
