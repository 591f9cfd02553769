import { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import {
  configPath,
  maskKey,
  type ProfileSettings,
  profileSettings,
  readConfig,
  selectedProfile,
  updateSettings,
  writeConfig,
} from '../config';
import { readGlobalOptions } from '../connect';
import type { CliContext } from '../context';
import { resolveCredentials } from '../credentials';
import { CliUsageError } from '../errors';
import { readStream } from '../isin-input';
import { ownOptions, positionalStrings } from '../option-values';
import { errorMessage } from '../system-errors';
import { parseNumber } from '../values';

/** Settings `config set` accepts (besides the key, which has its own hidden-input command). */
const SETTINGS: Record<string, { key: keyof ProfileSettings; parse: (raw: string) => string | number }> = {
  'base-url': {
    key: 'baseUrl',
    parse: (raw) => {
      try {
        return new URL(raw).toString().replace(/\/+$/, '');
      } catch {
        throw new CliUsageError(`base-url must be an absolute URL, got ${JSON.stringify(raw)}`);
      }
    },
  },
  'monthly-isin-budget': {
    key: 'monthlyIsinBudget',
    parse: (raw) => {
      try {
        return parseNumber(raw, { integer: true, minimum: 0 });
      } catch (err) {
        throw new CliUsageError(`monthly-isin-budget ${errorMessage(err)}`);
      }
    },
  },
};

/**
 * `terrapin config set-key|show|path|set|unset`. The file lives at `$XDG_CONFIG_HOME/terrapin/config.json`
 * (mode 0600, directory 0700); the key is read with hidden input or from stdin, never from an argument (which
 * would land in shell history and `ps`).
 */
export function addConfigCommands(program: Command, ctx: CliContext): void {
  const group = program.command('config').summary('API key and defaults (config file, mode 0600)');
  const env = ctx.io.env;

  const setKey = group
    .command('set-key')
    .summary('Store the API key (prompted with hidden input; --stdin for scripts)')
    .option('--stdin', 'read the key from stdin instead of prompting')
    .addHelpText(
      'after',
      '\nExamples:\n  $ terrapin config set-key\n  $ printf %s "$KEY" | terrapin config set-key --stdin\n  $ terrapin config set-key --profile staging      # then: terrapin --profile staging …\n',
    )
    .action(async () => {
      const profile = selectedProfile(readGlobalOptions(setKey).profile, env);
      const key = ownOptions(setKey).boolean('stdin')
        ? (await readStream(ctx.io.stdin)).trim()
        : await promptKey(ctx);
      if (!key) throw new CliUsageError('no key given; nothing was saved');
      if (/\s/.test(key)) throw new CliUsageError('an API key has no spaces; nothing was saved');
      ctx.addSecret(key);
      const { config } = await readConfig(env);
      const path = await writeConfig(
        env,
        updateSettings(config, profile, (s) => ({ ...s, apiKey: key })),
      );
      ctx.err(`saved key ${maskKey(key)}${profileLabel(profile)} to ${path} (mode 0600)\n`);
      if (env.TERRAPIN_API_KEY) ctx.err('note: TERRAPIN_API_KEY is set in this shell and takes precedence\n');
    });

  const show = group
    .command('show')
    .summary('Show the effective settings (key masked) and where each comes from')
    .action(async () => {
      const globals = readGlobalOptions(show);
      const loaded = await readConfig(env);
      for (const w of loaded.warnings) ctx.err(`${w}\n`);
      const profile = selectedProfile(globals.profile, env);
      const config = profileSettings(loaded.config, profile);
      const fromFile = (key: keyof ProfileSettings) =>
        profile !== undefined && loaded.config.profiles?.[profile]?.[key] !== undefined
          ? `profile ${profile}`
          : 'config file';
      const creds = resolveCredentials(globals, env, config);
      ctx.addSecret(creds.apiKey);
      const source = { flag: '--api-key', env: 'TERRAPIN_API_KEY', config: fromFile('apiKey'), none: '' }[
        creds.keySource
      ];
      const baseSource = globals.baseUrl
        ? '--base-url'
        : env.TERRAPIN_BASE_URL
          ? 'TERRAPIN_BASE_URL'
          : config.baseUrl
            ? fromFile('baseUrl')
            : 'default';
      const names = Object.keys(loaded.config.profiles ?? {});
      const lines = [
        `config file:         ${configPath(env)}`,
        `profile:             ${profile ?? 'default'}${profile === undefined ? '' : globals.profile ? ' (--profile)' : ' (TERRAPIN_PROFILE)'}${names.length ? `; profiles: ${names.join(', ')}` : ''}`,
        `api key:             ${creds.apiKey ? `${maskKey(creds.apiKey)} (from ${source})` : 'not set (terrapin config set-key)'}`,
        `base url:            ${creds.baseUrl ?? 'https://terrapinfinance.com'} (${baseSource})`,
        `monthly isin budget: ${config.monthlyIsinBudget ?? 'not set'}`,
      ];
      await ctx.outText(`${lines.join('\n')}\n`);
    });

  group
    .command('path')
    .summary('Print the config file path')
    .action(async () => {
      await ctx.outText(`${configPath(env)}\n`);
    });

  const set = group
    .command('set')
    .summary(`Set a default: ${Object.keys(SETTINGS).join(', ')}`)
    .argument('<name>', Object.keys(SETTINGS).join(' | '))
    .argument('<value>')
    .addHelpText(
      'after',
      '\nExamples:\n  $ terrapin config set base-url http://localhost:4010\n  $ terrapin config set monthly-isin-budget 2500\n',
    )
    .action(async () => {
      const [name = '', value = ''] = positionalStrings(set);
      const profile = selectedProfile(readGlobalOptions(set).profile, env);
      const setting = SETTINGS[name];
      if (!setting)
        throw new CliUsageError(
          `unknown setting ${JSON.stringify(name)} (one of: ${Object.keys(SETTINGS).join(', ')})`,
        );
      const { config } = await readConfig(env);
      const parsed = setting.parse(value);
      const path = await writeConfig(
        env,
        updateSettings(config, profile, (s) => ({ ...s, [setting.key]: parsed })),
      );
      ctx.err(`saved ${name}${profileLabel(profile)} to ${path}\n`);
    });

  const unset = group
    .command('unset')
    .summary('Remove a stored setting: api-key, base-url, monthly-isin-budget')
    .argument('<name>')
    .action(async () => {
      const [name = ''] = positionalStrings(unset);
      const profile = selectedProfile(readGlobalOptions(unset).profile, env);
      const key = name === 'api-key' ? 'apiKey' : SETTINGS[name]?.key;
      if (!key) throw new CliUsageError(`unknown setting ${JSON.stringify(name)}`);
      const { config } = await readConfig(env);
      const path = await writeConfig(
        env,
        updateSettings(config, profile, ({ [key]: _removed, ...rest }) => rest),
      );
      ctx.err(`removed ${name}${profileLabel(profile)} from ${path}\n`);
    });
}

function profileLabel(profile: string | undefined): string {
  return profile === undefined ? '' : ` (profile ${profile})`;
}

/** Hidden-input prompt (@clack/prompts, loaded only here); refuses when there is no terminal to type into. */
async function promptKey(ctx: CliContext): Promise<string> {
  const { stdin, stderr } = ctx.io;
  // The prompt drives real Node streams (raw mode, cursor moves); an injected stand-in is no terminal either.
  if (!stdin.isTTY || !(stdin instanceof Readable) || !(stderr instanceof Writable)) {
    throw new CliUsageError('stdin is not a terminal: pipe the key with `terrapin config set-key --stdin`');
  }
  const { password, isCancel } = await import('@clack/prompts');
  const value = await password({
    message: 'Terrapin API key',
    mask: '•',
    input: stdin,
    output: stderr,
    validate: (v) => (v?.trim() ? undefined : 'Paste your key (input is hidden)'),
  });
  if (isCancel(value)) throw new CliUsageError('cancelled; nothing was saved');
  return value.trim();
}
