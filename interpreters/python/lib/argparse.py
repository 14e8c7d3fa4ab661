"""argparse, written for this VM: positional and optional arguments with
the common actions (store, store_const, store_true/false, append,
append_const, count, extend, help, version), nargs (None, '?', '*', '+',
N), type, choices, required, defaults, argument groups, mutually
exclusive groups (not enforced beyond parsing) and sub-commands.  Usage,
help and error messages are laid out as CPython's HelpFormatter does for
an 80-column terminal."""
import sys as _sys
import textwrap as _textwrap

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
REMAINDER = "..."


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _arg_name(argument) if argument is not None else None
        self.message = message
        super().__init__(message)

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


class Namespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        parts = []
        for k, v in self.__dict__.items():
            if k.isidentifier():
                parts.append("%s=%r" % (k, v))
            else:
                parts.append("**{%r: %r}" % (k, v))
        return "Namespace(%s)" % ", ".join(parts)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, version=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.version = version
        self.kind = "store"


def _arg_name(action):
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    return action.dest


class _Group:
    def __init__(self, parser, title=None, description=None):
        self._parser = parser
        self.title = title
        self.description = description
        self._actions = []

    def add_argument(self, *args, **kwargs):
        action = self._parser.add_argument(*args, **kwargs)
        self._parser._move_to_group(action, self)
        return action

    def add_mutually_exclusive_group(self, required=False):
        return _Group(self._parser)


