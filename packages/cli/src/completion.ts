import { Argument, type Command } from 'commander';
import type { CliContext } from './context';
import { enumValues } from './flags';

/** The shells `terrapin completion` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** One command of the tree as completion sees it. */
interface Node {
  /** Space-joined path under `terrapin` (`''` for the root, `bonds search`). */
  path: string;
  /** Names a user types to enter each subcommand (aliases included), and the path each one leads to. */
  children: { word: string; path: string; summary: string }[];
  /** Values of positional arguments with fixed choices (`completion <shell>`). */
  argValues: string[];
  /** Flags of this command and every ancestor (commander lets program options appear after the subcommand). */
  flags: { flag: string; takesValue: boolean; values: readonly string[] | undefined; description: string }[];
}

/**
 * Walks the commander program: the commands derived from the operations table, their request-field flags and
 * enum values, the output flags with their choices. Nothing is listed by hand, so a new operation or field
 * completes as soon as the table has it.
 */
export function completionTree(program: Command): Node[] {
  const nodes: Node[] = [];
  const visit = (cmd: Command, path: string, inherited: Node['flags']) => {
    const own = cmd.options.flatMap((o) =>
      o.hidden || !o.long
        ? []
        : [
            {
              flag: o.long,
              takesValue: o.required || o.optional,
              values: o.argChoices ?? enumValues.get(o),
              description: o.description,
            },
          ],
    );
    const flags = [
      ...inherited,
      ...own,
      { flag: '--help', takesValue: false, values: undefined, description: 'show help' },
    ];
    // Help's own list leaves hidden commands out; the implicit `help` command it adds is not completed.
    const subcommands = cmd
      .createHelp()
      .visibleCommands(cmd)
      .filter((c) => cmd.commands.includes(c));
    const argValues = cmd.registeredArguments.flatMap((a) => a.argChoices ?? []);
    const node: Node = { path, children: [], argValues, flags };
    for (const sub of subcommands) {
      const subPath = path ? `${path} ${sub.name()}` : sub.name();
      for (const word of [sub.name(), ...sub.aliases()]) {
        node.children.push({ word, path: subPath, summary: sub.summary() || sub.description() });
      }
    }
    nodes.push(node);
    // Program options are accepted anywhere; a group's own options are not inherited by its subcommands.
    for (const sub of subcommands) {
      visit(sub, path ? `${path} ${sub.name()}` : sub.name(), path === '' ? own : inherited);
    }
  };
  visit(program, '', []);
  return nodes;
}

/** Single-quotes a string for bash/zsh/fish source. */
function q(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
function fq(text: string): string {
  return `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/** Flags that take a value anywhere in the tree: their next word is not a command. */
function valueFlags(nodes: readonly Node[]): string[] {
  return [...new Set(nodes.flatMap((n) => n.flags.filter((f) => f.takesValue).map((f) => f.flag)))].sort();
}

/** The bash script (also loaded by zsh through bashcompinit). */
export function bashScript(nodes: readonly Node[]): string {
  const steps = nodes.flatMap((n) =>
    n.children.map((c) => `    ${q(`${n.path}|${c.word}`)}) _terrapin_next=${q(c.path)} ;;`),
  );
  const words = nodes.map((n) => {
    const list = [...n.children.map((c) => c.word), ...n.argValues, ...n.flags.map((f) => f.flag)];
    return `    ${q(n.path)}) _terrapin_list=${q(list.join('\n'))} ;;`;
  });
  const values = nodes.flatMap((n) =>
    n.flags
      .filter((f) => f.values?.length)
      .map((f) => `    ${q(`${n.path}|${f.flag}`)}) _terrapin_list=${q((f.values ?? []).join('\n'))} ;;`),
  );
  return `# terrapin completion for bash (generated from the CLI's commands; regenerate after upgrading).
