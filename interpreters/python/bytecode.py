"""The Python VM's bytecode: opcodes, constants and the code object.

STABILITY: this file is the contract between the front end (tokenizer,
parser, compiler: owned by the "pyfront" engineer) and the runtime (the
interpreter loop, owned by the runtime engineer).  Opcode numbers, operand
meanings and CodeObject fields only change in a backwards-compatible way
(new opcodes are appended; nothing is renumbered), and every change is
listed in the CHANGELOG below with its time.

CHANGELOG (oldest first)
  2026-11-22 04:55 UTC  first version: opcode set, Const*, CodeObject,
                        ExceptionTableEntry, entry points documented.
  2026-11-22 05:00 UTC  compile_source / is_complete_input implemented
                        (interpreters.python.compiler); disassembler:
                        python -m interpreters.python.disassembler FILE.
                        Note: any jump whose target <= its own pc is a
                        loop back-edge (JUMP_BACKWARD is the usual one).
  2026-11-22 05:20 UTC  `from __future__ import annotations` supported:
                        the code then does IMPORT_NAME '__future__' (the
                        runtime needs a `__future__` module; its attributes
                        are not used) and annotations are str constants.
                        __debug__ compiles to LOAD_CONST True.
  2026-11-22 05:22 UTC  except* compiled: new opcodes CHECK_EG_MATCH (90)
                        and PREP_RERAISE_STAR (91), appended.
  2026-11-22 05:25 UTC  async def / await / async for / async with:
                        GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR,
                        BEFORE_ASYNC_WITH (92..96), appended; CO_COROUTINE.
  2026-11-22 05:27 UTC  async generators (CO_ASYNC_GENERATOR 0x200,
                        YIELD_VALUE 2) and async comprehensions.
  2026-11-22 05:28 UTC  CodeObject.line_at / handler_at / cell_name are
                        @elidable (pure in the code object and pc).
  No opcode was renumbered and no operand meaning changed; programs that
  use none of the new features compile to exactly the same opcodes.

ENTRY POINTS (implemented in interpreters/python/compiler/__init__.py):
  compile_source(source: str, filename: str, mode: str) -> CodeObject
      mode is "exec", "eval" or "single".  Raises PySyntaxError (from
      interpreters/python/syntaxerror.py; subclasses PyIndentationError and
      PyTabError) with fields msg, filename, lineno, offset, end_lineno,
      end_offset, text and a method `format() -> str` that gives CPython's
      report ("  File ..., line N\n    text\n    ^\nSyntaxError: msg\n").
      `kind` ("SyntaxError", "IndentationError", "TabError") names the
      Python exception class the runtime should raise.
  is_complete_input(source: str) -> bool
      for the REPL: False when more lines could complete the input.

INSTRUCTION FORMAT
  CodeObject.code is a list[int]; every instruction is two ints: the opcode
  at code[pc] and its operand at code[pc + 1] (0 when unused).  pc is always
  even; the next instruction is at pc + 2.  Operands are full ints (no
  EXTENDED_ARG).  Jump operands are absolute pcs.  Per-instruction tables
  (linetable, positions) are indexed by pc >> 1.

FRAME MODEL
  - Fast locals: `nlocals` slots named by `varnames`; the first
    argcount + kwonlyargcount (+1 if CO_VARARGS, +1 if CO_VARKEYWORDS) are
    the parameters in that order: positional, keyword-only, *args, **kwargs.
  - Cells: a separate array of len(cellvars) + len(freevars) cells.  The
    runtime creates a fresh empty cell for each cellvar when the frame is
    created and puts the function's closure cells (in freevars order) after
    them.  A parameter that is also a cell variable is copied into its cell
    by explicit code at the start of the function (LOAD_FAST; STORE_DEREF),
    so the runtime needs no cell2arg table.
  - Code with CO_OPTIMIZED (functions, lambdas, comprehensions) uses only
    LOAD_FAST/LOAD_DEREF/LOAD_GLOBAL; module and class bodies use
    LOAD_NAME/STORE_NAME on the frame's locals mapping (for modules, the
    globals dict; for class bodies, the namespace dict that __build_class__
    passes) and LOAD_CLASSDEREF for free variables read in a class body.
  - The value stack holds at most `stacksize` values.

EXCEPTIONS: a static table, as in CPython 3.11.  No block-setup opcodes.
  When an instruction at pc raises, the runtime looks up
  `code.handler_at(pc)` (entries do not overlap).  If there is none, the
  exception propagates out of the frame.  Otherwise it pops the value
  stack down to `entry.depth` values, pushes the exception object and
  jumps to `entry.handler`.  The traceback entry for the frame is recorded
  at the raising pc before jumping.
  "The handled exception" (sys.exc_info(), the implicit __context__ of a
  new exception, the target of a bare `raise`) is kept by the runtime as a
  per-thread value that PUSH_EXC_INFO / POP_EXCEPT save and restore on the
  value stack.  A raise sets the new exception's __context__ to the handled
  exception (if it is not the same object).

GENERATORS: calling a code object with CO_GENERATOR creates a generator
  that owns the frame; YIELD_VALUE suspends it.  The first resumption must
  send None.  Resumption pushes the sent value.  gen.throw(e) resumes the
  frame by raising e at the YIELD_VALUE's pc (so the exception table
  applies), except when YIELD_VALUE's operand is 1 (it belongs to a
  `yield from` / SEND loop): then throw() is first forwarded to the
  delegate iterator at stack[-2] (see SEND).  Reaching RETURN_VALUE raises
  StopIteration(value) in the caller of send().  A `return` in a generator
  and falling off its end both use RETURN_VALUE.

CLASSES: `class C(B, metaclass=M): body` compiles to
  LOAD_BUILD_CLASS; LOAD_CONST <body code>; MAKE_FUNCTION; LOAD_CONST 'C';
  <bases>; <keywords>; CALL_FUNCTION / CALL_FUNCTION_KW / CALL_FUNCTION_EX
  i.e. builtins.__build_class__(func, name, *bases, **kw).  The body code
  has no CO_OPTIMIZED; it starts with
  LOAD_NAME '__name__'; STORE_NAME '__module__'; LOAD_CONST qualname;
  STORE_NAME '__qualname__'.  If any method uses `super()` or `__class__`,
  the body has a cellvar "__class__" and ends with
  LOAD_CLOSURE <__class__>; COPY 1; STORE_NAME '__classcell__'; RETURN_VALUE
  and __build_class__ must set that cell to the new class (and remove
  '__classcell__' from the namespace).  Otherwise it returns None.
  Zero-argument super() is compiled as an ordinary call of the global name
  `super`; the function also has "__class__" as a free variable, and its
  first parameter is local slot 0, so the runtime's super() finds the class
  in the frame's cell named "__class__" and the instance in fast local 0
  (if that local is itself a cell, its cell).

COMPREHENSIONS are nested functions, as in CPython 3.11: the code object
  is named "<listcomp>", "<setcomp>", "<dictcomp>" or "<genexpr>", takes one
  positional parameter ".0" (the iterator of the outermost iterable, already
  passed through GET_ITER) and is called right away with CALL_FUNCTION 1.
  Generator expressions have CO_GENERATOR.

EXCEPT*: `try: ... except* T as e: ...` uses CHECK_EG_MATCH and
  PREP_RERAISE_STAR (see their entries); the handler's stack is
  [prev orig excs rest] while clauses run; an exception raised in a
  clause body is appended to excs (LIST_APPEND 2) and matching goes on.

COROUTINES: `async def` code has CO_COROUTINE: calling it makes a
  coroutine that owns the frame, driven like a generator (send, throw,
  close; `__await__` returns an iterator over it; RETURN_VALUE ends it with
  StopIteration(value)).  `await e` is e; GET_AWAITABLE; LOAD_CONST None;
  then the SEND / YIELD_VALUE 1 / JUMP_BACKWARD loop of `yield from`.
  `async for` is GET_AITER, then per item GET_ANEXT + that await loop,
  with END_ASYNC_FOR as the exception handler of the await.  `async with`
  is BEFORE_ASYNC_WITH + await; its exits call __aexit__ and await the
  result (also in WITH_EXCEPT_START's handler path).

ASYNC GENERATORS: `async def` with `yield` has CO_ASYNC_GENERATOR (not
  CO_GENERATOR / CO_COROUTINE).  Calling it makes an async generator:
  __aiter__ returns it; __anext__() / asend(v) return awaitables that resume
  the frame (sending v, None first) until a YIELD_VALUE 2 (the awaitable
  then finishes with that value: StopIteration(v)) or until the frame
  returns (StopAsyncIteration); YIELD_VALUE 1 values (from awaits inside)
  pass through to whoever drives the awaitable.  athrow / aclose as in
  CPython.
ASYNC COMPREHENSIONS: a comprehension with `async for` or `await` is
  async: list/set/dict comprehension code has CO_COROUTINE and the caller
  awaits the result of CALL_FUNCTION 1; a generator expression gets
  CO_ASYNC_GENERATOR and is not awaited.  If the outermost `for` is async,
  the caller passes GET_AITER (not GET_ITER) of the iterable as ".0".
  Inside, an async `for` clause is: GET_ANEXT, await loop, and
  END_ASYNC_FOR as the handler, as in the `async for` statement.

NOT COMPILED: nothing in the 3.11 grammar.  Limits of the front end:
  \\N{name} escapes (no Unicode name table in the VM) and NFKC
  normalisation of non-ASCII identifiers.
"""
from typing import Final