class _SubParsersAction(Action):
    def __init__(self, parser, dest, title, help, metavar, required):
        Action.__init__(self, [], dest, nargs="A...", required=required, help=help, metavar=metavar)
        self.kind = "parsers"
        self._parent = parser
        self.choices = {}
        self._help_items = []
        self.title = title

    def add_parser(self, name, **kwargs):
        help_text = kwargs.pop("help", None)
        aliases = kwargs.pop("aliases", ())
        kwargs.setdefault("prog", "%s %s" % (self._parent._prog_prefix(), name))
        parser = ArgumentParser(**kwargs)
        self.choices[name] = parser
        for alias in aliases:
            self.choices[alias] = parser
        if help_text is not None:
            self._help_items.append((name, help_text))
        return parser


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=None, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = (_sys.argv[0] if _sys.argv else "").replace("\\", "/").rsplit("/", 1)[-1]
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.argument_default = argument_default
        self.exit_on_error = exit_on_error
        self.allow_abbrev = allow_abbrev
        self._actions = []
        self._positionals = _Group(self, "positional arguments")
        self._optionals = _Group(self, "options")
        self._groups = [self._positionals, self._optionals]
        self._defaults = {}
        self._subparsers = None
        if add_help:
            self.add_argument("-h", "--help", action="help", help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if action.kind != "help":
                    self._actions.append(action)
                    (self._optionals if action.option_strings else self._positionals)._actions.append(action)

    # -- building --------------------------------------------------------------
    def _prog_prefix(self):
        positionals = [a for a in self._actions if not a.option_strings and a.kind != "parsers"]
        return " ".join([self.prog] + [self._metavar(a) for a in positionals])

    def add_argument(self, *names, **kwargs):
        if not names or (len(names) == 1 and not names[0].startswith("-")):
            if "dest" in kwargs and names:
                raise ValueError("dest supplied twice for positional argument")
            dest = names[0] if names else kwargs.pop("dest")
            option_strings = []
            if kwargs.get("required") is not None:
                raise TypeError("'required' is an invalid argument for positionals")
            kwargs["required"] = kwargs.get("nargs") not in ("?", "*")
        else:
            option_strings = list(names)
            dest = kwargs.pop("dest", None)
            if dest is None:
                longs = [n for n in names if n.startswith("--")]
                dest = (longs[0] if longs else names[0]).lstrip("-").replace("-", "_")
            kwargs.setdefault("required", False)
        kwargs.pop("dest", None)
        kind = kwargs.pop("action", "store")
        if "default" not in kwargs:
            kwargs["default"] = self.argument_default
            if kind == "store_true":
                kwargs["default"] = False
            elif kind == "store_false":
                kwargs["default"] = True
            elif kind in ("help", "version"):
                kwargs["default"] = SUPPRESS
        if kind in ("store_true", "store_false", "store_const", "append_const", "count", "help", "version"):
            if "nargs" in kwargs:
                raise TypeError("__init__() got an unexpected keyword argument 'nargs'")
            kwargs["nargs"] = 0
            if kind == "store_true":
                kwargs["const"] = True
            elif kind == "store_false":
                kwargs["const"] = False
        action = Action(option_strings, dest, **kwargs)
        action.kind = kind
        if kind not in ("store", "store_const", "store_true", "store_false", "append", "append_const",
                        "count", "help", "version", "extend"):
            raise ValueError("unknown action %r" % (kind,))
        if action.type is not None and not callable(action.type):
            raise ValueError("%r is not callable" % (action.type,))
        self._actions.append(action)
        (self._optionals if option_strings else self._positionals)._actions.append(action)
        return action

    def _move_to_group(self, action, group):
        for g in self._groups:
            if action in g._actions:
                g._actions.remove(action)
        group._actions.append(action)

    def add_argument_group(self, title=None, description=None):
        group = _Group(self, title, description)
        self._groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        return _Group(self)

    def add_subparsers(self, title=None, description=None, dest=None, required=False, help=None,
                       metavar=None, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        action = _SubParsersAction(self, dest or SUPPRESS, title, help, metavar, required)
        action.default = None
        self._subparsers = action
        self._actions.append(action)
        if title:
            group = self.add_argument_group(title, description)
            group._actions.append(action)
        else:
            self._positionals._actions.append(action)
        return action

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest)

    # -- parsing -------------------------------------------------------------
    def parse_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return ns

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        ns = namespace if namespace is not None else Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(ns, action.dest) and action.default is not SUPPRESS:
                setattr(ns, action.dest, action.default)
        for k, v in self._defaults.items():
            if not hasattr(ns, k):
                setattr(ns, k, v)
        try:
            extras = self._parse(args, ns)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        return ns, extras

    def _option_for(self, text):
        for action in self._actions:
            if text in action.option_strings:
                return action
        if text.startswith("--") and self.allow_abbrev:
            matches = [(a, o) for a in self._actions for o in a.option_strings
                       if o.startswith(text) and o.startswith("--")]
            if len(matches) == 1:
                return matches[0][0]
            if len(matches) > 1:
                raise ArgumentError(None, "ambiguous option: %s could match %s"
                                    % (text, ", ".join(o for _, o in matches)))
        return None

    def _looks_like_option(self, text):
        if not text or text[0] != "-" or text == "-":
            return False
        if text[1:].replace(".", "", 1).isdigit() and not any(
                o[1:].replace(".", "", 1).isdigit() for a in self._actions for o in a.option_strings):
            return False       # a negative number
        return True

    def _convert(self, action, text):
        if action.type is None:
            value = text
        else:
            try:
                value = action.type(text)
            except ArgumentTypeError as e:
                raise ArgumentError(action, str(e))
            except (TypeError, ValueError):
                name = getattr(action.type, "__name__", repr(action.type))
                raise ArgumentError(action, "invalid %s value: %r" % (name, text))
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, "invalid choice: %r (choose from %s)"
                                % (value, ", ".join(repr(c) for c in action.choices)))
        return value

    def _apply(self, action, ns, values, option_text):
        kind = action.kind
        if kind == "help":
            self.print_help()
            self.exit()
        if kind == "version":
            print(action.version.replace("%(prog)s", self.prog))
            self.exit()
        if kind == "store":
            setattr(ns, action.dest, values)
        elif kind in ("store_const", "store_true", "store_false"):
            setattr(ns, action.dest, action.const)
        elif kind == "append":
            items = list(getattr(ns, action.dest, None) or [])
            items.append(values)
            setattr(ns, action.dest, items)
        elif kind == "extend":
            items = list(getattr(ns, action.dest, None) or [])
            items.extend(values)
            setattr(ns, action.dest, items)
        elif kind == "append_const":
            items = list(getattr(ns, action.dest, None) or [])
            items.append(action.const)
            setattr(ns, action.dest, items)
        elif kind == "count":
            setattr(ns, action.dest, (getattr(ns, action.dest, None) or 0) + 1)

    def _take_values(self, action, strings):
        """Convert the strings an action consumed into its value."""
        nargs = action.nargs
        if nargs is None:
            return self._convert(action, strings[0])
        if nargs == "?":
            if not strings:
                return action.const if action.option_strings else action.default
            return self._convert(action, strings[0])
        if nargs == "A...":
            return strings
        values = [self._convert(action, s) for s in strings]
        if nargs == "*" and not strings and not action.option_strings:
            return action.default if action.default is not None else []
        return values

    @staticmethod
    def _bounds(nargs):
        if nargs is None:
            return 1, 1
        if nargs == "?":
            return 0, 1
        if nargs == "*":
            return 0, None
        if nargs == "+":
            return 1, None
        if nargs == "A...":
            return 1, None
        return nargs, nargs

    @staticmethod
    def _nargs_regex(nargs):
        if nargs is None:
            return "(-*A-*)"
        if nargs == "?":
            return "(-*A?-*)"
        if nargs == "*":
            return "(-*[A-]*)"
        if nargs == "+":
            return "(-*A[A-]*)"
        if nargs == "A...":
            return "(-*A[-AO]*)"
        if nargs == 0:
            return "(-*-*)"
        return "(-*" + "-*".join("A" * nargs) + "-*)"

    def _parse(self, args, ns):
        """CPython's strategy: classify each string as option (O), argument
        (A) or '--' (-); positionals are matched greedily, chunk by chunk,
        between the options."""
        import re
        kinds = []
        option_indices = []
        after_dashes = False
        for i, a in enumerate(args):
            if after_dashes:
                kinds.append("A")
            elif a == "--":
                kinds.append("-")
                after_dashes = True
            elif self._looks_like_option(a):
                kinds.append("O")
                option_indices.append(i)
            else:
                kinds.append("A")
        pattern = "".join(kinds)
        positionals = [a for a in self._actions if not a.option_strings]
        extras = []
        seen = set()

        def consume_positionals(start):
            for n in range(len(positionals), 0, -1):
                regex = "".join(self._nargs_regex(a.nargs) for a in positionals[:n])
                m = re.match(regex, pattern[start:])
                if m:
                    for action, group in zip(positionals[:n], m.groups()):
                        chunk = args[start:start + len(group)]
                        start += len(group)
                        if action.kind == "parsers":
                            extras.extend(self._run_subparser(action, chunk, ns))
                            seen.add(action)
                            continue
                        chunk = [c for c in chunk if c != "--"] if action.nargs != "A..." else chunk
                        seen.add(action)
                        if not chunk and action.nargs == "?":
                            value = action.default
                        else:
                            value = self._take_values(action, chunk)
                        self._apply(action, ns, value, None)
                    del positionals[:n]
                    return start
            return start

        def consume_optional(start):
            arg = args[start]
            explicit = None
            name = arg
            if arg.startswith("--") and "=" in arg:
                name, explicit = arg.split("=", 1)
            action = self._option_for(name)
            if action is None and not arg.startswith("--") and len(arg) > 2:
                short = self._option_for(arg[:2])
                if short is not None:
                    action = short
                    name = arg[:2]
                    explicit = arg[2:]
            if action is None:
                extras.append(arg)
                return start + 1
            seen.add(action)
            lo, hi = self._bounds(action.nargs)
            if explicit is not None:
                if hi == 0:
                    if not name.startswith("--"):
                        # -vvv or -xy: flags bundled together
                        self._apply(action, ns, None, name)
                        args[start] = "-" + explicit
                        return start
                    raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                strings = [explicit]
                stop = start + 1
            else:
                count = 0
                while start + 1 + count < len(args) and pattern[start + 1 + count] == "A" and \
                        (hi is None or count < hi):
                    count += 1
                strings = args[start + 1:start + 1 + count]
                stop = start + 1 + count
            if len(strings) < lo:
                if action.nargs is None:
                    raise ArgumentError(action, "expected one argument")
                if action.nargs == "+":
                    raise ArgumentError(action, "expected at least one argument")
                raise ArgumentError(action, "expected %d argument%s" % (lo, "" if lo == 1 else "s"))
            self._apply(action, ns, self._take_values(action, strings) if hi != 0 else None, name)
            return stop

        start = 0
        max_option = max(option_indices) if option_indices else -1
        while start <= max_option:
            next_option = min(i for i in option_indices if i >= start)
            end = consume_positionals(start)
            if end > start:
                start = end
                continue
            if start not in option_indices:
                extras.extend(args[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(args[stop:])
        missing = [a for a in self._actions if a.required and a not in seen]
        if missing:
            # reported through error() even when exit_on_error is False
            self.error("the following arguments are required: %s"
                       % ", ".join(_arg_name(a) if a.kind != "parsers" else self._metavar(a)
                                   for a in missing))
        return extras

    def _run_subparser(self, action, strings, ns):
        name = strings[0]
        if name not in action.choices:
            raise ArgumentError(action, "invalid choice: %r (choose from %s)"
                                % (name, ", ".join(repr(c) for c in action.choices)))
        if action.dest is not SUPPRESS:
            setattr(ns, action.dest, name)
        sub_ns, extras = action.choices[name].parse_known_args(strings[1:], None)
        for k, v in vars(sub_ns).items():
            setattr(ns, k, v)
        return extras

    # -- output ---------------------------------------------------------------
    def _metavar(self, action):
        if action.metavar is not None:
            return action.metavar
        if action.kind == "parsers":
            return "{%s}" % ",".join(action.choices)
        if action.choices is not None:
            return "{%s}" % ",".join(str(c) for c in action.choices)
        if action.option_strings:
            return action.dest.upper()
        return action.dest

    def _format_args(self, action):
        mv = self._metavar(action)
        nargs = action.nargs
        if nargs is None:
            return mv
        if nargs == "?":
            return "[%s]" % mv
        if nargs == "*":
            return "[%s ...]" % mv
        if nargs == "+":
            return "%s [%s ...]" % (mv, mv)
        if nargs == "A...":
            return "%s ..." % mv
        if nargs == 0:
            return ""
        return " ".join([mv] * nargs)

    def _usage_parts(self):
        opts, poss = [], []
        for action in self._actions:
            if action.help == SUPPRESS:
                continue
            if action.option_strings:
                part = action.option_strings[0]
                args = self._format_args(action)
                if args:
                    part += " " + args
                opts.append(part if action.required else "[%s]" % part)
            else:
                poss.append(self._format_args(action))
        return opts, poss

    def format_usage(self):
        if self.usage is not None:
            return "usage: %s\n" % self.usage.replace("%(prog)s", self.prog)
        opts, poss = self._usage_parts()
        text = " ".join([self.prog] + opts + poss)
        width = 78
        if len("usage: ") + len(text) <= width:
            return "usage: %s\n" % text
        # too long: options wrapped under the program name, then positionals
        indent = " " * (len("usage: ") + len(self.prog) + 1)
        if len(indent) > width * 0.75:
            indent = " " * len("usage: ")
        lines = []
        line = []
        line_len = len(indent) - 1
        for part in opts:
            if line and line_len + 1 + len(part) > width:
                lines.append(line)
                line = []
                line_len = len(indent) - 1
            line.append(part)
            line_len += 1 + len(part)
        if line:
            lines.append(line)
        pos_lines = []
        line = []
        line_len = len(indent) - 1
        for part in poss:
            if line and line_len + 1 + len(part) > width:
                pos_lines.append(line)
                line = []
                line_len = len(indent) - 1
            line.append(part)
            line_len += 1 + len(part)
        if line:
            pos_lines.append(line)
        all_lines = lines + pos_lines
        out = ["usage: " + self.prog + " " + " ".join(all_lines[0])]
        for l in all_lines[1:]:
            out.append(indent + " ".join(l))
        return "\n".join(out) + "\n"

    def _invocation(self, action):
        if not action.option_strings:
            return self._metavar(action)
        args = self._format_args(action)
        if not args:
            return ", ".join(action.option_strings)
        return ", ".join("%s %s" % (o, args) for o in action.option_strings)

    def _expand_help(self, action):
        text = action.help
        values = dict(vars(action), prog=self.prog)
        for k in list(values):
            if values[k] is SUPPRESS:
                del values[k]
        if values.get("choices") is not None:
            values["choices"] = ", ".join(str(c) for c in action.choices)
        return text % values if "%" in text else text

    def format_help(self):
        width = 78
        out = [self.format_usage()]
        if self.description:
            out.append("\n" + _textwrap.fill(self.description, width) + "\n")
        rows = []
        for group in self._groups:
            visible = [a for a in group._actions if a.help != SUPPRESS]
            if not visible and not group.description:
                continue
            rows.append((group, visible))
        invocations = [self._invocation(a) for _, acts in rows for a in acts]
        inv_width = max([len(s) for s in invocations] + [0])
        help_pos = min(inv_width + 4, 24)
        for group, visible in rows:
            out.append("\n%s:\n" % group.title if group.title else "\n")
            if group.description:
                out.append("  " + group.description + "\n\n" if visible else "  " + group.description + "\n")
            for action in visible:
                inv = self._invocation(action)
                help_text = self._expand_help(action) if action.help else None
                if help_text:
                    lines = _textwrap.wrap(help_text, width - help_pos)
                    if len(inv) + 2 <= help_pos - 2:
                        out.append("  " + inv.ljust(help_pos - 2) + lines[0] + "\n")
                    else:
                        out.append("  " + inv + "\n" + " " * help_pos + lines[0] + "\n")
                    for extra in lines[1:]:
                        out.append(" " * help_pos + extra + "\n")
                else:
                    out.append("  " + inv + "\n")
                if action.kind == "parsers":
                    for name, sub_help in action._help_items:
                        sub_inv = "    " + name
                        if len(sub_inv) + 2 <= help_pos:
                            out.append(sub_inv.ljust(help_pos) + sub_help + "\n")
                        else:
                            out.append(sub_inv + "\n" + " " * help_pos + sub_help + "\n")
        if self.epilog:
            out.append("\n" + _textwrap.fill(self.epilog, width) + "\n")
        return "".join(out)

    def print_usage(self, file=None):
        (file or _sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or _sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self.prog = prog


RawDescriptionHelpFormatter = HelpFormatter
RawTextHelpFormatter = HelpFormatter
ArgumentDefaultsHelpFormatter = HelpFormatter


def FileType(mode="r"):
    return lambda path: open(path, mode)
