// Generated once with PyYAML 6.0 (Debian python3-yaml) by dumping the equivalent Python
// values as wandb does: yaml.dump({k: {"desc": None, "value": v}}, Dumper=yaml.SafeDumper,
// default_flow_style=False, allow_unicode=True, sort_keys=False), prefixed "wandb_version: 1\n\n".
export const PYYAML: Record<string, string> = {
  strings:
    "wandb_version: 1\n\nempty:\n  desc: null\n  value: ''\nt:\n  desc: null\n  value: 'true'\n'No':\n  desc: null\n  value: 'No'\nnul:\n  desc: null\n  value: 'null'\ntilde:\n  desc: null\n  value: '~'\nnum:\n  desc: null\n  value: '123'\nflt:\n  desc: null\n  value: '1.5'\nexp:\n  desc: null\n  value: 1e5\nhex:\n  desc: null\n  value: '0x1F'\ndate:\n  desc: null\n  value: '2024-01-02'\nlead:\n  desc: null\n  value: ' lead'\ntrail:\n  desc: null\n  value: 'trail '\ncolon:\n  desc: null\n  value: 'a: b'\ncolon2:\n  desc: null\n  value: a:b\nhash:\n  desc: null\n  value: 'a #b'\nhash2:\n  desc: null\n  value: a#b\nhash3:\n  desc: null\n  value: '#x'\ndash:\n  desc: null\n  value: '- x'\ndash2:\n  desc: null\n  value: -x\ndoc:\n  desc: null\n  value: '---'\nquote:\n  desc: null\n  value: it's\ndq:\n  desc: null\n  value: say \"hi\"\nnl:\n  desc: null\n  value: 'multi\n\n    line'\nnl2:\n  desc: null\n  value: 'end\n\n    '\ntab:\n  desc: null\n  value: \"tab\\there\"\nuni:\n  desc: null\n  value: unicode \u00e9 \u4e2d \ud83d\ude00\nunitab:\n  desc: null\n  value: \"\\U0001F600\\t\"\nctrl:\n  desc: null\n  value: \"bell\\a\"\nmerge:\n  desc: null\n  value: '<<'\neq:\n  desc: null\n  value: '='\nstar:\n  desc: null\n  value: '*x'\npct:\n  desc: null\n  value: '%x'\n",
  wrap_plain:
    "wandb_version: 1\n\ns:\n  desc: null\n  value: word word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word word word\n    word word word word word word word word word\n",
  wrap_single:
    "wandb_version: 1\n\ns:\n  desc: null\n  value: 'word word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word word '\n",
  wrap_double:
    'wandb_version: 1\n\ns:\n  desc: null\n  value: "word word word word word word word word word word word word word word word\\\n    \\ word word word word word word word word word word word word word word word\\t"\n',
  floats:
    "wandb_version: 1\n\na:\n  desc: null\n  value: 0.01\nb:\n  desc: null\n  value: 1.0e-05\nc:\n  desc: null\n  value: 1.0e+16\nd:\n  desc: null\n  value: 1000000000000000.0\ne:\n  desc: null\n  value: 123.0\nf:\n  desc: null\n  value: .inf\ng:\n  desc: null\n  value: -.inf\nh:\n  desc: null\n  value: .nan\ni:\n  desc: null\n  value: -0.0\nj:\n  desc: null\n  value: 1.5e-07\nk:\n  desc: null\n  value: 0.0001\nl:\n  desc: null\n  value: 0.3333333333333333\nm:\n  desc: null\n  value: -2.5e+300\n",
  ints:
    "wandb_version: 1\n\na:\n  desc: null\n  value: 0\nb:\n  desc: null\n  value: -7\nc:\n  desc: null\n  value: 9007199254740991\nd:\n  desc: null\n  value: 18446744073709551616\nt:\n  desc: null\n  value: true\nf:\n  desc: null\n  value: false\nn:\n  desc: null\n  value: null\n",
  nested:
    "wandb_version: 1\n\nlists:\n  desc: null\n  value:\n  - - 1\n    - - 2\n      - 3\n  - []\n  - {}\n  - x: 1\n    y:\n    - 1\n    - z: []\nmaps:\n  desc: null\n  value:\n    a:\n      b:\n        c: d\n    e: {}\n",
  keys:
    "wandb_version: 1\n\nk:\n  desc: null\n  value:\n    1:\n    - 1\n    - 55\n    4: 3.11.7\n    '1': str one\n    ? ''\n    : empty\n    ? aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n    : 1\n    ? 'two\n\n      lines'\n    : 2\n    'yes': 3\n",
};