from jitgen.hints import elidable

# --- code flags (CPython's values) ---------------------------------------
CO_OPTIMIZED = 0x0001     # fast locals (functions); else LOAD_NAME & co.
CO_NEWLOCALS = 0x0002     # a fresh locals namespace per call
CO_VARARGS = 0x0004       # has *args (its slot follows kw-only params)
CO_VARKEYWORDS = 0x0008   # has **kwargs (its slot follows *args)
CO_NESTED = 0x0010        # defined inside another function
CO_GENERATOR = 0x0020     # calling it makes a generator
CO_NOFREE = 0x0040        # no cellvars and no freevars
CO_COROUTINE = 0x0080     # async def: calling it makes a coroutine
CO_ASYNC_GENERATOR = 0x0200  # async def with yield: an async generator

# --- operands of BINARY_OP -------------------------------------------------
# `a op b` uses the binary slot; `a op= b` uses NB_INPLACE_* (= NB_* + 13),
# which tries __iop__ first and falls back to the binary operation.
NB_ADD = 0
NB_AND = 1
NB_FLOOR_DIVIDE = 2
NB_LSHIFT = 3
NB_MATRIX_MULTIPLY = 4
NB_MULTIPLY = 5
NB_REMAINDER = 6
NB_OR = 7
NB_POWER = 8
NB_RSHIFT = 9
NB_SUBTRACT = 10
NB_TRUE_DIVIDE = 11
NB_XOR = 12
NB_INPLACE_OFFSET = 13
NB_NAMES = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/",
            "^"]

