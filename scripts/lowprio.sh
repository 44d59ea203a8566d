#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with the machine's leftover CPU only: in a session of its own (so a scheduler
# autogroup of its own where the kernel has autogroups on, as this machine does) whose autogroup
# nice is 19, and with nice 19 inside it. `nice` alone is not enough under autogroups: it only ranks a process
# against its own session, and the lab's nodes run in sessions of their own. Exit status: the
# command's.   scripts/lowprio.sh COMMAND [ARGS...]
[ $# -gt 0 ] || { echo "usage: lowprio.sh COMMAND [ARGS...]" >&2; exit 2; }
exec setsid -w bash -c '[ -w /proc/self/autogroup ] && echo 19 >/proc/self/autogroup 2>/dev/null; exec nice -n 19 "$@"' lowprio "$@"
