"""Block primitives: evaluation and ensure:."""
from interpreters.smalltalk.objects import W_Object, W_Integer
from interpreters.smalltalk.universe import Universe, RestartFrame, SmalltalkError
from interpreters.smalltalk.interpreter import call_block
from interpreters.smalltalk.primitives.helpers import arg_block


def prim_value(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return call_block(u, arg_block(u, "Block>>value", rcvr), args)


def prim_num_args(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Integer(arg_block(u, "Block>>numArgs", rcvr).method.num_args)


def prim_ensure(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    """Evaluate the receiver; evaluate the argument however that evaluation ends."""
    body = arg_block(u, "Block>>ensure:", rcvr)
    after = arg_block(u, "Block>>ensure:", args[0])
    depth = u.depth
    top = u.top_frame
    try:
        result = call_block(u, body, [])
    except Exception:
        # unwinding (non-local return, exit, error): run the block, then go on
        u.depth = depth
        u.top_frame = top
        call_block(u, after, [])
        raise
    call_block(u, after, [])
    return result


def prim_if_curtailed(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    """Evaluate the receiver; evaluate the argument only if that evaluation unwinds."""
    body = arg_block(u, "Block>>ifCurtailed:", rcvr)
    after = arg_block(u, "Block>>ifCurtailed:", args[0])
    depth = u.depth
    top = u.top_frame
    try:
        return call_block(u, body, [])
    except Exception:
        u.depth = depth
        u.top_frame = top
        call_block(u, after, [])
        raise


def prim_restart(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    """Start the sending method over (older SOM cores write whileTrue: with it)."""
    f = u.top_frame
    if f is None:
        raise SmalltalkError("Block>>restart outside of a method")
    raise RestartFrame(f)


PRIMITIVES = {
    "Block>>restart": prim_restart,
    "Block>>value": prim_value,
    "Block1>>value": prim_value,
    "Block2>>value:": prim_value,
    "Block3>>value:with:": prim_value,
    "Block4>>value:with:with:": prim_value,
    "Block>>numArgs": prim_num_args,
    "Block>>ensure:": prim_ensure,
    "Block>>ifCurtailed:": prim_if_curtailed,
}