# --- operands of COMPARE_OP ------------------------------------------------
CMP_LT = 0
CMP_LE = 1
CMP_EQ = 2
CMP_NE = 3
CMP_GT = 4
CMP_GE = 5
CMP_NAMES = ["<", "<=", "==", "!=", ">", ">="]

# --- operand of FORMAT_VALUE -----------------------------------------------
FVC_MASK = 0x3
FVC_NONE = 0x0
FVC_STR = 0x1
FVC_REPR = 0x2
FVC_ASCII = 0x3
FVS_HAVE_SPEC = 0x4

# --- operand flags of MAKE_FUNCTION ----------------------------------------
MF_DEFAULTS = 0x01      # a tuple of positional defaults
MF_KWDEFAULTS = 0x02    # a dict of keyword-only defaults
MF_ANNOTATIONS = 0x04   # a dict name -> annotation value
MF_CLOSURE = 0x08       # a tuple of cells

# ===========================================================================
# Opcodes.  Stack pictures: [before] -> [after], top of stack at the right.
# ===========================================================================

NOP = 0                 # does nothing
POP_TOP = 1             # [x] -> []
COPY = 2                # arg n>=1: [.. x (n-1 values)] -> [.. x ... x]
                        #   pushes a copy (same object) of stack[-n]
SWAP = 3                # arg n>=2: swaps TOS and stack[-n]
LOAD_CONST = 4          # arg i: [] -> [consts[i] as a runtime object]
LOAD_FAST = 5           # arg i: [] -> [locals[i]]; raises UnboundLocalError
                        #   "cannot access local variable 'x' where it is not
                        #   associated with a value" if the slot is empty
STORE_FAST = 6          # arg i: [v] -> []; locals[i] = v
DELETE_FAST = 7         # arg i: empties locals[i]; UnboundLocalError if empty
LOAD_DEREF = 8          # arg i: [] -> [cells[i].contents]; cells = cellvars
                        #   then freevars.  Empty cell: for a cellvar,
                        #   UnboundLocalError (as LOAD_FAST); for a freevar,
                        #   NameError "cannot access free variable 'x' where
                        #   it is not associated with a value in enclosing
                        #   scope"
STORE_DEREF = 9         # arg i: [v] -> []; cells[i].contents = v
DELETE_DEREF = 10       # arg i: empties cells[i]; error as LOAD_DEREF
LOAD_CLOSURE = 11       # arg i: [] -> [cells[i]] (the cell object itself,
                        #   for building a closure tuple)
LOAD_CLASSDEREF = 12    # arg i: class bodies only: if the locals mapping has
                        #   key name(cells[i]) push its value, else as LOAD_DEREF
LOAD_GLOBAL = 13        # arg i: [] -> [globals[names[i]] or
                        #   builtins[names[i]]]; NameError "name 'x' is not
                        #   defined"
STORE_GLOBAL = 14       # arg i: [v] -> []; globals[names[i]] = v
DELETE_GLOBAL = 15      # arg i: del globals[names[i]]; NameError if absent
LOAD_NAME = 16          # arg i: [] -> [locals, then globals, then builtins
                        #   [names[i]]]; NameError "name 'x' is not defined"
STORE_NAME = 17         # arg i: [v] -> []; locals[names[i]] = v
DELETE_NAME = 18        # arg i: del locals[names[i]]; NameError if absent
LOAD_ATTR = 19          # arg i: [o] -> [getattr(o, names[i])]
STORE_ATTR = 20         # arg i: [v o] -> []; setattr(o, names[i], v)
DELETE_ATTR = 21        # arg i: [o] -> []; delattr(o, names[i])
BINARY_SUBSCR = 22      # [o k] -> [o[k]]
STORE_SUBSCR = 23       # [v o k] -> []; o[k] = v
DELETE_SUBSCR = 24      # [o k] -> []; del o[k]
BINARY_OP = 25          # arg NB_*: [a b] -> [a op b] (binary or in-place)
UNARY_POSITIVE = 26     # [a] -> [+a]
UNARY_NEGATIVE = 27     # [a] -> [-a]
UNARY_INVERT = 28       # [a] -> [~a]
UNARY_NOT = 29          # [a] -> [not a] (a bool)
COMPARE_OP = 30         # arg CMP_*: [a b] -> [a op b] (rich comparison)
IS_OP = 31              # arg invert: [a b] -> [a is b] or [a is not b]
CONTAINS_OP = 32        # arg invert: [a b] -> [a in b] or [a not in b]
BUILD_TUPLE = 33        # arg n: [x1..xn] -> [(x1, .., xn)]
BUILD_LIST = 34         # arg n: [x1..xn] -> [[x1, .., xn]]
BUILD_SET = 35          # arg n: [x1..xn] -> [{x1, .., xn}]
BUILD_MAP = 36          # arg n: [k1 v1 .. kn vn] -> [{k1: v1, ..}] (in order)
BUILD_SLICE = 37        # arg 2: [a b] -> [slice(a, b)];
                        #   arg 3: [a b c] -> [slice(a, b, c)]
