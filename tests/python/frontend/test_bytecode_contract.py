"""The opcode numbering is a contract with the runtime: it only grows."""
from interpreters.python import bytecode as B

# The numbering as published (see the CHANGELOG in bytecode.py); new
# opcodes may be appended, none may move.
PUBLISHED = [
    "NOP", "POP_TOP", "COPY", "SWAP", "LOAD_CONST", "LOAD_FAST", "STORE_FAST",
    "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF",
    "LOAD_CLOSURE", "LOAD_CLASSDEREF", "LOAD_GLOBAL", "STORE_GLOBAL",
    "DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_ATTR",
    "STORE_ATTR", "DELETE_ATTR", "BINARY_SUBSCR", "STORE_SUBSCR",
    "DELETE_SUBSCR", "BINARY_OP", "UNARY_POSITIVE", "UNARY_NEGATIVE",
    "UNARY_INVERT", "UNARY_NOT", "COMPARE_OP", "IS_OP", "CONTAINS_OP",
    "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "BUILD_SLICE",
    "BUILD_STRING", "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND",
    "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE",
    "UNPACK_SEQUENCE", "UNPACK_EX", "FORMAT_VALUE", "JUMP_FORWARD",
    "JUMP_BACKWARD", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
    "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "GET_ITER", "FOR_ITER",
    "GET_YIELD_FROM_ITER", "RETURN_VALUE", "CALL_FUNCTION",
    "CALL_FUNCTION_KW", "CALL_FUNCTION_EX", "MAKE_FUNCTION",
    "LOAD_BUILD_CLASS", "RAISE_VARARGS", "RERAISE", "PUSH_EXC_INFO",
    "POP_EXCEPT", "CHECK_EXC_MATCH", "BEFORE_WITH", "WITH_EXCEPT_START",
    "LOAD_ASSERTION_ERROR", "PRINT_EXPR", "SETUP_ANNOTATIONS", "IMPORT_NAME",
    "IMPORT_FROM", "IMPORT_STAR", "YIELD_VALUE", "SEND", "GET_LEN",
    "MATCH_MAPPING", "MATCH_SEQUENCE", "MATCH_KEYS", "MATCH_CLASS",
    "COPY_DICT_WITHOUT_KEYS", "DELETE_NAME_IF_BOUND", "LOAD_METHOD",
    "CALL_METHOD", "CALL_INTRINSIC_1", "CHECK_EG_MATCH", "PREP_RERAISE_STAR",
    "GET_AWAITABLE", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR",
    "BEFORE_ASYNC_WITH",
]


def test_opcode_numbers_never_move():
    assert B.OPNAMES[:len(PUBLISHED)] == PUBLISHED
    assert B.NUM_OPCODES == len(B.OPNAMES)


def test_every_opcode_has_a_stack_effect():
    reserved = {"DELETE_NAME_IF_BOUND", "LOAD_METHOD", "CALL_METHOD"}
    for op, name in enumerate(B.OPNAMES):
        if name in reserved:
            continue
        for jump in (False, True):
            effect = B.stack_effect(op, 2, jump)
            assert -8 < effect < 8, name
