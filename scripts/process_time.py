"""Timing whole processes for the benchmark scripts: wall time and the CPU time (user +
system) the child itself used, which a busy machine does not inflate."""
import resource
import subprocess
import time


def timed(argv, env, check=True):
    """Runs one process to its end: (stdout text, wall seconds, CPU seconds). A failure
    stops the benchmark with the process's own message, unless `check` is off (a run
    that is meant to end with an error, such as a name several contacts share)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    out = subprocess.run(argv, env=env, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if check and out.returncode != 0:
        raise SystemExit(out.stderr.decode())
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return out.stdout.decode(), wall, cpu