BUILD_STRING = 38       # arg n: [s1..sn] -> [s1 + .. + sn] (all str)
LIST_APPEND = 39        # arg i: [.. L (i-1 values) v] -> [.. L ...];
                        #   L.append(v), L = stack[-i] after popping v
SET_ADD = 40            # arg i: as LIST_APPEND, S.add(v)
MAP_ADD = 41            # arg i: [.. D ... k v] -> [.. D ...]; D[k] = v,
                        #   D = stack[-i] after popping k and v
LIST_EXTEND = 42        # arg i: [.. L ... it] -> [.. L ...]; L.extend(it);
                        #   TypeError "Value after * must be an iterable, not
                        #   T" when it is not iterable
SET_UPDATE = 43         # arg i: [.. S ... it] -> [.. S ...]; S.update(it)
DICT_UPDATE = 44        # arg i: [.. D ... m] -> [.. D ...]; D.update(m)
                        #   (for {**m}); TypeError "'T' object is not a
                        #   mapping"
DICT_MERGE = 45         # arg i: as DICT_UPDATE but for f(**m): TypeError
                        #   "f() got multiple values for keyword argument 'k'"
                        #   on a repeated key and "... argument after ** must
                        #   be a mapping, not T"; the callable is stack[-i-2]
                        #   after popping m (for the message)
LIST_TO_TUPLE = 46      # [L] -> [tuple(L)]
UNPACK_SEQUENCE = 47    # arg n: [seq] -> [xn .. x1] (x1 on top); ValueError
                        #   "not enough values to unpack (expected n, got m)"
                        #   / "too many values to unpack (expected n)"
UNPACK_EX = 48          # arg before | (after << 8): a, *b, c = seq:
                        #   [seq] -> [c_after.. rest_list a_before..] i.e.
                        #   pushes after-values, then the list, then
                        #   before-values so the first target is on top;
                        #   ValueError "not enough values to unpack
                        #   (expected at least n, got m)"
FORMAT_VALUE = 49       # arg FVC_* | FVS_HAVE_SPEC: [v (spec)] -> [str];
                        #   conversion str()/repr()/ascii() first, then
                        #   format(v, spec or '')
JUMP_FORWARD = 50       # arg target: pc = target (target > pc)
JUMP_BACKWARD = 51      # arg target: pc = target (target <= pc); a
                        #   user-level loop back-edge: can_enter_jit here
POP_JUMP_IF_FALSE = 52  # arg target: [v] -> []; jump if not truth(v)
POP_JUMP_IF_TRUE = 53   # arg target: [v] -> []; jump if truth(v)
JUMP_IF_FALSE_OR_POP = 54  # arg target: [v]: if not truth(v): jump, keeping
                        #   v; else pop v and continue
JUMP_IF_TRUE_OR_POP = 55   # arg target: same with truth(v)
GET_ITER = 56           # [o] -> [iter(o)]; TypeError "'T' object is not
                        #   iterable"
FOR_ITER = 57           # arg target: [it] -> [it next(it)]; when it is
                        #   exhausted (StopIteration): [it] -> [] and jump
GET_YIELD_FROM_ITER = 58  # [o] -> [iter(o)] (a generator stays as it is)
RETURN_VALUE = 59       # [v] -> return v to the caller
CALL_FUNCTION = 60      # arg n: [f a1..an] -> [f(a1, .., an)]
CALL_FUNCTION_KW = 61   # arg n: [f a1..an names] -> [result]; names is a
                        #   tuple of str constants naming the LAST
                        #   len(names) of the n arguments
CALL_FUNCTION_EX = 62   # arg flags: [f args_tuple] or (flags & 1)
                        #   [f args_tuple kwargs_dict] -> [f(*args, **kw)]
MAKE_FUNCTION = 63      # arg MF_*: [(defaults) (kwdefaults) (annotations)
                        #   (closure) code] -> [function]; values present
                        #   only when their flag is set, in that order.  The
                        #   function's __name__/__qualname__ come from the
                        #   code object; __module__ from globals['__name__'];
                        #   __doc__ from code.docstring
LOAD_BUILD_CLASS = 64   # [] -> [builtins.__build_class__]
RAISE_VARARGS = 65      # arg 0: re-raise the handled exception
                        #   (RuntimeError "No active exception to reraise");
                        #   1: [exc] raise exc (a class is instantiated; not
                        #   an exception: TypeError "exceptions must derive
                        #   from BaseException"); 2: [exc cause] raise exc
                        #   from cause (sets __cause__, __suppress_context__)
RERAISE = 66            # [exc] -> raise exc again, keeping its traceback
PUSH_EXC_INFO = 67      # [exc] -> [prev exc]: prev = the handled exception
                        #   (or None); exc becomes the handled exception