# Load it:   source <(terrapin completion bash)     or save it to ~/.local/share/bash-completion/completions/terrapin
_terrapin_step() {
  _terrapin_next=''
  case "$1|$2" in
${steps.join('\n')}
  esac
}
_terrapin_words() {
  _terrapin_list=''
  case "$1" in
${words.join('\n')}
  esac
}
_terrapin_values() {
  _terrapin_list=''
  case "$1|$2" in
${values.join('\n')}
    *) return 1 ;;
  esac
}
_terrapin_takes_value() {
  case "$1" in
    ${valueFlags(nodes).join('|')}) return 0 ;;
  esac
  return 1
}
_terrapin() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev='' path='' word i
  (( COMP_CWORD > 0 )) && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  for (( i = 1; i < COMP_CWORD; i++ )); do
    word="\${COMP_WORDS[i]}"
    if [[ $word == -* ]]; then
      [[ $word != *=* ]] && _terrapin_takes_value "$word" && (( i++ ))
      continue
    fi
    _terrapin_step "$path" "$word"
    [[ -n $_terrapin_next ]] && path="$_terrapin_next"
  done
  local IFS=$'\\n'
  if [[ $prev == --* ]] && _terrapin_takes_value "$prev"; then
    if _terrapin_values "$path" "$prev"; then
      COMPREPLY=( $(compgen -W "$_terrapin_list" -- "$cur") )
      # Enum values may hold spaces ("Senior Unsecured"): insert them escaped.
      COMPREPLY=( "\${COMPREPLY[@]// /\\\\ }" )
    else
      COMPREPLY=( $(compgen -f -- "$cur") )
    fi
    return 0
  fi
  _terrapin_words "$path"
  COMPREPLY=( $(compgen -W "$_terrapin_list" -- "$cur") )
}
complete -F _terrapin terrapin
`;
}

/** zsh: the bash script through zsh's own bashcompinit (same table, one implementation). */
export function zshScript(nodes: readonly Node[]): string {
  return `#compdef terrapin
# terrapin completion for zsh. Load it:   source <(terrapin completion zsh)
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bashScript(nodes).replace(/^#.*\n/gm, '')}`;
}

/** fish: one `complete` line per command, flag and enum value, under a condition on the command path. */
export function fishScript(nodes: readonly Node[]): string {
  const steps = nodes.flatMap((n) =>
    n.children.map((c) => `    case ${fq(`${n.path}|${c.word}`)}\n      echo ${fq(c.path)}`),
  );
  const lines: string[] = [];
  for (const n of nodes) {
    const when = `-n ${fq(`__terrapin_is ${fq(n.path)}`)}`;
    for (const c of n.children) {
      lines.push(`complete -c terrapin -f ${when} -a ${fq(c.word)} -d ${fq(c.summary.split('\n')[0] ?? '')}`);
    }
    if (n.argValues.length) lines.push(`complete -c terrapin -f ${when} -a ${fq(n.argValues.join(' '))}`);
    for (const f of n.flags) {
      // -a is read like a command line: a value with spaces keeps them escaped.
      const list = (f.values ?? []).map((v) => v.replace(/ /g, '\\ ')).join(' ');
      const values = f.values?.length ? ` -x -a ${fq(list)}` : f.takesValue ? ' -r' : '';
      lines.push(
        `complete -c terrapin -f ${when} -l ${f.flag.slice(2)}${values} -d ${fq(f.description.split('\n')[0] ?? '')}`,
      );
    }
  }
  return `# terrapin completion for fish. Load it:   terrapin completion fish | source
#   or save it to ~/.config/fish/completions/terrapin.fish
function __terrapin_step
  switch "$argv[1]|$argv[2]"
${steps.join('\n')}
  end
end
function __terrapin_path
  set -l tokens (commandline -opc)
  set -e tokens[1]
  set -l path ''
  set -l skip 0
  for word in $tokens
    if test $skip = 1
      set skip 0
      continue
    end
    if string match -q -- '-*' $word
      if not string match -q -- '*=*' $word; and contains -- $word ${valueFlags(nodes).join(' ')}
        set skip 1
      end
      continue
    end
    set -l next (__terrapin_step "$path" $word)
    if test -n "$next"
      set path $next
    end
  end
  echo $path
end
function __terrapin_is
  set -l path (__terrapin_path)
  test "$path" = "$argv[1]"
end
complete -c terrapin -e
${lines.join('\n')}
`;
}

/** Adds `terrapin completion bash|zsh|fish`. */
export function addCompletionCommand(program: Command, ctx: CliContext): void {
  program
    .command('completion')
    .summary('Print a shell completion script (bash, zsh, fish)')
    .addArgument(new Argument('<shell>', 'bash | zsh | fish').choices(SHELLS))
    .addHelpText(
      'after',
      '\nExamples:\n  $ source <(terrapin completion bash)        # bash, this shell\n  $ source <(terrapin completion zsh)         # zsh\n  $ terrapin completion fish | source         # fish\n  $ terrapin completion bash > ~/.local/share/bash-completion/completions/terrapin\n',
    )
    .action(async (shell: (typeof SHELLS)[number]) => {
      const nodes = completionTree(program);
      const script =
        shell === 'bash' ? bashScript(nodes) : shell === 'zsh' ? zshScript(nodes) : fishScript(nodes);
      // Exact: a script, not text for people (neutralising would change what the shell runs).
      await ctx.out(script);
    });
}
