"""jitgen: turns an interpreter written in typed Python into a VM with a JIT."""