POP_EXCEPT = 68         # [prev] -> []: prev becomes the handled exception
CHECK_EXC_MATCH = 69    # [exc T] -> [exc bool]: isinstance(exc, T); T is a
                        #   class or tuple of classes; TypeError "catching
                        #   classes that do not inherit from BaseException
                        #   is not allowed"
BEFORE_WITH = 70        # [mgr] -> [exit enter_result]: exit is
                        #   mgr.__exit__ bound; enter_result = mgr.__enter__();
                        #   TypeError "'T' object does not support the
                        #   context manager protocol"
WITH_EXCEPT_START = 71  # [exit prev exc] -> [exit prev exc res]:
                        #   res = exit(type(exc), exc, exc.__traceback__)
LOAD_ASSERTION_ERROR = 72  # [] -> [AssertionError class]
PRINT_EXPR = 73         # [v] -> []; mode "single": if v is not None, print
                        #   repr(v) and set builtins._ = v (sys.displayhook)
SETUP_ANNOTATIONS = 74  # if '__annotations__' not in locals: create {} there
IMPORT_NAME = 75        # arg i: [level fromlist] -> [module];
                        #   __import__(names[i], globals, None, fromlist,
                        #   level)
IMPORT_FROM = 76        # arg i: [m] -> [m getattr(m, names[i])]; ImportError
                        #   "cannot import name 'x' from 'm'"
IMPORT_STAR = 77        # [m] -> []; copies public names into locals
YIELD_VALUE = 78        # arg 0 (yield), 1 (inside yield from / await) or
                        #   2 (yield in an async generator):
                        #   [v] -> suspend, yield v; on resume -> [sent]
SEND = 79               # arg target: [it v] -> [it r] if it yields r
                        #   (r = next(it) if v is None else it.send(v)),
                        #   continue (YIELD_VALUE 1 follows);
                        #   when it returns (StopIteration value x):
                        #   [it v] -> [x] and jump to target
GET_LEN = 80            # [o] -> [o len(o)]  (match)
MATCH_MAPPING = 81      # [s] -> [s bool]: isinstance(s, collections.abc.
                        #   Mapping) (dict and subclasses at least)
MATCH_SEQUENCE = 82     # [s] -> [s bool]: a sequence for pattern matching
                        #   (list, tuple, range, ...; not str/bytes/bytearray)
MATCH_KEYS = 83         # [s keys] -> [s keys values_tuple_or_None];
                        #   ValueError "mapping pattern checks duplicate key
                        #   (k)" when keys repeats a key
MATCH_CLASS = 84        # arg n positional: [s cls names] -> [attrs_tuple or
                        #   None]: isinstance(s, cls), then n positional
                        #   attrs via cls.__match_args__ (bool, bytearray,
                        #   bytes, dict, float, frozenset, int, list, set,
                        #   str, tuple match self for one positional),
                        #   then the keyword attrs named in names; TypeError
                        #   "called match pattern must be a class" etc.
COPY_DICT_WITHOUT_KEYS = 85  # [s keys] -> [s rest]: rest = dict(s) without
                        #   keys (for **rest in mapping patterns)
DELETE_NAME_IF_BOUND = 86   # reserved (unused)
LOAD_METHOD = 87        # reserved (unused): future method-call fast path
CALL_METHOD = 88        # reserved (unused)
CALL_INTRINSIC_1 = 89   # arg INTRINSIC_*: [v] -> [f(v)] (see below)

CHECK_EG_MATCH = 90     # except*: [exc T] -> [rest match].  exc is the part
                        #   of the exception not handled yet (None when all
                        #   was).  If exc is None or nothing in it matches T:
                        #   [exc None].  If exc is an exception group:
                        #   match, rest = exc.split(T) (rest may be None).
                        #   A naked exception that matches T: match =
                        #   ExceptionGroup("", [exc]), rest = None.  T as in
                        #   CHECK_EXC_MATCH; an ExceptionGroup type in T is a
                        #   TypeError "catching ExceptionGroup with except*
                        #   is not allowed. Use except instead."
PREP_RERAISE_STAR = 91  # except*: [orig excs] -> [result]: orig is the
                        #   exception that entered the try; excs a list of
                        #   exceptions raised by except* clause bodies plus,
                        #   last, the unhandled rest (Nones are ignored).
                        #   result: None if nothing is left; if orig is not a
                        #   group, the one exception in excs; otherwise the
                        #   re-raised ones (those whose leaf exceptions are
                        #   leaves of orig) become K, orig's subgroup with
                        #   exactly those leaves; items = the new ones + [K
                        #   if any]; result = items[0] if there is one item,
                        #   else ExceptionGroup("", items).

GET_AWAITABLE = 92      # [o] -> [it]: it = o if o is a coroutine, else
                        #   type(o).__await__(o), which must return an
                        #   iterator (TypeError "object T can't be used in
                        #   'await' expression"); SEND then drives it
GET_AITER = 93          # [o] -> [type(o).__aiter__(o)]; TypeError "'async
                        #   for' requires an object with __aiter__ method,
                        #   got T"
GET_ANEXT = 94          # [ai] -> [ai it]: it = GET_AWAITABLE of
                        #   type(ai).__anext__(ai)
END_ASYNC_FOR = 95      # [ai exc] -> []: the handler of the await in an
                        #   `async for`: StopAsyncIteration ends the loop,
                        #   any other exc is re-raised (RERAISE-like)
