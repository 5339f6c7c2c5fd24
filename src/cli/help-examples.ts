// The examples every command's --help ends with (commander's addHelpText('after')): two or three
// command lines a user can copy, each with what it does. Data only.

const EXAMPLES: Readonly<Record<string, readonly (readonly [command: string, what: string])[]>> = {
  build: [
    ['journeymap build', 'every journey of the project (config include, else .) to out/'],
    ['journeymap build maps -f svg,png --scale 2', 'one folder, as SVG and high-DPI PNG'],
    ['journeymap build --check', 'in CI: exit 1 when a committed output is missing or stale'],
  ],
  validate: [
    ['journeymap validate', 'parse and check every journey of the project'],
    ['journeymap validate maps/checkout.journey.yaml --reporter github', 'as GitHub workflow annotations'],
  ],
  lint: [
    ['journeymap lint', 'journey-quality warnings for the whole project'],
    ['journeymap lint maps --max-warnings 0', 'in CI: fail on any warning'],
  ],
  init: [
    ['journeymap init', 'scaffold a project in the current folder'],
    ['journeymap init customer-maps && cd customer-maps && journeymap build', 'a new folder, built at once'],
  ],
  diff: [
    ['journeymap diff old.journey.yaml new.journey.yaml', 'what changed, as text'],
    ['git show HEAD~1:maps/checkout.journey.yaml | journeymap diff - maps/checkout.journey.yaml', 'against the last commit'],
    ['journeymap diff - maps/checkout.journey.yaml --format markdown < base.yaml', 'a pull-request comment'],
  ],
  import: [
    ['journeymap import journey.mmd', 'print the Mermaid diagram as journey YAML'],
    ['journeymap import journey.mmd -o maps/checkout.journey.yaml', 'write it to a file'],
  ],
  schema: [
    ['journeymap schema', 'print the JSON Schema of the journey language'],
    ['journeymap schema -o schemas/journey.schema.json', 'write it for your editor'],
  ],
  show: [
    ['journeymap show maps/checkout.journey.yaml', 'the map in the terminal'],
    ['FORCE_COLOR=1 journeymap show maps/checkout.journey.yaml | less -R', 'page through it in colour (piped output is plain)'],
  ],
};

/** The "Examples:" block for a command's help, or '' for a command without examples. */
export function helpExamples(command: string): string {
  const examples = EXAMPLES[command];
  if (!examples) return '';
  return `\nExamples:\n${examples.map(([line, what]) => `  $ ${line}\n      ${what}\n`).join('')}`;
}
