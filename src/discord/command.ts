import {
  ApplicationCommandType,
  ChannelType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  Locale,
  PermissionFlagsBits,
  SlashCommandBuilder,
  SlashCommandSubcommandBuilder,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { catalogueFor, messageAt, type MessageKey, type MessageVars, type Translate } from '../i18n/index.js';
import type { BotContext } from './context.js';
import type { ChannelRef, Interaction, TargetMessage } from './interaction.js';

/** The member permissions a command may require; the catalogue's `permissions.*` holds the name Discord's own settings show for each. */
export type Permission = 'ManageGuild' | 'ManageMessages';

/** A permission as Discord's settings name it, in the catalogue's language (`Manage Server`, `Server verwalten`). */
export const permissionName = (t: Translate, permission: Permission): string => t(`permissions.${permission}`);

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

/** An option's description, and its name in each language, are the catalogue's `….options.<name>` (see `CommandDefinition`). */
interface OptionBase {
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
export const summaryChannelOption = { type: 'channel', required: true, channelTypes: [ChannelType.GuildText, ChannelType.GuildAnnouncement] } as const satisfies ChannelOption;
export type OptionSpec = StringOption | BooleanOption | NumberOption | ChannelOption;
/** A command's options by name, in the order Discord shows them. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S extends StringOption ? string : S extends BooleanOption ? boolean : S extends NumberOption ? number : ChannelRef;
/** The values a handler gets: typed from the definition, null when an optional option was left out. */
export type OptionValues<O extends OptionSpecs> = { readonly [K in keyof O]: O[K] extends { required: true } ? ValueOf<O[K]> : ValueOf<O[K]> | null };
/** The names of the options that autocomplete. */
export type AutocompleteName<O extends OptionSpecs> = { [K in keyof O]: O[K] extends { autocomplete: true } ? K : never }[keyof O] & string;

/**
 * A slash command as its module writes it: its definition, its needs and its handlers, side by side. Its
 * words are the catalogue's `commands.<name>`: `name` (English: the name itself), `description`, and per
 * option `options.<option>.name` and `.description`, in every language (src/i18n/locales).
 */
export interface CommandDefinition<O extends OptionSpecs> {
  /** Lower case, as members type it after the slash; in English, as registered. */
  name: string;
  options?: O;
  /** Values for placeholders of its descriptions (`{{default}}`). */
  vars?: MessageVars;
  needs?: Needs;
  execute(interaction: Interaction, context: BotContext, options: OptionValues<O>): Promise<void>;
  /** Answers with `interaction.respond(choices)` for the option being typed. */
  autocomplete?(interaction: Interaction, context: BotContext, focused: { name: AutocompleteName<O>; value: string }): Promise<void>;
}

/** A command as the registry, deploy-commands and the dispatcher see it: a slash command or a message context-menu command. */
export interface Command {
  /** As registered: the English name. */
  readonly name: string;
  /** `slash`: typed after a slash; `message`: in a message's Apps menu, under its name. */
  readonly type: 'slash' | 'message';
  /** Its name as a member with that language sees it in Discord: `ask` (`fragen`), `Answer from FAQ`. */
  localName(t: Translate): string;
  /** How refusals name it, in that language: `/ask` (`/fragen`), or “Answer from FAQ”. */
  label(t: Translate): string;
  /** What it does, as /help lists it (Discord shows no description for context-menu commands). */
  description(t: Translate): string;
  /** Its options' names in that language, as /help lists them; none for a command of subcommands. */
  optionNames(t: Translate): string[];
  /** Its subcommands (`/feeds add`), each with its options' names, in that language, as /help lists them; none for other commands. */
  subcommandNames(t: Translate): { name: string; options: string[] }[];
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

/** Where a command's words are in the catalogue: `Answer from FAQ` is `commands.answer-from-faq`. */
const catalogueKey = (name: string): string => `commands.${name.toLowerCase().replace(/ /g, '-')}`;

/** The text at a path built from a command's names (checked against English when the command is defined). */
const textAt = (t: Translate, key: string, vars?: MessageVars): string => t(key as MessageKey, vars);

interface Localizable<T> {
  setName(name: string): T;
  setNameLocalizations(names: Partial<Record<string, string>>): T;
}
interface Describable<T> {
  setDescription(description: string): T;
  setDescriptionLocalizations(descriptions: Partial<Record<string, string>>): T;
}

/**
 * Discord's `*_localizations` map for the message at `key`: one entry per Discord locale whose catalogue is
 * not English (`es-ES` and `es-419` both get Spanish); English locales use the command's default text.
 */
export function discordLocalizations(key: string, vars?: MessageVars): Partial<Record<Locale, string>> {
  const map: Partial<Record<Locale, string>> = {};
  for (const locale of Object.values(Locale)) {
    const id = catalogueFor(locale);
    if (id !== 'en') map[locale] = messageAt(id, key, vars);
  }
  return map;
}

/**
 * Names a command, subcommand or option after the catalogue at `key`, in every language; throws when the
 * catalogue lacks it or its English name is not `name` (the name handlers and members' payloads use).
 */
function named<T extends Localizable<T>>(builder: T, name: string, key: string): T {
  const registered = messageAt('en', `${key}.name`);
  if (registered !== name) throw new Error(`${key}.name is "${registered}" in English, not "${name}"`);
  return builder.setName(name).setNameLocalizations(discordLocalizations(`${key}.name`));
}

/** Names and describes it after the catalogue at `key` (see `named`). */
const namedAndDescribed = <T extends Localizable<T> & Describable<T>>(builder: T, name: string, key: string, vars?: MessageVars): T =>
  named(builder, name, key)
    .setDescription(messageAt('en', `${key}.description`, vars))
    .setDescriptionLocalizations(discordLocalizations(`${key}.description`, vars));

function builderOf(definition: CommandDefinition<OptionSpecs>): SlashCommandBuilder {
  const key = catalogueKey(definition.name);
  const builder = applyNeeds(namedAndDescribed(new SlashCommandBuilder(), definition.name, key, definition.vars), definition.needs ?? {});
  return addOptions(builder, definition.options ?? {}, key, definition.vars);
}

/** Adds the declared options, in order, to a command or a subcommand whose words are at `key` of the catalogue. */
function addOptions<B extends SlashCommandBuilder | SlashCommandSubcommandBuilder>(builder: B, options: OptionSpecs, key: string, vars?: MessageVars): B {
  for (const [name, spec] of Object.entries(options)) {
    const base = <T extends Localizable<T> & Describable<T> & { setRequired(r: boolean): T }>(o: T) =>
      namedAndDescribed(o, name, `${key}.options.${name}`, vars).setRequired(spec.required ?? false);
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

/** Where a command's (or subcommand's, at `key`) options are in the catalogue. */
const optionKeysOf = (key: string, options: OptionSpecs | undefined): string[] => Object.keys(options ?? {}).map((name) => `${key}.options.${name}`);

/**
 * The registry's view of a slash command, with or without subcommands (`optionKeys`: the catalogue keys
 * of its options; `subcommands`: of each subcommand and its options).
 */
function slashCommand(
  definition: { name: string; needs?: Needs; vars?: MessageVars },
  builder: SlashCommandBuilder,
  optionKeys: string[],
  subcommands: { key: string; optionKeys: string[] }[],
  execute: Command['execute'],
): Command {
  const key = catalogueKey(definition.name);
  const localName = (t: Translate) => textAt(t, `${key}.name`);
  return {
    name: definition.name,
    type: 'slash',
    localName,
    label: (t) => `/${localName(t)}`,
    description: (t) => textAt(t, `${key}.description`, definition.vars),
    optionNames: (t) => optionKeys.map((part) => textAt(t, `${part}.name`)),
    subcommandNames: (t) => subcommands.map((sub) => ({ name: textAt(t, `${sub.key}.name`), options: sub.optionKeys.map((part) => textAt(t, `${part}.name`)) })),
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
    ...slashCommand(definition, builder, optionKeysOf(catalogueKey(definition.name), specs), [], (interaction, context) => definition.execute(interaction, context, readOptions(interaction, specs))),
    ...(autocomplete ? { autocomplete: autocompleter(`/${definition.name}`, specs, autocomplete) } : {}),
  };
}

/**
 * A message context-menu command (right-click a message > Apps) as its module writes it. Its words are the
 * catalogue's `commands.<name, lower case, spaces as ->`: `name` and, for /help, `description` (Discord
 * registers none for context-menu commands).
 */
export interface MessageCommandDefinition {
  /** What the Apps menu shows in English, e.g. `Answer from FAQ` (1–32 characters, spaces and capitals allowed). */
  name: string;
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
  const key = catalogueKey(definition.name);
  const builder = applyNeeds(named(new ContextMenuCommandBuilder(), definition.name, key).setType(ApplicationCommandType.Message), definition.needs ?? {});
  // /help shows its description: a command without one is refused now, not when a member asks for help.
  messageAt('en', `${key}.description`);
  const localName = (t: Translate) => textAt(t, `${key}.name`);
  return {
    name: definition.name,
    type: 'message',
    localName,
    label: (t) => t('menuCommand', { name: localName(t) }),
    description: (t) => textAt(t, `${key}.description`),
    optionNames: () => [],
    subcommandNames: () => [],
    needs: definition.needs ?? {},
    toJSON: () => builder.toJSON(),
    async execute(interaction, context) {
      if (!interaction.targetMessage) throw new Error(`${definition.name} arrived without its target message`);
      await definition.execute(interaction, context, interaction.targetMessage);
    },
  };
}

/** One subcommand of a command (`/autoanswer add`), as its command's module writes it; its words are the catalogue's `commands.<command>.subcommands.<name>`. */
export interface SubcommandDefinition<O extends OptionSpecs> {
  options?: O;
  execute(interaction: Interaction, context: BotContext, options: OptionValues<O>): Promise<void>;
  /** Answers with `interaction.respond(choices)` for the option being typed, as a command's does. */
  autocomplete?(interaction: Interaction, context: BotContext, focused: { name: AutocompleteName<O>; value: string }): Promise<void>;
}

/** A subcommand with its options typed away: what defineCommandGroup takes. */
export interface Subcommand {
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
    options: specs,
    execute: (interaction, context) => definition.execute(interaction, context, readOptions(interaction, specs)),
    ...(definition.autocomplete ? { autocomplete: autocompleter(`this subcommand`, specs, definition.autocomplete) } : {}),
  };
}

/** A slash command made of subcommands (`/autoanswer add|remove|list`): the command's needs cover them all. */
export interface CommandGroupDefinition {
  name: string;
  needs?: Needs;
  /** Values for placeholders of its descriptions (`{{default}}`). */
  vars?: MessageVars;
  /** By name, lower case, in the order Discord shows them. */
  subcommands: Readonly<Record<string, Subcommand>>;
}

/** A command of subcommands, registered, enforced and dispatched like any command; the payload's subcommand picks the handler. */
export function defineCommandGroup(definition: CommandGroupDefinition): Command {
  const key = catalogueKey(definition.name);
  const builder = applyNeeds(namedAndDescribed(new SlashCommandBuilder(), definition.name, key, definition.vars), definition.needs ?? {});
  const parts = Object.keys(definition.subcommands).map((name) => ({ name, key: `${key}.subcommands.${name}` }));
  for (const { name, key: subKey } of parts) {
    builder.addSubcommand((b) => addOptions(namedAndDescribed(b, name, subKey, definition.vars), definition.subcommands[name]!.options, subKey, definition.vars));
  }
  const subcommandOf = (interaction: Interaction): Subcommand => {
    const sub = interaction.subcommand ? definition.subcommands[interaction.subcommand] : undefined;
    if (!sub) throw new Error(`/${definition.name} has no subcommand ${interaction.subcommand}`);
    return sub;
  };
  const subcommands = parts.map((p) => ({ key: p.key, optionKeys: optionKeysOf(p.key, definition.subcommands[p.name]!.options) }));
  const command = slashCommand(definition, builder, [], subcommands, (interaction, context) => subcommandOf(interaction).execute(interaction, context));
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