BEFORE_ASYNC_WITH = 96  # [mgr] -> [aexit it]: aexit = mgr.__aexit__ bound;
                        #   it = GET_AWAITABLE of mgr.__aenter__()
MARK_NEW_GENERATORS = 97  # remember how many generators exist so far: a
                        #   `for` over a call or generator expression owns
                        #   the generator its iterable creates
GET_ITER_OWNED = 98     # [o] -> [iter(o)], as GET_ITER; a generator created
                        #   since MARK_NEW_GENERATORS and not started yet is
                        #   owned by the loop
POP_ITER = 99           # [it] -> []: leaving a `for` early (break, return,
                        #   exception): an owned generator is closed, as
                        #   CPython's reference counting does

# operands of CALL_INTRINSIC_1
INTRINSIC_UNARY_POSITIVE = 0   # reserved
INTRINSIC_LIST_TO_TUPLE = 1    # tuple(list)
INTRINSIC_STOPITERATION_ERROR = 2  # reserved

NUM_OPCODES = 100

# --- tables built at import time ------------------------------------------
OPNAMES: list[str] = ["<%d>" % _i for _i in range(NUM_OPCODES)]
for _name, _value in list(globals().items()):
    if (isinstance(_value, int) and _name.isupper() and
            not _name.startswith(("CO_", "NB_", "CMP_", "FVC_", "FVS_", "MF_",
                                  "INTRINSIC_", "NUM_"))):
        OPNAMES[_value] = _name

# Operand kinds, for the disassembler and for tools.
ARG_NONE = 0
ARG_INT = 1
ARG_CONST = 2
ARG_LOCAL = 3
ARG_NAME = 4
ARG_CELL = 5
ARG_JUMP = 6
ARG_BINOP = 7
ARG_CMP = 8

_kinds = {
    ARG_INT: [COPY, SWAP, IS_OP, CONTAINS_OP, BUILD_TUPLE, BUILD_LIST,
              BUILD_SET, BUILD_MAP, BUILD_SLICE, BUILD_STRING, LIST_APPEND,
              SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE,
              DICT_MERGE, UNPACK_SEQUENCE, UNPACK_EX, FORMAT_VALUE,
              CALL_FUNCTION, CALL_FUNCTION_KW, CALL_FUNCTION_EX,
              MAKE_FUNCTION, RAISE_VARARGS, YIELD_VALUE, MATCH_CLASS,
              CALL_INTRINSIC_1],
    ARG_CONST: [LOAD_CONST],
    ARG_LOCAL: [LOAD_FAST, STORE_FAST, DELETE_FAST],
    ARG_NAME: [LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME,
               STORE_NAME, DELETE_NAME, LOAD_ATTR, STORE_ATTR, DELETE_ATTR,
               IMPORT_NAME, IMPORT_FROM],
    ARG_CELL: [LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE,
               LOAD_CLASSDEREF],
    ARG_JUMP: [JUMP_FORWARD, JUMP_BACKWARD, POP_JUMP_IF_FALSE,
               POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
               FOR_ITER, SEND],
    ARG_BINOP: [BINARY_OP],
    ARG_CMP: [COMPARE_OP],
}
ARG_KIND: list[int] = [ARG_NONE] * NUM_OPCODES
for _kind, _ops in _kinds.items():
    for _op in _ops:
        ARG_KIND[_op] = _kind
del _kinds


