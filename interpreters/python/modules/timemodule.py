"""The time module (wall clock and performance counter)."""
from __future__ import annotations

import time
from typing import Callable, TYPE_CHECKING

from jitgen.hints import external
from interpreters.python.objspace.base import W_Root, Args
from interpreters.python.objspace.functions import W_Module, W_BuiltinFunction

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


@external("time_time")
def host_time() -> float:
    return time.time()


@external("time_perf_counter")
def host_perf_counter() -> float:
    return time.perf_counter()


@external("time_sleep")
def host_sleep(seconds: float) -> None:
    time.sleep(seconds)


def t_time(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(host_time())


def t_perf_counter(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(host_perf_counter())


def t_sleep(space: ObjSpace, args: Args) -> W_Root:
    host_sleep(space.float_w(args.pos[0]))
    return space.w_None


def t_time_ns(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(int(host_time() * 1e9))


TIME_FUNCTIONS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "time": t_time, "perf_counter": t_perf_counter, "monotonic": t_perf_counter,
    "process_time": t_perf_counter, "sleep": t_sleep, "time_ns": t_time_ns,
}


def make_time(space: ObjSpace) -> W_Module:
    from interpreters.python.modules.importing import new_module
    w_mod = new_module(space, "_time")
    for name in TIME_FUNCTIONS:
        w_mod.w_dict.setitem(space, space.newstr(name), W_BuiltinFunction(name, TIME_FUNCTIONS[name]))
    return w_mod