def stack_effect(op: int, arg: int, jump: bool) -> int:
    """Net change of the stack depth; `jump` selects the branch-taken case."""
    if op == NOP or op == SWAP or op == DELETE_FAST or op == DELETE_DEREF:
        return 0
    if op == DELETE_GLOBAL or op == DELETE_NAME or op == SETUP_ANNOTATIONS:
        return 0
    if op == UNARY_POSITIVE or op == UNARY_NEGATIVE or op == UNARY_INVERT:
        return 0
    if op == UNARY_NOT or op == LOAD_ATTR or op == GET_ITER:
        return 0
    if op == MARK_NEW_GENERATORS or op == GET_ITER_OWNED:
        return 0
    if op == POP_ITER:
        return -1
    if op == GET_YIELD_FROM_ITER or op == LIST_TO_TUPLE or op == RERAISE:
        return 0 if op != RERAISE else -1
    if op == PUSH_EXC_INFO or op == GET_LEN or op == MATCH_MAPPING:
        return 1
    if op == MATCH_SEQUENCE or op == MATCH_KEYS or op == IMPORT_FROM:
        return 1
    if op == CHECK_EXC_MATCH or op == COPY_DICT_WITHOUT_KEYS:
        return 0
    if op == CHECK_EG_MATCH or op == GET_AWAITABLE or op == GET_AITER:
        return 0
    if op == GET_ANEXT or op == BEFORE_ASYNC_WITH:
        return 1
    if op == END_ASYNC_FOR:
        return -2
    if op == PREP_RERAISE_STAR:
        return -1
    if op == WITH_EXCEPT_START or op == BEFORE_WITH:
        return 1
    if op == CALL_INTRINSIC_1 or op == YIELD_VALUE:
        return 0
    if op == POP_TOP or op == STORE_FAST or op == STORE_DEREF:
        return -1
    if op == STORE_GLOBAL or op == STORE_NAME or op == DELETE_ATTR:
        return -1
    if op == POP_EXCEPT or op == PRINT_EXPR or op == IMPORT_STAR:
        return -1
    if op == RETURN_VALUE or op == BINARY_SUBSCR or op == BINARY_OP:
        return -1
    if op == COMPARE_OP or op == IS_OP or op == CONTAINS_OP:
        return -1
    if op == LIST_APPEND or op == SET_ADD or op == LIST_EXTEND:
        return -1
    if op == SET_UPDATE or op == DICT_UPDATE or op == DICT_MERGE:
        return -1
    if op == IMPORT_NAME:
        return -1
    if op == STORE_ATTR or op == DELETE_SUBSCR or op == MAP_ADD:
        return -2
    if op == MATCH_CLASS:
        return -2
    if op == STORE_SUBSCR:
        return -3
    if op == COPY or op == LOAD_CONST or op == LOAD_FAST:
        return 1
    if op == LOAD_DEREF or op == LOAD_CLOSURE or op == LOAD_CLASSDEREF:
        return 1
    if op == LOAD_GLOBAL or op == LOAD_NAME or op == LOAD_BUILD_CLASS:
        return 1
    if op == LOAD_ASSERTION_ERROR:
        return 1
    if op == BUILD_TUPLE or op == BUILD_LIST or op == BUILD_SET:
        return 1 - arg
    if op == BUILD_STRING:
        return 1 - arg
    if op == BUILD_MAP:
        return 1 - 2 * arg
    if op == BUILD_SLICE:
        return 1 - arg
    if op == UNPACK_SEQUENCE:
        return arg - 1
    if op == UNPACK_EX:
        return (arg & 0xFF) + (arg >> 8)
    if op == FORMAT_VALUE:
        return -1 if (arg & FVS_HAVE_SPEC) != 0 else 0
    if op == JUMP_FORWARD or op == JUMP_BACKWARD:
        return 0
    if op == POP_JUMP_IF_FALSE or op == POP_JUMP_IF_TRUE:
        return -1
    if op == JUMP_IF_FALSE_OR_POP or op == JUMP_IF_TRUE_OR_POP:
        return 0 if jump else -1
    if op == FOR_ITER:
        return -1 if jump else 1
    if op == SEND:
        return -1 if jump else 0
    if op == CALL_FUNCTION:
        return -arg
    if op == CALL_FUNCTION_KW:
        return -arg - 1
    if op == CALL_FUNCTION_EX:
        return -2 if (arg & 1) != 0 else -1
    if op == MAKE_FUNCTION:
        n = 0
        if (arg & MF_DEFAULTS) != 0:
            n += 1
        if (arg & MF_KWDEFAULTS) != 0:
            n += 1
        if (arg & MF_ANNOTATIONS) != 0:
            n += 1
        if (arg & MF_CLOSURE) != 0:
            n += 1
        return -n
    if op == RAISE_VARARGS:
        return -arg
    raise ValueError("stack_effect: unknown opcode %d" % op)


# ===========================================================================
# Constants: pure data; the runtime converts them to its own objects
# (typically once per code object, e.g. in a wrapper it keeps per code).
# ===========================================================================

class Const:
    """Base of the constant kinds.  `kind` is one of the KIND_* numbers."""
    kind: Final[int]

    def __init__(self, kind: int) -> None:
        self.kind = kind

    def repr(self) -> str:
        return "<const>"


KIND_NONE = 0
KIND_BOOL = 1
KIND_INT = 2
KIND_BIGINT = 3
KIND_FLOAT = 4
KIND_COMPLEX = 5
KIND_STR = 6
KIND_BYTES = 7
KIND_ELLIPSIS = 8
KIND_TUPLE = 9
KIND_FROZENSET = 10
KIND_CODE = 11


class ConstNone(Const):
    def __init__(self) -> None:
        Const.__init__(self, KIND_NONE)

    def repr(self) -> str:
        return "None"


class ConstBool(Const):
    value: Final[bool]

    def __init__(self, value: bool) -> None:
        Const.__init__(self, KIND_BOOL)
        self.value = value

    def repr(self) -> str:
        return "True" if self.value else "False"


class ConstInt(Const):
    """An int that fits in a signed 64-bit machine word."""
    value: Final[int]

    def __init__(self, value: int) -> None:
        Const.__init__(self, KIND_INT)
        self.value = value

    def repr(self) -> str:
        return str(self.value)


class ConstBigInt(Const):
    """An int outside 64 bits: decimal digits with an optional '-' sign."""
    digits: Final[str]

    def __init__(self, digits: str) -> None:
        Const.__init__(self, KIND_BIGINT)
        self.digits = digits

    def repr(self) -> str:
        return self.digits


class ConstFloat(Const):
    value: Final[float]

    def __init__(self, value: float) -> None:
        Const.__init__(self, KIND_FLOAT)
        self.value = value

    def repr(self) -> str:
        return repr(self.value)


class ConstComplex(Const):
    """An imaginary literal (`2j`): real part 0.0.  The runtime may reject it."""
    real: Final[float]
    imag: Final[float]

    def __init__(self, real: float, imag: float) -> None:
        Const.__init__(self, KIND_COMPLEX)
        self.real = real
        self.imag = imag

    def repr(self) -> str:
        return repr(self.imag) + "j"


class ConstStr(Const):
    value: Final[str]

    def __init__(self, value: str) -> None:
        Const.__init__(self, KIND_STR)
        self.value = value

    def repr(self) -> str:
        return repr(self.value)


class ConstBytes(Const):
    """A bytes literal: each character of `value` is one byte (0..255)."""
    value: Final[str]

    def __init__(self, value: str) -> None:
        Const.__init__(self, KIND_BYTES)
        self.value = value

    def repr(self) -> str:
        return "b" + repr(self.value)


class ConstEllipsis(Const):
    def __init__(self) -> None:
        Const.__init__(self, KIND_ELLIPSIS)

    def repr(self) -> str:
        return "Ellipsis"


class ConstTuple(Const):
    items: Final[list[Const]]

    def __init__(self, items: list[Const]) -> None:
        Const.__init__(self, KIND_TUPLE)
        self.items = items

    def repr(self) -> str:
        parts = [item.repr() for item in self.items]
        if len(parts) == 1:
            return "(" + parts[0] + ",)"
        return "(" + ", ".join(parts) + ")"


class ConstFrozenset(Const):
    """`x in {1, 2, 3}` folds the set display to a frozenset constant."""
    items: Final[list[Const]]

    def __init__(self, items: list[Const]) -> None:
        Const.__init__(self, KIND_FROZENSET)
        self.items = items

    def repr(self) -> str:
        return "frozenset({" + ", ".join([i.repr() for i in self.items]) + "})"


class ConstCode(Const):
    code: Final["CodeObject"]

    def __init__(self, code: "CodeObject") -> None:
        Const.__init__(self, KIND_CODE)
        self.code = code

    def repr(self) -> str:
        return "<code object %s, file \"%s\", line %d>" % (
            self.code.name, self.code.filename, self.code.firstlineno)


# ===========================================================================
# The code object
# ===========================================================================

class ExceptionTableEntry:
    """Instructions with start <= pc < end are protected by `handler`."""
    start: Final[int]
    end: Final[int]
    handler: Final[int]
    depth: Final[int]       # stack depth to unwind to before pushing exc

    def __init__(self, start: int, end: int, handler: int, depth: int) -> None:
        self.start = start
        self.end = end
        self.handler = handler
        self.depth = depth


class CodeObject:
    name: Final[str]
    qualname: Final[str]
    filename: Final[str]
    firstlineno: Final[int]
    argcount: Final[int]        # positional params, including pos-only
    posonlyargcount: Final[int]
    kwonlyargcount: Final[int]
    flags: Final[int]           # CO_*
    nlocals: Final[int]
    varnames: Final[list[str]]  # names of the fast locals (params first)
    cellvars: Final[list[str]]  # locals captured by inner scopes
    freevars: Final[list[str]]  # variables of enclosing scopes
    names: Final[list[str]]     # global, attribute and LOAD_NAME names
    consts: Final[list[Const]]
    code: Final[list[int]]      # opcode, operand, opcode, operand, ...
    linetable: Final[list[int]]  # source line of each instruction (pc >> 1)
    positions: Final[list[int]]  # 4 ints per instruction: lineno,
                                 # col_offset, end_lineno, end_col_offset
                                 # (columns 0-based, in characters)
    stacksize: Final[int]
    exctable: Final[list[ExceptionTableEntry]]
    docstring: Final[str | None]

    def __init__(self, name: str, qualname: str, filename: str,
                 firstlineno: int, argcount: int, posonlyargcount: int,
                 kwonlyargcount: int, flags: int, varnames: list[str],
                 cellvars: list[str], freevars: list[str], names: list[str],
                 consts: list[Const], code: list[int], linetable: list[int],
                 positions: list[int], stacksize: int,
                 exctable: list[ExceptionTableEntry],
                 docstring: str | None) -> None:
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstlineno = firstlineno
        self.argcount = argcount
        self.posonlyargcount = posonlyargcount
        self.kwonlyargcount = kwonlyargcount
        self.flags = flags
        self.nlocals = len(varnames)
        self.varnames = varnames
        self.cellvars = cellvars
        self.freevars = freevars
        self.names = names
        self.consts = consts
        self.code = code
        self.linetable = linetable
        self.positions = positions
        self.stacksize = stacksize
        self.exctable = exctable
        self.docstring = docstring

    @elidable
    def line_at(self, pc: int) -> int:
        """Source line of the instruction at pc (for tracebacks)."""
        i = pc >> 1
        if 0 <= i < len(self.linetable):
            return self.linetable[i]
        return self.firstlineno

    @elidable
    def handler_at(self, pc: int) -> ExceptionTableEntry | None:
        """The exception-table entry protecting pc, or None."""
        for entry in self.exctable:
            if entry.start <= pc < entry.end:
                return entry
        return None

    @elidable
    def cell_name(self, i: int) -> str:
        """Name of cells[i] (cellvars, then freevars)."""
        if i < len(self.cellvars):
            return self.cellvars[i]
        return self.freevars[i - len(self.cellvars)]

    def ncells(self) -> int:
        return len(self.cellvars) + len(self.freevars)
